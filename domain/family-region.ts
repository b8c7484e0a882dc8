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
 * 10-digit Kemendagri village code in Indonesia, the district in Hong Kong. Without an address, the
 * 6-digit district code of first issue that every No. KK starts with stands in. When the family's place
 * is withheld from the caller (a protected family: its address and the region digits of its numbers),
 * the jurisdiction alone stands in, which no area matches, so that only the agencies party to the
 * record see it and nobody can find the family's place through the record.
 */
export function familyRegion(family: FamilyAnswer): string {
  const address = family.address;
  if (address?.regionCode) return address.regionCode;
  if (family.jurisdiction === 'HK' && address?.district) return address.district;
  if (family.jurisdiction === 'ID' && family.kkNumber && /^\d{16}$/.test(family.kkNumber)) return family.kkNumber.slice(0, 6);
  return family.jurisdiction;
}
