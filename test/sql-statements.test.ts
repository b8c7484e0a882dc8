import { SUBGRAPH_NAMES, SubgraphName } from '../subgraphs/kit';
import { demoUser, Stack, startStack } from './support/stack';
import { PROFILE_FIELDS } from './support/profile-query';

/**
 * Batching by construction: the SQL each subgraph runs for the unified profile does not grow with the
 * number of families, members, episodes, referrals and appointments in the answer.
 */
describe('SQL statements per subgraph for the profile', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Each fetch alone: which of a plan's fetches share a batched request depends on when they leave,
    // and this is about what each subgraph's loaders do with any number of records.
    process.env.GATEWAY_SUBGRAPH_BATCHING = 'off';
    // Every look-up from the database: which agencies an earlier answer left in the reference cache is not the loaders' doing.
    process.env.REFERENCE_CACHE_SECONDS = '0';
    stack = await startStack();
    delete process.env.GATEWAY_SUBGRAPH_BATCHING;
    delete process.env.REFERENCE_CACHE_SECONDS;
    // The gateway looks up the caller's agency's service area once and keeps it for minutes: not part of a profile's cost.
    await stack.query(demoUser('tangsel-manager'), '{ __typename }');
    await stack.query(demoUser('tangsel-manager'), `{ families(first: 1) { totalCount } }`);
  });
  afterAll(() => stack.stop());

  async function statementsFor(first: number): Promise<{ counts: Record<SubgraphName, number>; sizes: Record<string, number> }> {
    const q = `query($first: Int!) { families(filter: { regionCode: "3674" }, first: $first) { edges { node { ${PROFILE_FIELDS} } } } }`;
    const before = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].subgraph.db.statements]));
    const answer = await stack.query<{ families: { edges: Array<{ node: { members: unknown[]; serviceEpisodes: unknown[]; referrals: Array<{ events: unknown[] }>; appointments: unknown[] } }> } }>(
      demoUser('tangsel-manager'),
      q,
      { first },
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.families.edges.map((e) => e.node);
    const counts = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].subgraph.db.statements - before[n]])) as Record<SubgraphName, number>;
    const sizes = {
      families: nodes.length,
      members: nodes.reduce((s, n) => s + n.members.length, 0),
      episodes: nodes.reduce((s, n) => s + n.serviceEpisodes.length, 0),
      referrals: nodes.reduce((s, n) => s + n.referrals.length, 0),
      events: nodes.reduce((s, n) => s + n.referrals.reduce((t, r) => t + r.events.length, 0), 0),
      appointments: nodes.reduce((s, n) => s + n.appointments.length, 0),
    };
    return { counts, sizes };
  }

  it('is the same for a few families and for 40 families with all their records', async () => {
    // The gateway skips an entity fetch that has nothing to resolve, so the small page must already hold
    // every kind of record (episodes with lead workers, referrals with actors, appointments with staff).
    let one = await statementsFor(1);
    for (let first = 2; Object.values(one.sizes).some((n) => n === 0) && first < 20; first++) one = await statementsFor(first);
    const many = await statementsFor(40);
    expect(Object.values(one.sizes).every((n) => n > 0)).toBe(true);
    expect(many.sizes.families).toBeGreaterThan(30);
    expect(many.sizes.members).toBeGreaterThan(one.sizes.members * 3);
    expect(many.sizes.episodes).toBeGreaterThan(10);
    expect(many.sizes.referrals).toBeGreaterThan(10);
    expect(many.sizes.appointments).toBeGreaterThan(5);
    expect(many.counts).toEqual(one.counts);
    // Reported in the closing note: one profile costs this many statements per subgraph (reads + one audit insert).
    process.stdout.write(`SQL statements per subgraph for the profile: ${JSON.stringify(one.counts)}; for ${JSON.stringify(many.sizes)}: ${JSON.stringify(many.counts)}\n`);
  });
});
