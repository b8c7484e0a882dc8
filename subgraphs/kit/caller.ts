/**
 * Access roles a caller can hold (the token's `roles` claim). They are about access, not profession:
 * a social worker and a psychologist of one agency are both AGENCY_STAFF.
 */
export type AccessRole =
  /** Works for one agency; sees the registry of the jurisdiction and the records their agency is party to. */
  | 'AGENCY_STAFF'
  /** A cross-agency manager: sees every agency's records for families in their area, sensitive fields redacted. */
  | 'AREA_MANAGER'
  /** Reads the audit trail; sees no case records. */
  | 'AUDITOR'
  /** An agency's own system (machine client), acting for that agency. */
  | 'AGENCY_SYSTEM'
  /** May see identity numbers unmasked (civil registry work). */
  | 'REGISTRY_OFFICER'
  /** Keeps the jurisdiction's public holiday calendar; sees no family's records. */
  | 'CALENDAR_MANAGER';

export const ACCESS_ROLES: readonly AccessRole[] = ['AGENCY_STAFF', 'AREA_MANAGER', 'AUDITOR', 'AGENCY_SYSTEM', 'REGISTRY_OFFICER', 'CALENDAR_MANAGER'];

/** Who is asking, as the gateway verified it and passed it to each subgraph. */
export interface Caller {
  /** The token subject: a staff id, or a client id for an agency system. */
  subject: string;
  /** The staff member, when a person is calling. */
  staffId: string | null;
  /** The agency the caller acts for. */
  agencyId: string | null;
  roles: AccessRole[];
  jurisdiction: 'ID' | 'HK';
  /** Region code prefixes (Indonesia) or Hong Kong districts a manager covers. */
  area: string[];
  /**
   * The region code prefixes or Hong Kong districts the caller's agency serves (its `areaServed`), as
   * the gateway looked them up: the registry shows an agency the families of its service area.
   */
  serviceArea: string[];
}

export function hasRole(caller: Caller, role: AccessRole): boolean {
  return caller.roles.includes(role);
}

/** Whether a family's region (a region code or HK district) lies in the caller's area; an empty prefix matches nothing. */
export function inArea(caller: Caller, familyRegion: string | null): boolean {
  if (!familyRegion) return false;
  return caller.area.some((prefix) => prefix !== '' && familyRegion.startsWith(prefix));
}
