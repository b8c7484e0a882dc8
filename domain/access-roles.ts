import { areaCovers } from './area-coverage';

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

export function hasRole(caller: { roles: readonly AccessRole[] }, role: AccessRole): boolean {
  return caller.roles.includes(role);
}

/**
 * Whether a family's region (a region code or a Hong Kong place) lies in the caller's area, by the one
 * containment rule of area-coverage.ts; an empty entry matches nothing.
 */
export function inArea(caller: { area: readonly string[] }, familyRegion: string | null): boolean {
  return areaCovers(caller.area, familyRegion);
}
