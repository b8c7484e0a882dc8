import { asUuid, ForbiddenError } from '../../../kit';
import { queueAccess } from '../access-policy';
import { Context } from '../context';
import type { QueryReferralStatsArgs, ResolversParentTypes } from '../generated/graphql';
import { REFERRAL_STATUSES } from './referral-state-machine';
import { ReferralStatsRepository } from './referral-stats.repository';
import { statsRange } from './stats-range';

type ReferralStats = ResolversParentTypes['ReferralStats'];

/**
 * An agency's response figures for managers (how fast it answers, how many it declines, how many are overdue). Who may ask follows the inbox
 * (`queueAccess`): the agency's own callers count all its referrals, a manager of another agency those
 * of families in their area, anyone else is refused. Only counts leave, so no family's record is read.
 */
export async function referralStats(ctx: Context, args: QueryReferralStatsArgs): Promise<ReferralStats> {
  const range = statsRange(args.from, args.to);
  const access = queueAccess(ctx.caller, args.agencyId);
  if (!access) {
    ctx.audit.denied('READ', 'ReferralStats', [args.agencyId]);
    throw new ForbiddenError("an agency's referral figures are visible only to that agency and to area managers");
  }
  const id = asUuid(args.agencyId);
  const row = id ? await new ReferralStatsRepository(ctx.db).inboxStats(id, range.from, range.to, access.areaPrefixes) : null;
  const median = row?.medianHoursToAccept ?? null;
  return {
    agency: { id: args.agencyId },
    from: range.from,
    to: range.to,
    total: row?.total ?? 0,
    byStatus: REFERRAL_STATUSES.map((status) => ({ status, count: row?.byStatus[status] ?? 0 })),
    medianHoursToAccept: median === null ? null : Math.round(median * 100) / 100,
    overdue: row?.overdue ?? 0,
  };
}
