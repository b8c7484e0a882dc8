import { Caller } from '../../kit';
import { AccessRole } from '../../../domain/access-roles';
import { placesCovered } from '../../../domain/area-coverage';

/**
 * Where a role's reach in the registry extends besides the families the caller's agency works with:
 * the agency's service area, the manager's area, the identity fields of the whole jurisdiction, or nothing.
 */
export type RegistryReach = 'SERVICE_AREA' | 'AREA' | 'JURISDICTION_IDENTITY' | null;

/** What one access role grants in the family registry. */
export interface RegistryRights {
  /** May read families and persons within their reach and the families their agency works with. */
  registry: boolean;
  /** Sees HKIDs unmasked (others see them masked, e.g. A123***(*)). */
  identityNumbers: boolean;
  /** May register families, and change those they may fully see. */
  write: boolean;
  reach: RegistryReach;
}

/**
 * Who may see and change what in the family registry, one row per access role; the registry is need to
 * know. Agency staff and agency systems see and change the families of their agency's service area and
 * the families their agency works with (registered, or holds a service episode, a referral, an
 * appointment or granted access with). A cross-agency manager reads the families of their area. A
 * REGISTRY_OFFICER reads the identity fields of every family of the jurisdiction, for civil registry
 * work; one who also registers families holds AGENCY_STAFF as well. An auditor reads the audit trail
 * only. A protected family (fleeing violence) is in nobody's reach by place: it is seen by the agencies
 * that work with it, its address and the region digits of its numbers only by the protecting agency,
 * which alone may change its record.
 */
export const REGISTRY_POLICY: Readonly<Record<AccessRole, RegistryRights>> = {
  AGENCY_STAFF: { registry: true, identityNumbers: false, write: true, reach: 'SERVICE_AREA' },
  AGENCY_SYSTEM: { registry: true, identityNumbers: false, write: true, reach: 'SERVICE_AREA' },
  AREA_MANAGER: { registry: true, identityNumbers: false, write: false, reach: 'AREA' },
  REGISTRY_OFFICER: { registry: true, identityNumbers: true, write: false, reach: 'JURISDICTION_IDENTITY' },
  AUDITOR: { registry: false, identityNumbers: false, write: false, reach: null },
  CALENDAR_MANAGER: { registry: false, identityNumbers: false, write: false, reach: null },
};

function grants(caller: Caller, right: keyof RegistryRights): boolean {
  return caller.roles.some((role) => REGISTRY_POLICY[role][right]);
}

/**
 * The caller's reach: whether they read the registry at all, the regions it covers (with every Hong Kong
 * place wholly inside them, by the one containment rule of domain/area-coverage.ts, so that the SQL and
 * the row checks agree), and identity-wide reads.
 */
export function reachOf(caller: Caller): { registry: boolean; regions: string[]; identityWide: boolean } {
  const registry = caller.agencyId !== null && grants(caller, 'registry');
  const reaches = new Set(caller.roles.map((role) => REGISTRY_POLICY[role].reach));
  const regions = placesCovered([...(reaches.has('SERVICE_AREA') ? caller.serviceArea : []), ...(reaches.has('AREA') ? caller.area : [])]);
  return { registry, regions, identityWide: reaches.has('JURISDICTION_IDENTITY') };
}

/** Registry data of a jurisdiction at all (the view of each family is registry-view.ts). */
export function canReadRegistry(caller: Caller, jurisdiction: 'ID' | 'HK' | null): boolean {
  return caller.agencyId !== null && jurisdiction === caller.jurisdiction && grants(caller, 'registry');
}

/** Registry writes: staff or the system of an agency, in the record's jurisdiction (and within its view, family.access.ts). */
export function canWriteRegistry(caller: Caller, jurisdiction: 'ID' | 'HK' | null): boolean {
  return caller.agencyId !== null && jurisdiction === caller.jurisdiction && grants(caller, 'write');
}

export function canSeeIdentityNumbers(caller: Caller): boolean {
  return grants(caller, 'identityNumbers');
}

/** Whether the caller acts for the agency protecting the family (uuids compare case-insensitively). */
export function isProtectingAgency(caller: Caller, family: { protectingAgencyId: string | null }): boolean {
  return family.protectingAgencyId !== null && caller.agencyId !== null && family.protectingAgencyId.toLowerCase() === caller.agencyId.toLowerCase();
}
