import { AccessRole, Caller, inArea } from '../../kit';

/**
 * Who may read the staff directory (staff, rosters, operating sessions, holidays) of a jurisdiction:
 * WITH_AGENCY: only when acting for an agency; ANY: also without one (a cross-agency manager); NONE: never.
 */
export type DirectoryRight = 'NONE' | 'WITH_AGENCY' | 'ANY';

/**
 * Who may see what in scheduling (DESIGN.md §3), one row per access role:
 * - directory: staff, rosters, operating sessions and holidays of the caller's own jurisdiction;
 * - ownAgency: appointments of the caller's own agency, the override reason included;
 * - area: every agency's appointments for families in the caller's area, the override reason withheld
 *   unless the caller's agency is the appointment's agency.
 * An auditor reads the audit trail, not schedules.
 */
export const SCHEDULING_POLICY: Readonly<Record<AccessRole, { directory: DirectoryRight; ownAgency: boolean; area: boolean }>> = {
  AGENCY_STAFF: { directory: 'WITH_AGENCY', ownAgency: true, area: false },
  AGENCY_SYSTEM: { directory: 'WITH_AGENCY', ownAgency: true, area: false },
  AREA_MANAGER: { directory: 'ANY', ownAgency: true, area: true },
  REGISTRY_OFFICER: { directory: 'WITH_AGENCY', ownAgency: false, area: false },
  AUDITOR: { directory: 'NONE', ownAgency: false, area: false },
};

/** Directory data of an agency in `jurisdiction` (null when the agency is unknown here). */
export function canReadDirectory(caller: Caller, jurisdiction: 'ID' | 'HK' | null): boolean {
  if (jurisdiction === null || jurisdiction !== caller.jurisdiction) return false;
  return caller.roles.some((role) => {
    const right = SCHEDULING_POLICY[role].directory;
    return right === 'ANY' || (right === 'WITH_AGENCY' && caller.agencyId !== null);
  });
}

/** Whether the caller acts for the appointment's agency, with a role that lets them use that. */
export function isAppointmentParty(caller: Caller, appointment: { agencyId: string }): boolean {
  return caller.agencyId !== null && caller.agencyId === appointment.agencyId && caller.roles.some((r) => SCHEDULING_POLICY[r].ownAgency);
}

export function canSeeAppointment(caller: Caller, appointment: { agencyId: string; familyRegion: string }): boolean {
  return (
    isAppointmentParty(caller, appointment) ||
    (caller.roles.some((r) => SCHEDULING_POLICY[r].area) && inArea(caller, appointment.familyRegion))
  );
}
