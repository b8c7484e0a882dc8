import { demoUser, Stack, startStack } from '../support/stack';
import { act, createReferral, firstError, Parties, referralInput, tangselFamily, tangselParties } from './referral-fixtures';
import { clock } from '../../subgraphs/kit';

interface InboxItem {
  id: string;
  status: string;
  respondBy: string;
  startBy: string | null;
  overdue: boolean;
  createdAt: string;
  events: Array<{ action: string; at: string }>;
}

interface Inbox {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: InboxItem }>;
}

const INBOX = `query($agency: ID!, $status: ReferralStatus, $overdue: Boolean, $first: Int, $after: String) {
  agency(id: $agency) {
    incomingReferrals(status: $status, overdue: $overdue, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id status respondBy startBy overdue createdAt events { action at } } }
    }
  }
}`;

const STATS = `query($agency: ID!, $from: DateTime!, $to: DateTime!) {
  referralStats(agencyId: $agency, from: $from, to: $to) {
    agency { id name } from to total overdue medianHoursToAccept byStatus { status count }
  }
}`;

/** The median as percentile_cont(0.5) computes it: the middle value, or the mean of the two middle ones. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The inbox, oldest due first, with overdue flags and filters; the managers' figures. */
describe('an agency’s referral inbox and its figures', () => {
  let stack: Stack;
  let parties: Parties;
  beforeAll(async () => {
    stack = await startStack();
    parties = tangselParties(stack.world);
  });
  afterAll(() => stack.stop());

  async function inbox(variables: Record<string, unknown>, as = parties.receiver): Promise<Inbox> {
    const answer = await stack.query<{ agency: { incomingReferrals: Inbox } }>(as, INBOX, { agency: parties.receiverAgency.id, first: 100, ...variables });
    expect(answer.errors).toBeUndefined();
    return answer.data!.agency.incomingReferrals;
  }

  it('orders the inbox by due time, oldest first, and flags exactly the referrals waiting on the agency past their time', async () => {
    const fresh = await createReferral(stack, parties, referralInput(stack.world, tangselFamily(stack.world), { urgency: 'EMERGENCY' }));
    const all = await inbox({});
    const nodes = all.edges.map((e) => e.node);
    const expected = stack.world.referrals.filter((r) => r.toAgencyId === parties.receiverAgency.id).length + 1;
    expect(all.totalCount).toBe(expected);
    expect(nodes).toHaveLength(expected);
    const due = nodes.map((n) => Date.parse(n.respondBy));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const now = clock.nowMs();
    // Waiting for an answer past respond-by, or accepted and not begun past start-by.
    const waitingPastTime = (n: InboxItem) => (n.status === 'SUBMITTED' && Date.parse(n.respondBy) < now) || (n.status === 'ACCEPTED' && n.startBy !== null && Date.parse(n.startBy) < now);
    for (const n of nodes) expect({ id: n.id, overdue: n.overdue }).toEqual({ id: n.id, overdue: waitingPastTime(n) });
    for (const n of nodes.filter((x) => x.status === 'ACCEPTED')) expect(n.startBy).not.toBeNull();
    const overdue = nodes.filter((n) => n.overdue);
    console.log(`inbox of ${parties.receiverAgency.code}: ${nodes.length} referrals, ${overdue.length} overdue, ordered by respondBy ascending`);
    expect(overdue.length).toBeGreaterThan(0);
    expect(nodes.find((n) => n.id === fresh.id)).toMatchObject({ status: 'SUBMITTED', overdue: false });
    // A referral begun or finished past its due time is not overdue: the flag is about waiting on the agency.
    expect(nodes.some((n) => !['SUBMITTED', 'ACCEPTED'].includes(n.status) && Date.parse(n.respondBy) < now && !n.overdue)).toBe(true);
  });

  it('filters by overdue and by status, keeping the order', async () => {
    const all = (await inbox({})).edges.map((e) => e.node);
    const overdue = await inbox({ overdue: true });
    expect(overdue.edges.map((e) => e.node.id)).toEqual(all.filter((n) => n.overdue).map((n) => n.id));
    expect(overdue.totalCount).toBe(all.filter((n) => n.overdue).length);
    const onTime = await inbox({ overdue: false });
    expect(onTime.edges.map((e) => e.node.id)).toEqual(all.filter((n) => !n.overdue).map((n) => n.id));
    const submitted = await inbox({ status: 'SUBMITTED' });
    expect(submitted.edges.map((e) => e.node.id)).toEqual(all.filter((n) => n.status === 'SUBMITTED').map((n) => n.id));
  });

  it('pages through the inbox in the same order', async () => {
    const all = (await inbox({})).edges.map((e) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result: Inbox = await inbox({ first: 7, after });
      seen.push(...result.edges.map((e) => e.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('an accepted referral leaves the overdue list without being changed by the flag', async () => {
    const overdue = (await inbox({ overdue: true })).edges.map((e) => e.node).find((n) => n.status === 'SUBMITTED')!;
    const [row] = await stack.subgraphs.referrals.subgraph.db.query<{ version: number }>('SELECT version FROM referral WHERE id = $1', [overdue.id]);
    const accepted = await act(stack, parties, 'ACCEPT', { id: overdue.id, version: row.version });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptReferral.referral).toMatchObject({ status: 'ACCEPTED', overdue: false });
    expect((await inbox({ overdue: true })).edges.map((e) => e.node.id)).not.toContain(overdue.id);
  });

  it('refuses the inbox to another agency’s staff', async () => {
    const answer = await stack.query(parties.sender, INBOX, { agency: parties.receiverAgency.id, first: 10 });
    expect(firstError(answer)).toMatchObject({ code: 'FORBIDDEN' });
  });

  describe('referralStats', () => {
    const range = () => ({ from: new Date(clock.nowMs() - 180 * 86_400_000).toISOString(), to: new Date(clock.nowMs() + 86_400_000).toISOString() });

    it('counts by status, the median hours to accept and the overdue, as the inbox shows them', async () => {
      const nodes = (await inbox({})).edges.map((e) => e.node);
      const answer = await stack.query<{
        referralStats: { total: number; overdue: number; medianHoursToAccept: number | null; byStatus: Array<{ status: string; count: number }>; agency: { name: string } };
      }>(parties.receiver, STATS, { agency: parties.receiverAgency.id, ...range() });
      expect(answer.errors).toBeUndefined();
      const stats = answer.data!.referralStats;
      const hours = nodes.flatMap((n) => n.events.filter((e) => e.action === 'ACCEPT').map((e) => (Date.parse(e.at) - Date.parse(n.createdAt)) / 3_600_000));
      const expectedMedian = median(hours)!;
      console.log(
        `referralStats ${parties.receiverAgency.code}: total ${stats.total}, overdue ${stats.overdue}, median hours to accept ${stats.medianHoursToAccept} (over ${hours.length} accepted), ${JSON.stringify(stats.byStatus)}`,
      );
      expect(stats.agency.name).toBe(parties.receiverAgency.name);
      expect(stats.total).toBe(nodes.length);
      expect(stats.overdue).toBe(nodes.filter((n) => n.overdue).length);
      expect(stats.byStatus.map((s) => s.status)).toEqual(['SUBMITTED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN']);
      for (const { status, count } of stats.byStatus) expect(count).toBe(nodes.filter((n) => n.status === status).length);
      expect(hours.length).toBeGreaterThan(1);
      expect(stats.medianHoursToAccept).toBeCloseTo(expectedMedian, 2);
    });

    it('counts only referrals created in the range', async () => {
      const from = new Date(clock.nowMs() - 60_000).toISOString();
      const before = await stack.query<{ referralStats: { total: number } }>(parties.receiver, STATS, { agency: parties.receiverAgency.id, from, to: new Date(clock.nowMs() + 60_000).toISOString() });
      await createReferral(stack, parties, referralInput(stack.world, tangselFamily(stack.world, 1)));
      const after = await stack.query<{ referralStats: { total: number; byStatus: Array<{ status: string; count: number }>; medianHoursToAccept: number | null } }>(parties.receiver, STATS, {
        agency: parties.receiverAgency.id,
        from,
        to: new Date(clock.nowMs() + 60_000).toISOString(),
      });
      expect(after.data!.referralStats.total).toBe(before.data!.referralStats.total + 1);
    });

    it('gives an area manager the figures of their area, and refuses other agencies’ staff', async () => {
      const own = await stack.query<{ referralStats: { total: number } }>(parties.receiver, STATS, { agency: parties.receiverAgency.id, ...range() });
      const manager = await stack.query<{ referralStats: { total: number } }>(demoUser('tangsel-manager'), STATS, { agency: parties.receiverAgency.id, ...range() });
      expect(manager.data!.referralStats.total).toBe(own.data!.referralStats.total);
      const elsewhere = await stack.query<{ referralStats: { total: number } }>({ ...demoUser('tangsel-manager'), area: ['3509'] }, STATS, { agency: parties.receiverAgency.id, ...range() });
      expect(elsewhere.data!.referralStats.total).toBe(0);
      expect(firstError(await stack.query(parties.sender, STATS, { agency: parties.receiverAgency.id, ...range() }))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('refuses a reversed or over-long range', async () => {
      const now = clock.nowMs();
      const reversed = await stack.query(parties.receiver, STATS, { agency: parties.receiverAgency.id, from: new Date(now).toISOString(), to: new Date(now - 1000).toISOString() });
      expect(firstError(reversed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', rule: 'RANGE_ORDER' });
      const long = await stack.query(parties.receiver, STATS, { agency: parties.receiverAgency.id, from: new Date(now - 400 * 86_400_000).toISOString(), to: new Date(now).toISOString() });
      expect(firstError(long)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', rule: 'RANGE_TOO_LONG' });
    });
  });
});
