import { Caller } from '../../../kit';
import { isProtectingAgency, reachOf } from '../access-policy';

/**
 * How much of a family's registry record a caller sees:
 * - FULL: the record (members, identifiers, and the address unless it is protected from them);
 * - IDENTITY: the identity fields only (names, NIK, No. KK, birth dates, relationships), for civil
 *   registry work across the jurisdiction; no address, and no place to search by;
 * - NONE: nothing; the family answers as if it did not exist.
 */
export type RegistryView = 'FULL' | 'IDENTITY' | 'NONE';

/** What the view of a family depends on. */
export interface FamilyScopeFacts {
  jurisdiction: 'ID' | 'HK';
  regionCode: string | null;
  hkDistrict: string | null;
  addressProtected: boolean;
  protectingAgencyId: string | null;
  /** Whether the caller's agency works with the family (registered it, or holds an episode, referral, appointment or granted access). */
  worksWith: boolean;
}

/** Whether a family's place lies in one of the caller's regions (region-code prefixes, or Hong Kong districts). */
export function inRegions(regions: readonly string[], family: { regionCode: string | null; hkDistrict: string | null }): boolean {
  return regions.some((r) => r !== '' && ((family.regionCode !== null && family.regionCode.startsWith(r)) || family.hkDistrict === r));
}

/**
 * The caller's view of one family. An agency sees the families it works with and, unless their address
 * is protected, those of its service area; a manager those of their area; a protected family is never
 * in anyone's reach by place, since its place is withheld from all but the protecting agency.
 */
export function registryView(caller: Caller, family: FamilyScopeFacts): RegistryView {
  const reach = reachOf(caller);
  if (!reach.registry || caller.jurisdiction !== family.jurisdiction) return 'NONE';
  if (isProtectingAgency(caller, family) || (caller.agencyId !== null && family.worksWith)) return 'FULL';
  if (!family.addressProtected && inRegions(reach.regions, family)) return 'FULL';
  return reach.identityWide ? 'IDENTITY' : 'NONE';
}

/** Whether the caller may see where the family lives: a full view, and not protected from them. */
export function canSeePlace(caller: Caller, family: FamilyScopeFacts): boolean {
  return registryView(caller, family) === 'FULL' && (!family.addressProtected || isProtectingAgency(caller, family));
}
