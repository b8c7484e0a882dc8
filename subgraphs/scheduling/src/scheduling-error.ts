import { DomainError, ErrorCode, ruleError } from '../../kit';

/**
 * The scheduling rules a request can break, each with the code a caller sees and, for input rules,
 * the input field it names (a domain error enum in the manner of cal.com's booking errors). The rule
 * travels in `extensions.rule`, so a client can tell a closed day from a double booking without
 * reading the message.
 */
export const SCHEDULING_RULES = {
  /** endsAt is not after startsAt. */
  END_BEFORE_START: { code: 'BAD_USER_INPUT', field: 'endsAt', waivable: false },
  /** Longer than MAX_APPOINTMENT_HOURS. */
  TOO_LONG: { code: 'BAD_USER_INPUT', field: 'endsAt', waivable: false },
  /** Starts before now. */
  IN_THE_PAST: { code: 'BAD_USER_INPUT', field: 'startsAt', waivable: false },
  /** A text or choice that must be given is missing. */
  REQUIRED: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** A text that is empty or longer than its field takes. */
  LENGTH: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** A number outside the range its field takes. */
  RANGE: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** A date range that is reversed or longer than a query covers. */
  DATE_RANGE: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** A time that is not HH:MM, 00:00 to 23:59. */
  TIME_FORMAT: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** A session that closes at or before it opens. */
  CLOSES_BEFORE_OPENS: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** Two sessions of one day that overlap. */
  OVERLAP: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** More items than the field takes. */
  TOO_MANY: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** An id named twice. */
  DUPLICATE: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** A family, episode, referral, staff member, session or appointment that is malformed, unknown or not one the caller can name. */
  NOT_FOUND: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** No staff member, or more than a booking takes. */
  STAFF_COUNT: { code: 'BAD_USER_INPUT', field: 'staffIds', waivable: false },
  /** An episode or referral of another agency than the booking's. */
  AGENCY_MISMATCH: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** An episode or referral of another family than the booking's. */
  FAMILY_MISMATCH: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** A capacity on a kind that is neither a group session nor an education programme. */
  GROUP_ONLY: { code: 'BAD_USER_INPUT', field: 'capacity', waivable: false },
  /** Joining, leaving or recording attendance of an appointment that is not a group session or an education programme with seats. */
  NOT_GROUP_SESSION: { code: 'BAD_USER_INPUT', field: 'appointmentId', waivable: false },
  /** Both or neither of two fields of which exactly one is given (a family or persons joining). */
  ONE_OF: { code: 'BAD_USER_INPUT', field: null, waivable: false },
  /** An appointment at a HOME without a family whose home it is (a community event). */
  HOME_WITHOUT_FAMILY: { code: 'BAD_USER_INPUT', field: 'place', waivable: false },
  /**
   * A home visit of a family whose address is protected (a family fleeing violence), booked or moved by
   * an agency that is not the protecting agency: only that agency may go there.
   */
  PROTECTED_ADDRESS: { code: 'FORBIDDEN', field: 'familyId', waivable: false },
  /** A home visit of a protected family by its protecting agency, without confirmProtectedAddress. */
  PROTECTED_ADDRESS_CONFIRM: { code: 'BAD_USER_INPUT', field: 'confirmProtectedAddress', waivable: false },
  /** Removing a closed day that is not one of the agency's own closures. */
  NOT_AGENCY_CLOSURE: { code: 'BAD_USER_INPUT', field: 'date', waivable: false },
  /** A public holiday or collective leave day of the jurisdiction, an agency closure, or a day with no session. */
  CLOSED_DAY: { code: 'BAD_USER_INPUT', field: 'startsAt', waivable: true },
  /** Not inside the agency's operating sessions of that day. */
  OUTSIDE_SESSIONS: { code: 'BAD_USER_INPUT', field: 'startsAt', waivable: true },
  /** Not inside the sessions the staff member works. */
  OUTSIDE_ROSTER: { code: 'BAD_USER_INPUT', field: 'staffIds', waivable: true },
  /** The staff member takes no new bookings. */
  STAFF_INACTIVE: { code: 'BAD_USER_INPUT', field: 'staffIds', waivable: false },
  /** An outcome or attendance for an appointment that has not started. */
  NOT_STARTED: { code: 'BAD_USER_INPUT', field: 'outcome', waivable: false },
  /** A staff member already holds an overlapping scheduled or completed appointment (exclusion constraint). */
  DOUBLE_BOOKED: { code: 'CONFLICT', field: null, waivable: false },
  /** The group session is full. */
  CAPACITY_REACHED: { code: 'CONFLICT', field: null, waivable: false },
  /** The family or person is already in the group session. */
  ALREADY_JOINED: { code: 'CONFLICT', field: null, waivable: false },
  /** The person leaving does not take part in the group session (never joined, or already left). */
  NOT_JOINED: { code: 'CONFLICT', field: 'personId', waivable: false },
  /** The agency is already closed that day. */
  ALREADY_CLOSED: { code: 'CONFLICT', field: null, waivable: false },
  /** The record changed since the caller read it. */
  STALE_VERSION: { code: 'CONFLICT', field: null, waivable: false },
  /** The booking is no longer SCHEDULED (cancelled, completed or no-show). */
  NOT_SCHEDULED: { code: 'CONFLICT', field: null, waivable: false },
  /** The year's public holidays are not loaded: the holidays query cannot answer for it, nor can a day be added to it. */
  CALENDAR_NOT_LOADED: { code: 'BAD_USER_INPUT', field: 'year', waivable: false },
  /** A date outside the calendar year being edited. */
  OUTSIDE_YEAR: { code: 'BAD_USER_INPUT', field: 'date', waivable: false },
  /** Collective leave in a jurisdiction that has none (Hong Kong). */
  KIND_NOT_IN_JURISDICTION: { code: 'BAD_USER_INPUT', field: 'kind', waivable: false },
  /** The jurisdiction already has a public holiday or collective leave day on that date. */
  HOLIDAY_EXISTS: { code: 'CONFLICT', field: 'date', waivable: false },
} as const satisfies Record<string, { code: ErrorCode; field: string | null; waivable: boolean }>;

export type SchedulingRule = keyof typeof SCHEDULING_RULES;

/** The rules an emergency override with a reason waives: the calendar's, never time, staff or clash rules. */
export const WAIVABLE_RULES: readonly SchedulingRule[] = (Object.keys(SCHEDULING_RULES) as SchedulingRule[]).filter((r) => SCHEDULING_RULES[r].waivable);

/**
 * The error for a broken rule: its code, its rule, the field it names (unless `field` names a more
 * precise one, e.g. `staffIds[1]`), whether an emergency override would waive it, and any
 * facts the caller can act on (the closed day's name, the current version).
 */
export function schedulingError(rule: SchedulingRule, message: string, facts: Record<string, unknown> = {}, field?: string): DomainError {
  return ruleError(SCHEDULING_RULES, rule, message, { ...(SCHEDULING_RULES[rule].waivable ? { waivableByEmergencyOverride: true } : {}), ...facts }, field);
}
