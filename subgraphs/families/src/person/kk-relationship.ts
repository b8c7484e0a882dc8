import type { KkRelationship } from '../generated/graphql';

/** SHDK codes 1-11 of the family card (status hubungan dalam keluarga), in order. */
export const KK_RELATIONSHIPS: readonly KkRelationship[] = ['HEAD', 'HUSBAND', 'WIFE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'PARENT_IN_LAW', 'OTHER_RELATIVE', 'HOUSEHOLD_HELPER', 'OTHER'];

/** The SHDK code of a relationship: HEAD is 1 (kepala keluarga), OTHER 11 (lainnya). */
export function relationshipCode(relationship: KkRelationship): number {
  return KK_RELATIONSHIPS.indexOf(relationship) + 1;
}

/** The relationship of an SHDK code, or null for a code outside 1-11. */
export function relationshipOf(code: number | null): KkRelationship | null {
  return code !== null && code >= 1 && code <= KK_RELATIONSHIPS.length ? KK_RELATIONSHIPS[code - 1] : null;
}

/** SHDK 1: the head of the family (kepala keluarga); a card has exactly one. */
export const HEAD_CODE = 1;
