import { areaCovers } from '../../domain/area-coverage';
import { clock } from '../../subgraphs/kit';
import type { WorldReferral } from '../../demo/world-types';
import { demoUser, Stack, startStack, TestClaims } from '../support/stack';
import { firstError } from './referral-fixtures';

const STATS = `query($from: DateTime!, $to: DateTime!) {
  areaReferralStats(from: $from, to: $to) {
    from to total overdueAwaitingAnswer overdueAwaitingStart
    medianHoursToAccept p90HoursToAccept medianHoursToStart p90HoursToStart
    byStatus { status count } byUrgency { urgency count }
  }
}`;

const LIST = `query($from: DateTime!, $to: DateTime!, $status: ReferralStatus, $urgency: Urgency, $overdue: ReferralOverdueKind, $first: Int, $after: String) {
  areaReferrals(from: $from, to: $to, status: $status, urgency: $urgency, overdue: $overdue, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status urgency overdue family { id } toAgency { id } } }
  }
}`;

const INBOX = `query($agency: ID!, $after: String) {
  agency(id: $agency) { incomingReferrals(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }
}`;

const EPISODE_COUNTS = `{
  areaEpisodeCounts {
    total withoutLeadWorker byStatus { status count }
    byAgency { agency { id name } count } byService { service { id name } count } byLeadWorker { leadWorker { id } count }
  }
}`;

const EPISODES = `query($agency: ID, $service: ID, $lead: ID, $without: Boolean, $status: EpisodeStatus, $first: Int, $after: String) {
  areaEpisodes(agencyId: $agency, serviceId: $service, leadWorkerId: $lead, withoutLeadWorker: $without, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status family { id } agency { id } leadWorker { id } } }
  }
}`;

interface Stats {
  total: number;
  overdueAwaitingAnswer: number;
  overdueAwaitingStart: number;
  medianHoursToAccept: number | null;
  p90HoursToAccept: number | null;
  medianHoursToStart: number | null;
  p90HoursToStart: number | null;
  byStatus: Array<{ status: string; count: number }>;
  byUrgency: Array<{ urgency: string; count: number }>;
}

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: N }>;
}

interface ListedReferral {
  id: string;
  status: string;
  urgency: string;
  overdue: boolean;
  family: { id: string } | null;
}

interface ListedEpisode {
  id: string;
  status: string;
  family: { id: string } | null;
  agency: { id: string };
  leadWorker: { id: string } | null;
}

/** percentile_cont as PostgreSQL computes it: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

const hoursTo = (r: WorldReferral, action: string) => {
  const event = r.events.find((e) => e.action === action);
  return event ? (Date.parse(event.at) - Date.parse(r.createdAt)) / 3_600_000 : null;
};

/** The indicators of an area against the demo world and the existing list APIs; out-of-scope callers get nothing. */
describe('indicators for a manager’s area', () => {
  let stack: Stack;
  let from: string;
  let to: string;
  const manager = demoUser('tangsel-manager');

  beforeAll(async () => {
    stack = await startStack();
    // The whole demo history, as far as one statistics range reaches (366 days back from now).
    to = new Date(clock.nowMs() + 60_000).toISOString();
    const earliest = Math.min(...stack.world.referrals.map((r) => Date.parse(r.createdAt)));
    from = new Date(Math.max(earliest, clock.nowMs() - 365 * 86_400_000)).toISOString();
  });
  afterAll(() => stack.stop());

  const inRange = (r: WorldReferral) => r.createdAt >= from && Date.parse(r.createdAt) < Date.parse(to);
  const areaReferralsOf = (claims: TestClaims) => stack.world.referrals.filter((r) => inRange(r) && areaCovers(claims.area ?? [], r.familyRegion));

  async function stats(as: TestClaims): Promise<Stats> {
    const answer = await stack.query<{ areaReferralStats: Stats }>(as, STATS, { from, to });
    expect(answer.errors).toBeUndefined();
    return answer.data!.areaReferralStats;
  }

  async function allReferrals(as: TestClaims, filter: Record<string, unknown> = {}): Promise<{ totalCount: number; nodes: ListedReferral[] }> {
    const nodes: ListedReferral[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const answer: { data?: { areaReferrals: Page<ListedReferral> } | null; errors?: unknown } = await stack.query<{ areaReferrals: Page<ListedReferral> }>(as, LIST, {
        from,
        to,
        first: 100,
        after,
        ...filter,
      });
      expect(answer.errors).toBeUndefined();
      const page: Page<ListedReferral> = answer.data!.areaReferrals;
      totalCount = page.totalCount;
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { totalCount, nodes };
  }

  async function allEpisodes(as: TestClaims, filter: Record<string, unknown> = {}): Promise<{ totalCount: number; nodes: ListedEpisode[] }> {
    const nodes: ListedEpisode[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const answer: { data?: { areaEpisodes: Page<ListedEpisode> } | null; errors?: unknown } = await stack.query<{ areaEpisodes: Page<ListedEpisode> }>(as, EPISODES, {
        first: 100,
        after,
        ...filter,
      });
      expect(answer.errors).toBeUndefined();
      const page: Page<ListedEpisode> = answer.data!.areaEpisodes;
      totalCount = page.totalCount;
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { totalCount, nodes };
  }

  it('counts the Tangerang Selatan referrals exactly as the demo world holds them', async () => {
    const expected = areaReferralsOf(manager);
    const now = clock.nowMs();
    const got = await stats(manager);
    expect(got.total).toBe(expected.length);
    expect(got.total).toBeGreaterThan(0);
    for (const { status, count } of got.byStatus) expect({ status, count }).toEqual({ status, count: expected.filter((r) => r.status === status).length });
    for (const { urgency, count } of got.byUrgency) expect({ urgency, count }).toEqual({ urgency, count: expected.filter((r) => r.urgency === urgency).length });
    expect(got.byStatus.map((s) => s.status)).toEqual(['SUBMITTED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN']);
    expect(got.byUrgency.map((s) => s.urgency)).toEqual(['EMERGENCY', 'URGENT', 'ROUTINE']);
    expect(got.overdueAwaitingAnswer).toBe(expected.filter((r) => r.status === 'SUBMITTED' && Date.parse(r.respondBy) < now).length);
    expect(got.overdueAwaitingStart).toBe(expected.filter((r) => r.status === 'ACCEPTED' && r.startBy !== null && Date.parse(r.startBy) < now).length);
    const toAccept = expected.map((r) => hoursTo(r, 'ACCEPT')).filter((h): h is number => h !== null);
    const toStart = expected.map((r) => hoursTo(r, 'START')).filter((h): h is number => h !== null);
    expect(got.medianHoursToAccept).toBeCloseTo(rounded(percentile(toAccept, 0.5))!, 1);
    expect(got.p90HoursToAccept).toBeCloseTo(rounded(percentile(toAccept, 0.9))!, 1);
    expect(got.medianHoursToStart).toBeCloseTo(rounded(percentile(toStart, 0.5))!, 1);
    expect(got.p90HoursToStart).toBeCloseTo(rounded(percentile(toStart, 0.9))!, 1);
    console.log(`tangsel-manager: ${got.total} referrals, overdue ${got.overdueAwaitingAnswer} + ${got.overdueAwaitingStart}, median ${got.medianHoursToAccept} h to accept`);
  });

  it('lists behind every number exactly the referrals it counts, and agrees with the agencies’ inboxes', async () => {
    const got = await stats(manager);
    const all = await allReferrals(manager);
    expect(all.totalCount).toBe(got.total);
    expect(new Set(all.nodes.map((n) => n.id))).toEqual(new Set(areaReferralsOf(manager).map((r) => r.id)));
    for (const { status, count } of got.byStatus.filter((s) => s.count > 0)) {
      const listed = await allReferrals(manager, { status });
      expect({ status, n: listed.nodes.length, total: listed.totalCount }).toEqual({ status, n: count, total: count });
      expect(listed.nodes.every((n) => n.status === status)).toBe(true);
    }
    for (const { urgency, count } of got.byUrgency) expect((await allReferrals(manager, { urgency })).totalCount).toBe(count);
    const waitingAnswer = await allReferrals(manager, { overdue: 'AWAITING_ANSWER' });
    expect(waitingAnswer.nodes).toHaveLength(got.overdueAwaitingAnswer);
    expect(waitingAnswer.nodes.every((n) => n.overdue && n.status === 'SUBMITTED')).toBe(true);
    const waitingStart = await allReferrals(manager, { overdue: 'AWAITING_START' });
    expect(waitingStart.nodes).toHaveLength(got.overdueAwaitingStart);
    expect(waitingStart.nodes.every((n) => n.overdue && n.status === 'ACCEPTED')).toBe(true);
    // The same referrals through the existing list API: each agency's inbox as the manager sees it.
    const agencies = await stack.query<{ agencies: Array<{ id: string }> }>(manager, `{ agencies(jurisdiction: ID) { id } }`);
    const viaInboxes = new Set<string>();
    for (const { id } of agencies.data!.agencies) {
      let after: string | null = null;
      do {
        const answer: { data?: { agency: { incomingReferrals: Page<{ id: string }> } } | null } = await stack.query<{ agency: { incomingReferrals: Page<{ id: string }> } }>(manager, INBOX, {
          agency: id,
          after,
        });
        const page: Page<{ id: string }> = answer.data!.agency.incomingReferrals;
        for (const e of page.edges) viaInboxes.add(e.node.id);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    }
    expect(new Set(all.nodes.map((n) => n.id))).toEqual(viaInboxes);
  });

  it('withholds free text and children’s roles on the referrals listed to a manager', async () => {
    const answer = await stack.query<{ areaReferrals: Page<{ id: string; reason: string | null }> }>(
      manager,
      `query($from: DateTime!, $to: DateTime!) { areaReferrals(from: $from, to: $to, first: 1) { edges { node { id reason } } } }`,
      { from, to },
    );
    expect(answer.data!.areaReferrals.edges[0].node.reason).toBeNull();
    expect(firstError(answer).code).toBe('FORBIDDEN');
  });

  it('counts the area’s open episodes by agency, service and lead worker as the demo world holds them, each with its list', async () => {
    const expected = stack.world.episodes.filter((e) => e.status !== 'CLOSED' && areaCovers(manager.area ?? [], e.familyRegion));
    const answer = await stack.query<{
      areaEpisodeCounts: {
        total: number;
        withoutLeadWorker: number;
        byStatus: Array<{ status: string; count: number }>;
        byAgency: Array<{ agency: { id: string; name: string }; count: number }>;
        byService: Array<{ service: { id: string }; count: number }>;
        byLeadWorker: Array<{ leadWorker: { id: string }; count: number }>;
      };
    }>(manager, EPISODE_COUNTS);
    expect(answer.errors).toBeUndefined();
    const got = answer.data!.areaEpisodeCounts;
    expect(got.total).toBe(expected.length);
    expect(got.total).toBeGreaterThan(0);
    const tally = (key: (e: (typeof expected)[number]) => string | null) => {
      const counts: Record<string, number> = {};
      for (const e of expected) {
        const k = key(e);
        if (k) counts[k] = (counts[k] ?? 0) + 1;
      }
      return counts;
    };
    expect(Object.fromEntries(got.byAgency.map((g) => [g.agency.id, g.count]))).toEqual(tally((e) => e.agencyId));
    expect(Object.fromEntries(got.byService.map((g) => [g.service.id, g.count]))).toEqual(tally((e) => e.serviceId));
    expect(Object.fromEntries(got.byLeadWorker.map((g) => [g.leadWorker.id, g.count]))).toEqual(tally((e) => e.leadWorkerId));
    expect(got.withoutLeadWorker).toBe(expected.filter((e) => !e.leadWorkerId).length);
    for (const { status, count } of got.byStatus) expect({ status, count }).toEqual({ status, count: expected.filter((e) => e.status === status).length });

    const all = await allEpisodes(manager);
    expect(new Set(all.nodes.map((n) => n.id))).toEqual(new Set(expected.map((e) => e.id)));
    const [agency] = got.byAgency;
    const ofAgency = await allEpisodes(manager, { agency: agency.agency.id });
    expect(ofAgency.totalCount).toBe(agency.count);
    expect(ofAgency.nodes.every((n) => n.agency.id === agency.agency.id)).toBe(true);
    if (got.byLeadWorker.length) {
      const [lead] = got.byLeadWorker;
      const led = await allEpisodes(manager, { lead: lead.leadWorker.id });
      expect(led.nodes).toHaveLength(lead.count);
    }
    expect((await allEpisodes(manager, { without: true })).totalCount).toBe(got.withoutLeadWorker);
    expect((await allEpisodes(manager, { agency: 'not-an-id' })).totalCount).toBe(0);
  });

  it('audits the lists with the families listed', async () => {
    const listed = await allReferrals(manager, { urgency: 'EMERGENCY' });
    const node = listed.nodes.find((n) => n.family);
    expect(node).toBeDefined();
    const db = stack.subgraphs.referrals.subgraph.db;
    let rows: Array<{ n: number }> = [];
    for (let i = 0; i < 20 && !rows[0]?.n; i++) {
      rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'READ' AND record_type = 'Referral' AND $1 = ANY(record_ids) AND $2 = ANY(family_ids)`, [
        node!.id,
        node!.family!.id,
      ]);
      if (!rows[0]?.n) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('gives other areas’ managers only their own area’s numbers', async () => {
    const tangselIds = new Set(areaReferralsOf(manager).map((r) => r.id));
    for (const key of ['mataram-manager', 'hk-manager']) {
      const other = demoUser(key);
      const got = await stats(other);
      expect({ key, total: got.total }).toEqual({ key, total: areaReferralsOf(other).length });
      const listed = await allReferrals(other);
      expect(listed.nodes.filter((n) => tangselIds.has(n.id))).toEqual([]);
      const episodes = await allEpisodes(other);
      const tangselEpisodes = new Set(stack.world.episodes.filter((e) => areaCovers(manager.area ?? [], e.familyRegion)).map((e) => e.id));
      expect(episodes.nodes.filter((n) => tangselEpisodes.has(n.id))).toEqual([]);
    }
    // A manager whose token names no area is refused at the gateway, never shown everything.
    const noArea = { ...manager, sub: 'manager-without-area', area: [] };
    for (const answer of [await stack.query(noArea, STATS, { from, to }), await stack.query(noArea, EPISODES, {})]) {
      expect(firstError(answer).code).toBe('UNAUTHENTICATED');
      expect(answer.data ?? null).toBeNull();
    }
  });

  it('refuses callers who are not area managers with FORBIDDEN and no numbers', async () => {
    for (const key of ['uptd-ppa-case-manager', 'dp3a-mataram-case-manager']) {
      const caller = demoUser(key);
      const answers = await Promise.all([stack.query(caller, STATS, { from, to }), stack.query(caller, LIST, { from, to }), stack.query(caller, EPISODE_COUNTS), stack.query(caller, EPISODES, {})]);
      for (const answer of answers) {
        expect(firstError(answer).code).toBe('FORBIDDEN');
        expect(Object.values(answer.data ?? {}).every((v) => v === null)).toBe(true);
      }
    }
  });

  it('checks input before access: a range out of order, a page too big, a foreign cursor', async () => {
    const reversed = await stack.query(manager, STATS, { from: to, to: from });
    expect(firstError(reversed)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'RANGE_ORDER' });
    const big = await stack.query(manager, LIST, { from, to, first: 101 });
    expect(firstError(big)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'PAGE_SIZE' });
    const foreign = await stack.query(manager, LIST, {
      from,
      to,
      after: Buffer.from(JSON.stringify(['in', '2026-01-01T00:00:00.000000Z', '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
    });
    expect(firstError(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CURSOR' });
    const episodeCursor = await stack.query(manager, EPISODES, { after: 'nonsense' });
    expect(firstError(episodeCursor)).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'CURSOR' });
  });
});
