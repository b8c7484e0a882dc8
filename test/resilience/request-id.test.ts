import { randomUUID } from 'node:crypto';
import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { demoUser } from '../support/stack';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { generateWorld } from '../../demo/world';
import { fullProfileFamily } from '../support/world-picks';

/** One request can be followed through every service's logs by its request id; no personal data is logged. */
describe('traceable logs', () => {
  let stack: ProcessStack;
  beforeAll(async () => {
    stack = await startProcessStack({ logLevel: 'debug' });
  }, 60_000);
  afterAll(() => stack.stop());

  it('carries the caller’s request id (beside the gateway’s own) and trace id into every service’s log lines', async () => {
    const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
    const family = fullProfileFamily(world, '3674');
    const requestId = `dashboard-${randomUUID()}`;
    const traceId = randomUUID().replace(/-/g, '');
    const { body } = await stack.query(
      demoUser('tangsel-manager'),
      `{ familyByKk(kkNumber: "${family.kkNumber}") { id members { fullName nik } serviceEpisodes { id notes } referrals { reason events { note } } appointments { id staff { fullName } } } }`,
      { 'x-request-id': requestId, traceparent: `00-${traceId}-0123456789abcdef-01` },
    );
    expect(body.data!.familyByKk).not.toBeNull();
    const linesOf = (name: 'gateway' | (typeof SUBGRAPH_NAMES)[number]) =>
      stack.services[name].logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.clientRequestId === requestId);
    // A service may write its lines after the answer has left: wait until every service has logged the request.
    const deadline = Date.now() + 10_000;
    while ((['gateway', ...SUBGRAPH_NAMES] as const).some((name) => linesOf(name).length === 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    for (const name of ['gateway', ...SUBGRAPH_NAMES] as const) {
      const lines = linesOf(name);
      expect({ name, lines: lines.length > 0 }).toEqual({ name, lines: true });
      if (name !== 'gateway') expect(lines.every((l) => l.traceId === traceId)).toBe(true);
    }
    const everything = Object.values(stack.services)
      .flatMap((s) => s.logs)
      .join('\n');
    for (const member of family.members) {
      expect(everything).not.toContain(member.fullName);
      expect(everything).not.toContain(member.nik!);
    }
    expect(everything).not.toContain(family.street);
  }, 30_000);
});
