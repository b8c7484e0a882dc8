import { AccessRole, Caller } from '../../kit';

/** What one access role grants in the family registry. */
export interface RegistryRights {
  /** May read families and persons of their own jurisdiction. */
  registry: boolean;
  /** Sees HKIDs unmasked (others see them masked, e.g. A123***(*)). */
  identityNumbers: boolean;
  /** May register and change families and persons of their own jurisdiction. */
  write: boolean;
}

/**
 * Who may see and change what in the family registry (DESIGN.md §3), one row per access role. Agency
 * staff and agency systems keep the registry; a cross-agency manager and an auditor only read (the
 * auditor not even that: it reads the audit trail). A REGISTRY_OFFICER's grant is about identity
 * numbers; a civil registry officer who also registers families holds AGENCY_STAFF as well.
 * A protected address (a family fleeing violence) is shown only to the protecting agency, whatever the role.
 */
export const REGISTRY_POLICY: Readonly<Record<AccessRole, RegistryRights>> = {
  AGENCY_STAFF: { registry: true, identityNumbers: false, write: true },
  AGENCY_SYSTEM: { registry: true, identityNumbers: false, write: true },
  AREA_MANAGER: { registry: true, identityNumbers: false, write: false },
  REGISTRY_OFFICER: { registry: true, identityNumbers: true, write: false },
  AUDITOR: { registry: false, identityNumbers: false, write: false },
  CALENDAR_MANAGER: { registry: false, identityNumbers: false, write: false },
};

function grants(caller: Caller, right: keyof RegistryRights): boolean {
  return caller.roles.some((role) => REGISTRY_POLICY[role][right]);
}

/** Registry data: staff of registered agencies (or an agency system) in the record's jurisdiction. */
export function canReadRegistry(caller: Caller, jurisdiction: 'ID' | 'HK' | null): boolean {
  return caller.agencyId !== null && jurisdiction === caller.jurisdiction && grants(caller, 'registry');
}

/** Registry writes: staff or the system of an agency, in the record's jurisdiction. */
export function canWriteRegistry(caller: Caller, jurisdiction: 'ID' | 'HK' | null): boolean {
  return caller.agencyId !== null && jurisdiction === caller.jurisdiction && grants(caller, 'write');
}

export function canSeeIdentityNumbers(caller: Caller): boolean {
  return grants(caller, 'identityNumbers');
}

/** A protected address is withheld from everyone but the protecting agency. */
export function canSeeAddress(caller: Caller, family: { addressProtected: boolean; protectingAgencyId: string | null }): boolean {
  return !family.addressProtected || isProtectingAgency(caller, family);
}

/** Whether the caller acts for the agency protecting the family (uuids compare case-insensitively). */
export function isProtectingAgency(caller: Caller, family: { protectingAgencyId: string | null }): boolean {
  return family.protectingAgencyId !== null && caller.agencyId !== null && family.protectingAgencyId.toLowerCase() === caller.agencyId.toLowerCase();
}
