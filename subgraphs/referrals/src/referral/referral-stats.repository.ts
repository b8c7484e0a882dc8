import { clock, Sql } from '../../../kit';
import type { ReferralStatus } from '../generated/graphql';
import { inAreaOf, overdueAt } from './referral.repository';

/** The figures of one inbox over a time range, as the database counts them. */
export interface ReferralStatsRow {
  total: number;
  byStatus: Partial<Record<ReferralStatus, number>>;
  overdue: number;
  medianHoursToAccept: number | null;
}

/** The only place referral figures are computed: one statement, served by index referral_inbox. */
export class ReferralStatsRepository {
  constructor(private readonly sql: Sql) {}

  /**
   * Counts the referrals sent to an agency and created in [from, to), optionally only those whose family
   * region starts with one of `areaPrefixes`. Time to accept runs from creation to the ACCEPT event.
   */
  async inboxStats(agencyId: string, from: Date, to: Date, areaPrefixes: string[] | null): Promise<ReferralStatsRow> {
    const [row] = await this.sql.query<ReferralStatsRow>(
      `WITH counted AS (
         SELECT r.id, r.status, r.created_at, ${overdueAt('$5')} AS overdue
           FROM referral r
          WHERE r.to_agency_id = $1::uuid AND r.created_at >= $2 AND r.created_at < $3 AND ${inAreaOf('$4')}
       ), accepted AS (
         SELECT extract(epoch FROM e.at - c.created_at)::float8 / 3600 AS hours
           FROM counted c JOIN referral_event e ON e.referral_id = c.id AND e.action = 'ACCEPT'
       )
       SELECT (SELECT count(*)::int FROM counted) AS total,
              (SELECT COALESCE(jsonb_object_agg(s.status, s.n), '{}'::jsonb)
                 FROM (SELECT status, count(*)::int AS n FROM counted GROUP BY status) s) AS "byStatus",
              (SELECT count(*)::int FROM counted WHERE overdue) AS overdue,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM accepted) AS "medianHoursToAccept"`,
      [agencyId, from, to, areaPrefixes, clock.now()],
      'referral_inbox_stats',
    );
    return row;
  }
}
