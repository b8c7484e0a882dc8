import { ConflictError, DomainError } from '../../../kit';
import type { ReferralStatus } from '../generated/graphql';

/**
 * An action the referral's current status does not allow (DESIGN.md §2): BAD_USER_INPUT with rule
 * INVALID_TRANSITION, the current status named in the message and given in `currentStatus`, so that a
 * client can show it without parsing the message.
 */
export class InvalidTransitionError extends DomainError {
  constructor(message: string, currentStatus: ReferralStatus) {
    super('BAD_USER_INPUT', message, { field: 'referralId', rule: 'INVALID_TRANSITION', currentStatus });
  }
}

/** An update based on a version that is no longer current: CONFLICT with the current version to re-read. */
export function staleVersion(id: string, expected: number, current: { version: number; status: ReferralStatus }): ConflictError {
  return new ConflictError(`referral ${id} changed since version ${expected}; it is now version ${current.version} (${current.status}); read it again`, {
    rule: 'STALE_VERSION',
    currentVersion: current.version,
    currentStatus: current.status,
  });
}

/** An idempotency key used before for a different request. */
export function keyReused(key: string, referralId: string): ConflictError {
  return new ConflictError(`idempotencyKey ${key} was used for a different referral request; use a new key for a new referral`, {
    field: 'idempotencyKey',
    rule: 'IDEMPOTENCY_KEY_REUSED',
    referralId,
  });
}
