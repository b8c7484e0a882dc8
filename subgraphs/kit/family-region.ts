/** What the families subgraph answers about a family when a referral, an episode or an appointment names it. */
export interface FamilyAnswer {
  id: string;
  jurisdiction: 'ID' | 'HK';
  kkNumber: string | null;
  /** Null when the address is protected from the caller (a family fleeing violence). */
  address: { regionCode: string | null; district: string | null } | null;
}

/**
 * The region kept with a record so that area rules (kit `inArea`) need no other subgraph's tables: the
 * 10-digit Kemendagri village code in Indonesia, the district in Hong Kong. When the address is
 * protected from the caller, the coarsest region that is not withheld stands in: the 6-digit district
 * code of first issue that every No. KK starts with (DESIGN.md §2), or the jurisdiction alone, which
 * no area matches, so that only the agencies party to the record see it.
 */
export function familyRegion(family: FamilyAnswer): string {
  const address = family.address;
  if (address?.regionCode) return address.regionCode;
  if (family.jurisdiction === 'HK' && address?.district) return address.district;
  if (family.jurisdiction === 'ID' && family.kkNumber && /^\d{16}$/.test(family.kkNumber)) return family.kkNumber.slice(0, 6);
  return family.jurisdiction;
}
