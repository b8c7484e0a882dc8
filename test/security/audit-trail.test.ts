import { demoUser, Stack, startStack } from '../support/stack';
import { fullProfileFamily } from '../support/world-picks';

type Entry = { subgraph: string; subject: string; operation: string; recordType: string; outcome: string; requestId: string; clientRequestId: string | null };
type Trail = { registry: Entry[] | null; services: Entry[] | null; referrals: Entry[] | null; scheduling: Entry[] | null };

/** An auditor asks, for one family, who saw or changed what, across all four subgraphs, through the gateway. */
describe('the family audit trail', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const TRAIL = (id: string) => `{ familyAuditTrail(familyId: "${id}") {
    registry { subgraph subject operation recordType outcome requestId clientRequestId }
    services { subgraph subject operation recordType outcome requestId clientRequestId }
    referrals { subgraph subject operation recordType outcome requestId clientRequestId }
    scheduling { subgraph subject operation recordType outcome requestId clientRequestId } } }`;

  it('shows a manager’s profile read in every subgraph, with one request id', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const manager = demoUser('tangsel-manager');
    const read = await stack.query(manager, `{ family(id: "${family.id}") { id members { id } serviceEpisodes { id } referrals { id } appointments { id } } }`, undefined, {
      'x-request-id': 'audit-trail-test-1',
    });
    expect(read.errors).toBeUndefined();
    const answer = await stack.query<{ familyAuditTrail: Trail }>(demoUser('auditor'), TRAIL(family.id));
    expect(answer.errors).toBeUndefined();
    const trail = answer.data!.familyAuditTrail;
    // The caller's id is kept beside the gateway's own, which all four subgraphs share for the request.
    const requestIds = new Set<string>();
    for (const part of ['registry', 'services', 'referrals', 'scheduling'] as const) {
      const mine = trail[part]!.filter((e) => e.clientRequestId === 'audit-trail-test-1');
      expect({ part, found: mine.length > 0 }).toEqual({ part, found: true });
      expect(mine.every((e) => e.subject === manager.sub && e.operation === 'READ' && e.outcome === 'ALLOWED')).toBe(true);
      for (const e of mine) requestIds.add(e.requestId);
    }
    expect(requestIds.size).toBe(1);
    expect([...requestIds][0]).not.toBe('audit-trail-test-1');
  });

  it('is refused to everyone but auditors', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const answer = await stack.query<{ familyAuditTrail: Trail }>(demoUser('tangsel-manager'), TRAIL(family.id));
    const trail = answer.data!.familyAuditTrail;
    expect([trail.registry, trail.services, trail.referrals, trail.scheduling]).toEqual([null, null, null, null]);
    expect(answer.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });
});
