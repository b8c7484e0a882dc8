import { asUuid, BadInputError, ForbiddenError } from '../../../kit';
import { isMicrosecondInstant } from '../../../kit/cursor-keys';
import { Context } from '../context';
import type { QueryAreaReferralsArgs, QueryAreaReferralStatsArgs, ResolversParentTypes, Urgency } from '../generated/graphql';
import { areaReferralPlaces } from './area-stats.policy';
import { AreaStatsRepository } from './area-stats.repository';
import { pageSize } from './page-size';
import { REFERRAL_STATUSES } from './referral-state-machine';
import type { QueuePosition } from './referral.repository';
import { statsRange } from './stats-range';

type AreaReferralStats = ResolversParentTypes['AreaReferralStats'];
type ReferralConnection = ResolversParentTypes['ReferralConnection'];

/** Most urgent first, as a manager reads them. */
const URGENCIES: readonly Urgency[] = ['EMERGENCY', 'URGENT', 'ROUTINE'];

const CURSOR_TAG = 'area';

const hours = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Math.round(value * 100) / 100);

/** The caller's area, or FORBIDDEN (audited) for a caller who is not a manager of an area. */
function placesOrRefuse(ctx: Context, recordType: string): string[] {
  const places = areaReferralPlaces(ctx.caller);
  if (places === null) {
    ctx.audit.denied('READ', recordType, [ctx.caller.agencyId ?? 'none']);
    throw new ForbiddenError("an area's referral figures are visible only to managers of the area");
  }
  return places;
}

/**
 * Every agency's response figures over the referrals about families of the caller's area: counts by
 * status and urgency, both kinds of overdue, median and 90th percentile of the time to accept and to
 * start. Input is checked first; only area managers may ask. Only counts leave, so no family's record
 * is read; the read of the figures is audited with the area asked about.
 */
export async function areaReferralStats(ctx: Context, args: QueryAreaReferralStatsArgs): Promise<AreaReferralStats> {
  const range = statsRange(args.from, args.to);
  const places = placesOrRefuse(ctx, 'AreaReferralStats');
  const row = await new AreaStatsRepository(ctx.db).areaStats(range.from, range.to, places);
  ctx.audit.record('READ', 'AreaReferralStats', [{ id: ctx.caller.agencyId ?? 'area', familyId: null }]);
  return {
    from: range.from,
    to: range.to,
    total: row?.total ?? 0,
    byStatus: REFERRAL_STATUSES.map((status) => ({ status, count: row?.byStatus[status] ?? 0 })),
    byUrgency: URGENCIES.map((urgency) => ({ urgency, count: row?.byUrgency[urgency] ?? 0 })),
    overdueAwaitingAnswer: row?.overdueAwaitingAnswer ?? 0,
    overdueAwaitingStart: row?.overdueAwaitingStart ?? 0,
    medianHoursToAccept: hours(row?.medianHoursToAccept),
    p90HoursToAccept: hours(row?.p90HoursToAccept),
    medianHoursToStart: hours(row?.medianHoursToStart),
    p90HoursToStart: hours(row?.p90HoursToStart),
  };
}

function encodeCursor(position: QueuePosition): string {
  return Buffer.from(JSON.stringify([CURSOR_TAG, position.sortKey, position.id])).toString('base64url');
}

/** Reads a cursor back; anything this list did not hand out is BAD_USER_INPUT, never an SQL error. */
function decodeCursor(cursor: string): QueuePosition {
  try {
    const [tag, sortKey, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown, unknown];
    const uuid = typeof id === 'string' ? asUuid(id) : null;
    if (tag === CURSOR_TAG && isMicrosecondInstant(sortKey) && uuid) return { sortKey, id: uuid };
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('after', 'CURSOR', 'after is not a cursor returned by this query');
}

/**
 * The referrals behind a figure of areaReferralStats, the oldest respond-by first. Input is checked
 * first; only area managers may list; every referral listed is audited with its family. It is counted only when the query asks for `totalCount`.
 */
export async function areaReferrals(ctx: Context, args: QueryAreaReferralsArgs, withCount: boolean): Promise<ReferralConnection> {
  const range = statsRange(args.from, args.to);
  const first = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : null;
  const places = placesOrRefuse(ctx, 'Query.areaReferrals');
  const page = await new AreaStatsRepository(ctx.db).areaPage({ ...range, places, status: args.status, urgency: args.urgency, overdue: args.overdue }, first, after, withCount);
  for (const row of page.rows) ctx.loaders.referral.prime(row.id, row);
  ctx.audit.record(
    'READ',
    'Referral',
    page.rows.map((row) => ({ id: row.id, familyId: row.familyId })),
  );
  const edges = page.rows.map((row) => ({ cursor: encodeCursor(row), node: row }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount ?? 0 };
}
