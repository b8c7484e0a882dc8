import type { DuplicateReason } from '../generated/graphql';

/** At or above this score a candidate is strong: registerFamily holds back unless told to proceed. */
export const STRONG_MATCH = 0.8;
/** Below this score a candidate is not worth a person's time and is not reported. */
export const REPORTED_MATCH = 0.5;
/** A name this similar (trigram similarity after spelling normalisation) counts as a reason. */
export const SIMILAR_NAME = 0.5;
/** Without an identical identifier a candidate never scores more than this: only a NIK or HKID is certain. */
const FUZZY_CEILING = 0.95;
const WEIGHTS = { name: 0.6, birthDate: 0.3, region: 0.1 } as const;

/** What was compared between a person being checked and a record in the registry. */
export interface MatchFacts {
  sameNik: boolean;
  sameHkid: boolean;
  /** Trigram similarity 0-1 of the spelling-normalised names. */
  nameSimilarity: number;
  sameBirthDate: boolean;
  sameRegion: boolean;
}

export interface MatchScore {
  /** 0-1, three decimals. */
  score: number;
  reasons: DuplicateReason[];
}

/**
 * The record-linkage score of a candidate. An identical NIK or HKID is the same person whatever else
 * differs (names are misspelt, birth dates corrected), so it scores 1 and overrides everything. Otherwise
 * the evidence adds up: name similarity (weight 0.6), the same date of birth (0.3), the same district
 * (0.1), capped at 0.95. A common name in the same district without the same birth date stays below
 * the strong threshold, which is what keeps namesakes apart: Indonesian names repeat a lot.
 */
export function scoreMatch(facts: MatchFacts): MatchScore {
  const reasons: DuplicateReason[] = [];
  if (facts.sameNik) reasons.push('SAME_NIK');
  if (facts.sameHkid) reasons.push('SAME_HKID');
  if (facts.nameSimilarity >= 1) reasons.push('SAME_NAME');
  else if (facts.nameSimilarity >= SIMILAR_NAME) reasons.push('SIMILAR_NAME');
  if (facts.sameBirthDate) reasons.push('SAME_BIRTH_DATE');
  if (facts.sameRegion) reasons.push('SAME_REGION');
  if (facts.sameNik || facts.sameHkid) return { score: 1, reasons };
  const fuzzy = WEIGHTS.name * clamp(facts.nameSimilarity) + (facts.sameBirthDate ? WEIGHTS.birthDate : 0) + (facts.sameRegion ? WEIGHTS.region : 0);
  return { score: Math.round(Math.min(FUZZY_CEILING, fuzzy) * 1000) / 1000, reasons };
}

/** Where a family lives, as record linkage compares it. */
export interface Place {
  regionCode: string | null;
  hkDistrict: string | null;
}

/**
 * The same district: in Indonesia the same kecamatan (the first 6 digits of the village code, which is
 * also where a NIK and a No. KK are issued); in Hong Kong the same district.
 */
export function sameRegion(a: Place, b: Place): boolean {
  if (a.regionCode && b.regionCode) return a.regionCode.slice(0, 6) === b.regionCode.slice(0, 6);
  return a.hkDistrict !== null && a.hkDistrict === b.hkDistrict;
}

function clamp(value: number): number {
  return Math.max(0, Math.min(1, value));
}
