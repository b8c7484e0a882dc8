import { Caller, ForbiddenError } from '../../kit';
import { AccessRole, inArea } from '../../../domain/access-roles';

/**
 * Who may read the staff directory (staff, rosters, operating sessions, holidays) of a jurisdiction:
 * WITH_AGENCY: only when acting for an agency; ANY: also without one (a cross-agency manager); NONE: never.
 */
export type DirectoryRight = 'NONE' | 'WITH_AGENCY' | 'ANY';

/**
 * Whose workload (booked against rostered hours: staff data, no family's) a role may read:
 * OWN_AGENCY: the staff of the caller's agency; JURISDICTION: every agency's staff in the caller's
 * jurisdiction (a cross-agency manager looking for who is overloaded); NONE.
 */
export type WorkloadRight = 'NONE' | 'OWN_AGENCY' | 'JURISDICTION';

/**
 * Who may see and do what in scheduling, one row per access role (need to know):
 * - directory: staff, rosters, operating sessions and holidays of the caller's own jurisdiction;
 * - ownAgency: appointments of the caller's own agency, their free text (override and cancellation
 *   reasons) included, and the agency's own writes: booking its staff, changing its sessions, rosters
 *   and closures;
 * - area: every agency's appointments for families in the caller's area, the free text withheld
 *   unless the caller's agency is the appointment's agency;
 * - workload: whose booked and rostered hours the caller may read;
 * - calendar: keeps the jurisdiction's public holidays and collective leave days (and reads them).
 * An auditor reads the audit trail, not schedules. A calendar manager sees the bookings a calendar
 * change collides with (when, where, which agency), not the families or staff in them.
 */
export const SCHEDULING_POLICY: Readonly<Record<AccessRole, { directory: DirectoryRight; ownAgency: boolean; area: boolean; workload: WorkloadRight; calendar: boolean }>> = {
  AGENCY_STAFF: { directory: 'WITH_AGENCY', ownAgency: true, area: false, workload: 'OWN_AGENCY', calendar: false },
  AGENCY_SYSTEM: { directory: 'WITH_AGENCY', ownAgency: true, area: false, workload: 'OWN_AGENCY', calendar: false },
  AREA_MANAGER: { directory: 'ANY', ownAgency: true, area: true, workload: 'JURISDICTION', calendar: false },
  REGISTRY_OFFICER: { directory: 'WITH_AGENCY', ownAgency: false, area: false, workload: 'NONE', calendar: false },
  AUDITOR: { directory: 'NONE', ownAgency: false, area: false, workload: 'NONE', calendar: false },
  CALENDAR_MANAGER: { directory: 'NONE', ownAgency: false, area: false, workload: 'NONE', calendar: true },
};

/** Whether the caller keeps the calendar of public holidays of `jurisdiction`. */
export function canManageCalendar(caller: Caller, jurisdiction: 'ID' | 'HK'): boolean {
  return jurisdiction === caller.jurisdiction && caller.roles.some((role) => SCHEDULING_POLICY[role].calendar);
}

/** The public holidays of a jurisdiction: whoever reads its directory, and its calendar managers. */
export function canReadHolidays(caller: Caller, jurisdiction: 'ID' | 'HK'): boolean {
  return canReadDirectory(caller, jurisdiction) || canManageCalendar(caller, jurisdiction);
}

/** Directory data of an agency in `jurisdiction` (null when the agency is unknown here). */
export function canReadDirectory(caller: Caller, jurisdiction: 'ID' | 'HK' | null): boolean {
  if (jurisdiction === null || jurisdiction !== caller.jurisdiction) return false;
  return caller.roles.some((role) => {
    const right = SCHEDULING_POLICY[role].directory;
    return right === 'ANY' || (right === 'WITH_AGENCY' && caller.agencyId !== null);
  });
}

/**
 * Whether the caller acts for the agency with a role that lets them use that: the agency's own
 * records, and its own writes (bookings of its staff, its sessions, rosters and closures).
 */
export function actsForAgency(caller: Caller, agencyId: string): boolean {
  return caller.agencyId !== null && caller.agencyId.toLowerCase() === agencyId.toLowerCase() && caller.roles.some((r) => SCHEDULING_POLICY[r].ownAgency);
}

/** Whether the caller acts for the appointment's agency, with a role that lets them use that. */
export function isAppointmentParty(caller: Caller, appointment: { agencyId: string }): boolean {
  return actsForAgency(caller, appointment.agencyId);
}

/**
 * The one rule for every free-text field about an appointment (why it was booked under an emergency
 * override, why it was cancelled): the text for the appointment's own agency; for anyone else a
 * FORBIDDEN error, so the field answers null with the error at its path. It is refused whether or not
 * text was recorded, so that the refusal itself does not tell an outsider that an emergency booking or
 * a cancellation was made. `what` names the field in the error.
 */
export function caseText(caller: Caller, appointment: { agencyId: string }, text: string | null, what: string): string | null {
  if (!isAppointmentParty(caller, appointment)) throw new ForbiddenError(`only the appointment's own agency sees ${what}`);
  return text;
}

/** Whether the caller may read a staff member's workload. */
export function canSeeWorkload(caller: Caller, staff: { agencyId: string; jurisdiction: 'ID' | 'HK' }): boolean {
  return caller.roles.some((role) => {
    const right = SCHEDULING_POLICY[role].workload;
    if (right === 'JURISDICTION') return canReadDirectory(caller, staff.jurisdiction);
    return right === 'OWN_AGENCY' && actsForAgency(caller, staff.agencyId);
  });
}

/**
 * Who sees an appointment: its own agency, and an area manager of the family's area. A community event
 * (an education programme with no family, hence no region) holds no family's data: besides its agency,
 * the area managers of the agency's jurisdiction see it, and nobody else.
 */
export function canSeeAppointment(caller: Caller, appointment: { agencyId: string; familyRegion: string | null; agencyJurisdiction?: 'ID' | 'HK' }): boolean {
  if (isAppointmentParty(caller, appointment)) return true;
  if (!caller.roles.some((r) => SCHEDULING_POLICY[r].area)) return false;
  if (appointment.familyRegion === null) return appointment.agencyJurisdiction !== undefined && appointment.agencyJurisdiction === caller.jurisdiction;
  return inArea(caller, appointment.familyRegion);
}
