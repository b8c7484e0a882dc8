import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Path } from './answers';
import type { InboxReferralRowFragment, ReferralStatus } from './gql/graphql';

/**
 * The inbox page's pure parts: which queue a filter reads, the due time a row is sorted by, and what a
 * refusal says. Kept apart from the page so that they read (and can be checked) without React.
 */

/** "Waiting on us": SUBMITTED (to answer) and ACCEPTED (to begin); or one status; or every status. */
export type InboxMode = 'waiting' | 'all' | ReferralStatus;

export const STATUSES: ReferralStatus[] = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'DECLINED', 'COMPLETED', 'WITHDRAWN'];

/**
 * The connections one filter reads: the API filters by one status at a time, so "waiting on us" is two
 * connections (SUBMITTED and ACCEPTED), each paged with its own cursor.
 */
export function sourcesOf(mode: InboxMode): Array<ReferralStatus | null> {
  if (mode === 'waiting') return ['SUBMITTED', 'ACCEPTED'];
  if (mode === 'all') return [null];
  return [mode];
}

/** A row with the errors under its node, their paths made relative to the node. */
export interface InboxRow {
  referral: InboxReferralRowFragment;
  errors: GraphQLFormattedError[];
}

/** The time the agency owes the family something by: the answer for SUBMITTED, the start for ACCEPTED. */
export function dueOf(r: Pick<InboxReferralRowFragment, 'status' | 'respondBy' | 'startBy'>): string | null {
  if (r.status === 'SUBMITTED') return r.respondBy;
  if (r.status === 'ACCEPTED') return r.startBy ?? r.respondBy;
  return null;
}

/**
 * Oldest due first; rows owing nothing (in progress, finished) after them, by their respond-by time.
 * The API pages by respond-by, so the order is exact over the rows loaded so far.
 */
export function byDue(a: InboxRow, b: InboxRow): number {
  const da = dueOf(a.referral);
  const db = dueOf(b.referral);
  if (da && !db) return -1;
  if (!da && db) return 1;
  const ka = Date.parse(da ?? a.referral.respondBy);
  const kb = Date.parse(db ?? b.referral.respondBy);
  return ka - kb || a.referral.id.localeCompare(b.referral.id);
}

/** The errors at or under `prefix`, with their paths relative to it. */
export function errorsUnder(errors: readonly GraphQLFormattedError[], prefix: Path): GraphQLFormattedError[] {
  return errors.filter((e) => e.path && e.path.length >= prefix.length && prefix.every((p, i) => e.path![i] === p)).map((e) => ({ ...e, path: e.path!.slice(prefix.length) }));
}

/** A refusal as the page shows it: its message, code and rule, and the version a stale write lost to. */
export interface Refusal {
  message: string;
  code?: string;
  rule?: string;
  field?: string;
  currentVersion?: number;
  currentStatus?: string;
}

/** What an error says, whether the gateway refused (GraphQL errors) or the request failed. */
export function refusalOf(err: unknown): Refusal {
  if (CombinedGraphQLErrors.is(err) && err.errors.length > 0) {
    const first = err.errors[0];
    const ext = first.extensions ?? {};
    return {
      message: first.message,
      code: typeof ext.code === 'string' ? ext.code : undefined,
      rule: typeof ext.rule === 'string' ? ext.rule : undefined,
      field: typeof ext.field === 'string' ? ext.field : undefined,
      currentVersion: typeof ext.currentVersion === 'number' ? ext.currentVersion : undefined,
      currentStatus: typeof ext.currentStatus === 'string' ? ext.currentStatus : undefined,
    };
  }
  return { message: err instanceof Error ? err.message : String(err) };
}

/** A lost update: someone changed the referral after the page read it. */
export function isStale(r: Refusal): boolean {
  return r.code === 'CONFLICT' && r.rule === 'STALE_VERSION';
}

/** The agency the caller acts for, from the token's `agency` claim (null for callers of no agency). */
export function agencyOf(token: string): string | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { agency?: unknown };
    return typeof payload.agency === 'string' ? payload.agency : null;
  } catch {
    return null;
  }
}
