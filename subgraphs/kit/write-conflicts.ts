import { ConflictError } from '../../platform/errors';

/**
 * The two ways a write loses to another in every subgraph: the record changed since the caller read it
 * (optimistic concurrency: each update carries the version it read), and a unique index refused a
 * second record (the database decides a race, never a check before the insert). And the race a
 * transaction loses before either: PostgreSQL aborts it to break a deadlock, and it runs again.
 */

/** PostgreSQL's SQLSTATE of a failed statement, if it is one. */
export function sqlState(err: unknown): string | null {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : null;
}

/** unique_violation. */
export const UNIQUE_VIOLATION = '23505';

/** Whether a failed statement broke a unique index (optionally: the one named). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (sqlState(err) !== UNIQUE_VIOLATION) return false;
  return constraint === undefined || (err as { constraint?: unknown }).constraint === constraint;
}

/** The unique index a failed statement broke, or null when it broke none. */
export function uniqueConstraintOf(err: unknown): string | null {
  if (!isUniqueViolation(err)) return null;
  const constraint = (err as { constraint?: unknown }).constraint;
  return typeof constraint === 'string' ? constraint : '';
}

/**
 * Runs a write and turns a unique violation into the CONFLICT that names what is in the way; any other
 * failure is rethrown as it came, for the kit to mask.
 */
export async function conflictOnUnique<T>(write: () => Promise<T>, conflict: (err: unknown) => Error): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(err);
    throw err;
  }
}

/** deadlock_detected. */
export const DEADLOCK_DETECTED = '40P01';

/**
 * Runs a transaction again when PostgreSQL aborted it to break a deadlock, up to `attempts` times in
 * all. Two transactions that insert clashing rows under an exclusion constraint at the same moment each
 * find the other's row still in progress and wait for it; PostgreSQL aborts one of them with a deadlock,
 * not with the exclusion violation the caller should hear. Nothing of the aborted attempt was written,
 * so the next one meets the winner's committed row (and its violation), or goes through when the winner
 * rolled back. `transaction` must hold all of its writes in the one transaction it runs.
 */
export async function retryingDeadlocks<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (err) {
      if (sqlState(err) !== DEADLOCK_DETECTED || attempt >= attempts) throw err;
    }
  }
}

/** What a stale write knows of the record now: its version (null when it cannot tell) and status. */
export interface CurrentVersion {
  version?: number | null;
  status?: string;
}

/**
 * CONFLICT with rule STALE_VERSION: the record (`subject`, e.g. "referral 4f…") changed since the
 * version the caller read, with `currentVersion` (and `currentStatus` where the record has one) so that
 * the caller can read it again without parsing the message.
 */
export function staleVersion(subject: string, expected: number | null, current: CurrentVersion = {}): ConflictError {
  const since = expected === null ? '' : ` since version ${expected}`;
  const now = current.version == null ? '' : `; it is now version ${current.version}${current.status ? ` (${current.status})` : ''}`;
  return new ConflictError(`${subject} changed${since}${now}; read it again and retry`, {
    rule: 'STALE_VERSION',
    ...(current.version !== undefined ? { currentVersion: current.version } : {}),
    ...(current.status !== undefined ? { currentStatus: current.status } : {}),
  });
}
