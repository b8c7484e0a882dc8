import { AccessRole, Caller } from '../../kit';

/**
 * Who may see what in the family registry (DESIGN.md §3), one row per access role:
 * - registry: may read families and persons of their own jurisdiction;
 * - identityNumbers: sees HKIDs unmasked (others see them masked, e.g. A123***(*)).
 * A protected address (a family fleeing violence) is shown only to the protecting agency, whatever the role.
 */
export const REGISTRY_POLICY: Readonly<Record<AccessRole, { registry: boolean; identityNumbers: boolean }>> = {
  AGENCY_STAFF: { registry: true, identityNumbers: false },
  AGENCY_SYSTEM: { registry: true, identityNumbers: false },
  AREA_MANAGER: { registry: true, identityNumbers: false },
  REGISTRY_OFFICER: { registry: true, identityNumbers: true },
  AUDITOR: { registry: false, identityNumbers: false },
};

function grants(caller: Caller, right: 'registry' | 'identityNumbers'): boolean {
  return caller.roles.some((role) => REGISTRY_POLICY[role][right]);
}

/** Registry data: staff of registered agencies (or an agency system) in the record's jurisdiction. */
export function canReadRegistry(caller: Caller, jurisdiction: 'ID' | 'HK' | null): boolean {
  return caller.agencyId !== null && jurisdiction === caller.jurisdiction && grants(caller, 'registry');
}

export function canSeeIdentityNumbers(caller: Caller): boolean {
  return grants(caller, 'identityNumbers');
}

/** A protected address is withheld from everyone but the protecting agency. */
export function canSeeAddress(caller: Caller, family: { addressProtected: boolean; protectingAgencyId: string | null }): boolean {
  return !family.addressProtected || (family.protectingAgencyId !== null && family.protectingAgencyId === caller.agencyId);
}
