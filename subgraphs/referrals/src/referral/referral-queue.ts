import { asUuid, ForbiddenError } from '../../../kit';
import { queueAccess } from '../access-policy';
import { Context } from '../context';
import type { ReferralStatus, ResolversParentTypes } from '../generated/graphql';
import { pageSize } from './page-size';
import { decodeCursor, encodeCursor, QueueKind } from './referral-cursor';
import { ReferralPage } from './referral.repository';

/** The arguments of `Agency.incomingReferrals` and `Agency.outgoingReferrals`. */
export interface QueueArgs {
  status?: ReferralStatus | null;
  overdue?: boolean | null;
  followUpDue?: boolean | null;
  first?: number | null;
  after?: string | null;
}

type ReferralConnection = ResolversParentTypes['ReferralConnection'];

const EMPTY: ReferralConnection = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/**
 * One page of an agency's inbox or outbox. Input is checked first; a caller who may not list the
 * queue gets FORBIDDEN (so a dashboard can tell "no access" from "empty"), and the refusal is audited.
 * The queue is counted only when the query asks for `totalCount` (`withCount`).
 */
export async function referralQueue(ctx: Context, kind: QueueKind, agencyId: string, args: QueueArgs, withCount: boolean): Promise<ReferralConnection> {
  const first = pageSize(args.first);
  const after = args.after ? decodeCursor(kind, args.after) : null;
  const recordType = kind === 'INCOMING' ? 'Agency.incomingReferrals' : 'Agency.outgoingReferrals';
  const access = queueAccess(ctx.caller, agencyId);
  if (!access) {
    ctx.audit.denied('READ', recordType, [agencyId]);
    throw new ForbiddenError("an agency's referrals are visible only to that agency and to managers of its area");
  }
  const id = asUuid(agencyId);
  if (!id) return EMPTY;
  const filter = { status: args.status, followUpDue: args.followUpDue, areaPrefixes: access.areaPrefixes };
  const page: ReferralPage =
    kind === 'INCOMING' ? await ctx.repos.referrals.inbox(id, { ...filter, overdue: args.overdue }, first, after, withCount) : await ctx.repos.referrals.outbox(id, filter, first, after, withCount);
  for (const row of page.rows) ctx.loaders.referral.prime(row.id, row);
  ctx.audit.record(
    'READ',
    'Referral',
    page.rows.map((row) => ({ id: row.id, familyId: row.familyId })),
  );
  const edges = page.rows.map((row) => ({ cursor: encodeCursor(kind, row), node: row }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount ?? 0 };
}
