import { clock, Sql } from '../../../kit';
import type { ReferralOverdueKind, ReferralStatus, Urgency } from '../generated/graphql';
import { inAreaOf, QueuePosition, REFERRAL_COLUMNS, ReferralPage, ReferralRow } from './referral.repository';

/** The figures of an area over a time range, as the database counts them. */
export interface AreaStatsRow {
  total: number;
  byStatus: Partial<Record<ReferralStatus, number>>;
  byUrgency: Partial<Record<Urgency, number>>;
  overdueAwaitingAnswer: number;
  overdueAwaitingStart: number;
  medianHoursToAccept: number | null;
  p90HoursToAccept: number | null;
  medianHoursToStart: number | null;
  p90HoursToStart: number | null;
}

/** Which of an area's referrals to list; each filter ignored when null. */
export interface AreaFilter {
  from: Date;
  to: Date;
  places: string[];
  status?: ReferralStatus | null;
  urgency?: Urgency | null;
  overdue?: ReferralOverdueKind | null;
}

/** The two overdue kinds (referral-overdue.ts), each at parameter `now`. */
const awaitingAnswer = (now: string) => `(r.status = 'SUBMITTED' AND r.respond_by < ${now}::timestamptz)`;
const awaitingStart = (now: string) => `(r.status = 'ACCEPTED' AND r.start_by IS NOT NULL AND r.start_by < ${now}::timestamptz)`;

/** $1 from, $2 to, $3 places (never null: an empty area matches nothing), $4 now. */
const IN_AREA = `r.created_at >= $1 AND r.created_at < $2 AND $3::text[] IS NOT NULL AND ${inAreaOf('$3')}`;

/** $5 status, $6 urgency, $7 overdue kind: each ignored when null. */
const AREA_FILTERS = `${IN_AREA}
  AND ($5::text IS NULL OR r.status = $5::text)
  AND ($6::text IS NULL OR r.urgency = $6::text)
  AND ($7::text IS NULL OR ($7::text = 'AWAITING_ANSWER' AND ${awaitingAnswer('$4')}) OR ($7::text = 'AWAITING_START' AND ${awaitingStart('$4')}))`;

const SORT_KEY = `to_char(r.respond_by AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Area-wide referral figures and the lists behind them: every agency's referrals about the area's families. */
export class AreaStatsRepository {
  constructor(private readonly sql: Sql) {}

  /** Counts the area's referrals created in [from, to); times run from creation to the ACCEPT and START events. */
  async areaStats(from: Date, to: Date, places: string[]): Promise<AreaStatsRow> {
    const [row] = await this.sql.query<AreaStatsRow>(
      `WITH counted AS (
         SELECT r.id, r.status, r.urgency, r.created_at, ${awaitingAnswer('$4')} AS awaiting_answer, ${awaitingStart('$4')} AS awaiting_start
           FROM referral r
          WHERE ${IN_AREA}
       ), timed AS (
         SELECT e.action, extract(epoch FROM e.at - c.created_at)::float8 / 3600 AS hours
           FROM counted c JOIN referral_event e ON e.referral_id = c.id AND e.action IN ('ACCEPT', 'START')
       )
       SELECT (SELECT count(*)::int FROM counted) AS total,
              (SELECT COALESCE(jsonb_object_agg(s.status, s.n), '{}'::jsonb)
                 FROM (SELECT status, count(*)::int AS n FROM counted GROUP BY status) s) AS "byStatus",
              (SELECT COALESCE(jsonb_object_agg(u.urgency, u.n), '{}'::jsonb)
                 FROM (SELECT urgency, count(*)::int AS n FROM counted GROUP BY urgency) u) AS "byUrgency",
              (SELECT count(*)::int FROM counted WHERE awaiting_answer) AS "overdueAwaitingAnswer",
              (SELECT count(*)::int FROM counted WHERE awaiting_start) AS "overdueAwaitingStart",
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM timed WHERE action = 'ACCEPT') AS "medianHoursToAccept",
              (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) FROM timed WHERE action = 'ACCEPT') AS "p90HoursToAccept",
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM timed WHERE action = 'START') AS "medianHoursToStart",
              (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) FROM timed WHERE action = 'START') AS "p90HoursToStart"`,
      [from, to, places, clock.now()],
      'referral_area_stats',
    );
    return row;
  }

  /** One page of the area's referrals, oldest respond-by first, after a keyset position; counted only when asked (`withCount`). */
  async areaPage(filter: AreaFilter, first: number, after: QueuePosition | null, withCount: boolean): Promise<ReferralPage> {
    const values = [filter.from, filter.to, filter.places, clock.now(), filter.status ?? null, filter.urgency ?? null, filter.overdue ?? null];
    const [counted, rows] = await Promise.all([
      withCount ? this.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM referral r WHERE ${AREA_FILTERS}`, values, 'referral_area_count') : null,
      this.sql.query<ReferralRow & { sortKey: string }>(
        `SELECT ${REFERRAL_COLUMNS}, ${SORT_KEY} AS "sortKey" FROM referral r
          WHERE ${AREA_FILTERS} AND ($8::timestamptz IS NULL OR (r.respond_by, r.id) > ($8::timestamptz, $9::uuid))
          ORDER BY r.respond_by ASC, r.id ASC LIMIT $10`,
        [...values, after?.sortKey ?? null, after?.id ?? null, first + 1],
        'referral_area_page',
      ),
    ]);
    return { rows: rows.slice(0, first), totalCount: counted ? (counted[0]?.count ?? 0) : null, hasNextPage: rows.length > first };
  }
}
