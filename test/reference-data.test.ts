import { demoUser, Stack, startStack } from './support/stack';
import { PROFILE_FIELDS } from './support/profile-query';
import { fullProfileFamily } from './support/world-picks';

const PROFILE = `query($id: ID!) { family(id: $id) { ${PROFILE_FIELDS} } }`;

/**
 * The services subgraph keeps agency and service-catalogue rows between requests: a profile names the
 * same agencies again and again, and no request changes them. What the cache must not change: the
 * answer, and who may see it.
 */
describe('reference rows kept between requests', () => {
  let stack: Stack;
  let familyId: string;
  beforeAll(async () => {
    stack = await startStack();
    familyId = fullProfileFamily(stack.world, '3674').id;
  });
  afterAll(() => stack.stop());

  async function profileWithStatements(as = demoUser('tangsel-manager')) {
    const db = stack.subgraphs.services.subgraph.db;
    const before = db.statements;
    const answer = await stack.query<{ family: Record<string, unknown> | null }>(as, PROFILE, { id: familyId });
    return { answer, statements: db.statements - before };
  }

  it('answers a second profile alike without reading its agencies and services again', async () => {
    const first = await profileWithStatements();
    const second = await profileWithStatements();
    expect(first.answer.errors).toBeUndefined();
    expect(second.answer.data).toEqual(first.answer.data);
    // The first reads the agencies (of episodes, referrals, events and staff) and the episodes' services.
    expect(second.statements).toBeLessThanOrEqual(first.statements - 2);
    expect(second.statements).toBeGreaterThan(0);
  });

  it('gives an out-of-scope caller nothing of a family whose agencies are kept', async () => {
    await profileWithStatements();
    for (const caller of ['hk-manager', 'mataram-manager', 'childpro-worker']) {
      const { answer } = await profileWithStatements(demoUser(caller));
      const family = answer.data?.family ?? null;
      expect(family).toBeNull();
      expect(JSON.stringify(answer)).not.toMatch(/serviceEpisodes|fromAgency/);
    }
  });
});
