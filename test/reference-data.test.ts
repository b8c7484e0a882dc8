import { demoUser, Stack, startStack } from './support/stack';
import { PROFILE_FIELDS } from './support/profile-query';
import { fullProfileFamily } from './support/world-picks';

const PROFILE = `query($id: ID!) { family(id: $id) { ${PROFILE_FIELDS} } }`;

/**
 * The services subgraph keeps agency and service-catalogue rows between requests, the scheduling
 * subgraph the staff directory: a profile names the same agencies and workers again and again, and no
 * request changes them. What the cache must not change: the
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
    const { services, scheduling } = stack.subgraphs;
    const before = [services.subgraph.db.statements, scheduling.subgraph.db.statements];
    const answer = await stack.query<{ family: Record<string, unknown> | null }>(as, PROFILE, { id: familyId });
    return { answer, services: services.subgraph.db.statements - before[0], scheduling: scheduling.subgraph.db.statements - before[1] };
  }

  it('answers a second profile alike without reading its agencies, services and staff again', async () => {
    const first = await profileWithStatements();
    const second = await profileWithStatements();
    expect(first.answer.errors).toBeUndefined();
    expect(second.answer.data).toEqual(first.answer.data);
    // The first reads the agencies (of episodes, referrals, events and staff) and the episodes' services;
    // then the staff of appointments, of episodes and of referral events.
    expect(second.services).toBeLessThanOrEqual(first.services - 2);
    expect(second.scheduling).toBeLessThanOrEqual(first.scheduling - 1);
    expect(second.services).toBeGreaterThan(0);
    expect(second.scheduling).toBeGreaterThan(0);
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

  it("shows a kept staff member only to callers who may read their jurisdiction's directory", async () => {
    const worker = stack.world.staff.find((s) => s.agencyId === stack.world.agencies.find((a) => a.code === 'LK3-TANGSEL')!.id)!;
    const STAFF = `query($id: ID!) { staff(id: $id) { id fullName } }`;
    const shown = await stack.query<{ staff: { fullName: string } | null }>(demoUser('tangsel-manager'), STAFF, { id: worker.id });
    expect(shown.data!.staff!.fullName).toBe(worker.fullName);
    const hidden = await stack.query<{ staff: unknown }>(demoUser('hk-manager'), STAFF, { id: worker.id });
    expect(hidden.data?.staff ?? null).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain(worker.fullName);
  });
});
