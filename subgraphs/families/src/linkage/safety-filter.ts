/** A stored safety link: the protected person must never be linked to this person or family. */
export interface SafetyLink {
  protectedPersonId: string;
  restrictedPersonId: string | null;
  restrictedFamilyId: string | null;
}

/**
 * Drops candidates that would point a family containing an alleged perpetrator at the person they
 * threaten: a candidate is dropped when a link protects them against one of `restrictedPersons` (the
 * family's members, or the registry records its new members are identified with) or against one of
 * `restrictedFamilies`. A protected person is never suggested as a duplicate to a family in which the
 * alleged perpetrator is a member: the suggestion alone would tell the perpetrator where they are.
 */
export function withoutSafetyConflicts<C extends { personId: string }>(
  candidates: readonly C[],
  links: readonly SafetyLink[],
  restrictedPersons: ReadonlySet<string>,
  restrictedFamilies: ReadonlySet<string>,
): C[] {
  const barred = new Set(
    links
      .filter((l) => (l.restrictedPersonId !== null && restrictedPersons.has(l.restrictedPersonId)) || (l.restrictedFamilyId !== null && restrictedFamilies.has(l.restrictedFamilyId)))
      .map((l) => l.protectedPersonId),
  );
  return candidates.filter((c) => !barred.has(c.personId));
}
