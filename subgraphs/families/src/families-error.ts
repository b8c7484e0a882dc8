import { DomainError, NotFoundError, RuleSpec, ruleError, staleVersion } from '../../kit';

/**
 * The registry rules a request can break, each with the code a caller sees: every `extensions.rule` the
 * families subgraph refuses with is listed here. Input rules name the field by its path when refused
 * (`members[2].relationship`), so their field is given with the refusal; the identifier parsers
 * (identifiers/) return their refusals as values, which the input checks add under the field's path.
 * Input problems are collected with the kit's InputProblems and refused together; conflicts are built
 * here and in registry-conflict.ts.
 */
export const FAMILIES_RULES = {
  /** Exactly one HEAD (kepala keluarga) per family card. */
  HEAD_COUNT: { code: 'BAD_USER_INPUT' },
  /** A No. KK is required for an Indonesian family; Hong Kong families have none. */
  KK_REQUIRED: { code: 'BAD_USER_INPUT' },
  /**
   * People without documents: a family or person is registered without a No. KK or NIK only when the
   * input says so (documentStatus NO_KK, NO_NIK or PENDING_AT_DUKCAPIL), and then gives none; such a
   * person needs a birth date (an estimate, flagged approximate, is enough); the sex may be unknown only
   * for them; an approximate birth date is for a person without an identity number. Document states are
   * Indonesian: Hong Kong refuses them.
   */
  KK_WITH_DOCUMENT_STATUS: { code: 'BAD_USER_INPUT' },
  NIK_WITH_DOCUMENT_STATUS: { code: 'BAD_USER_INPUT' },
  DOCUMENT_STATUS_JURISDICTION: { code: 'BAD_USER_INPUT' },
  BIRTH_DATE_REQUIRED: { code: 'BAD_USER_INPUT' },
  SEX_REQUIRED: { code: 'BAD_USER_INPUT' },
  BIRTH_DATE_APPROXIMATE_WITH_ID: { code: 'BAD_USER_INPUT' },
  /**
   * Documents issued by Dispendukcapil go on records without them: a first card for a family holding
   * none, dated as its number says; a NIK for a member holding none; each member and NIK once; and an
   * application needs something not yet issued.
   */
  KK_ALREADY_ISSUED: { code: 'BAD_USER_INPUT' },
  KK_ISSUED_ON_MISMATCH: { code: 'BAD_USER_INPUT' },
  NIK_ALREADY_ISSUED: { code: 'BAD_USER_INPUT' },
  PERSON_REPEATED: { code: 'BAD_USER_INPUT' },
  NIK_REPEATED: { code: 'BAD_USER_INPUT' },
  DOCUMENTS_ALREADY_ISSUED: { code: 'BAD_USER_INPUT' },
  KK_JURISDICTION: { code: 'BAD_USER_INPUT' },
  /** The new card number is the current one. */
  KK_UNCHANGED: { code: 'BAD_USER_INPUT' },
  /** A new card cannot come into force before the current one (or before a birth). */
  VALID_FROM_ORDER: { code: 'BAD_USER_INPUT' },
  VALID_FROM_BEFORE_BIRTH: { code: 'BAD_USER_INPUT' },
  /** NIK for Indonesia, HKID for Hong Kong, as the jurisdiction requires. */
  NIK_REQUIRED: { code: 'BAD_USER_INPUT' },
  NIK_JURISDICTION: { code: 'BAD_USER_INPUT' },
  HKID_JURISDICTION: { code: 'BAD_USER_INPUT' },
  /** Address parts of the jurisdiction: Kemendagri village code and RT/RW, or a Hong Kong district. */
  REGION_REQUIRED: { code: 'BAD_USER_INPUT' },
  REGION_JURISDICTION: { code: 'BAD_USER_INPUT' },
  REGION_CODE_FORMAT: { code: 'BAD_USER_INPUT' },
  RT_RW_FORMAT: { code: 'BAD_USER_INPUT' },
  RT_RW_JURISDICTION: { code: 'BAD_USER_INPUT' },
  HK_DISTRICT_REQUIRED: { code: 'BAD_USER_INPUT' },
  HK_DISTRICT_UNKNOWN: { code: 'BAD_USER_INPUT' },
  HK_DISTRICT_JURISDICTION: { code: 'BAD_USER_INPUT' },
  DISTRICT_FORMAT: { code: 'BAD_USER_INPUT' },
  REGION_FORMAT: { code: 'BAD_USER_INPUT' },
  /** A village code that is not in the Kemendagri list SatuPintu ships. */
  REGION_UNKNOWN: { code: 'BAD_USER_INPUT' },
  /** No member, or more than a family card holds. */
  MEMBERS_COUNT: { code: 'BAD_USER_INPUT' },
  /** Names, dates and ids of members. */
  NAME_EMPTY: { code: 'BAD_USER_INPUT' },
  NAME_LENGTH: { code: 'BAD_USER_INPUT' },
  DATE_FUTURE: { code: 'BAD_USER_INPUT' },
  BIRTH_DATE_RANGE: { code: 'BAD_USER_INPUT' },
  NAME_CHARACTERS: { code: 'BAD_USER_INPUT' },
  DECEASED_BEFORE_BIRTH: { code: 'BAD_USER_INPUT' },
  ID_FORMAT: { code: 'BAD_USER_INPUT' },
  NO_CHANGES: { code: 'BAD_USER_INPUT' },
  /** Moves and protections name current members and persons the caller may see. */
  NOT_A_MEMBER: { code: 'BAD_USER_INPUT' },
  PERSON_UNKNOWN: { code: 'BAD_USER_INPUT' },
  PERSON_DECEASED: { code: 'BAD_USER_INPUT' },
  SAME_FAMILY: { code: 'BAD_USER_INPUT' },
  /** A move dated before the person joined their current card. */
  MOVED_BEFORE_MEMBERSHIP: { code: 'BAD_USER_INPUT' },
  PERPETRATORS_WITHOUT_PROTECTION: { code: 'BAD_USER_INPUT' },
  PERPETRATOR_PROTECTED: { code: 'BAD_USER_INPUT' },
  /** Look-ups and access requests. */
  ONE_IDENTIFIER: { code: 'BAD_USER_INPUT' },
  ALREADY_VISIBLE: { code: 'BAD_USER_INPUT' },
  REASON_LENGTH: { code: 'BAD_USER_INPUT' },
  /** Free text of the registry: a reason that must be given, a street or case reference too long for its field. */
  REASON_EMPTY: { code: 'BAD_USER_INPUT' },
  STREET_LENGTH: { code: 'BAD_USER_INPUT' },
  CASE_REFERENCE_LENGTH: { code: 'BAD_USER_INPUT' },
  STREET_EMPTY: { code: 'BAD_USER_INPUT' },
  CASE_REFERENCE_EMPTY: { code: 'BAD_USER_INPUT' },
  /** One HKID given for two members. */
  HKID_REPEATED: { code: 'BAD_USER_INPUT' },
  UNKNOWN_AGENCY: { code: 'BAD_USER_INPUT' },
  PAGE_SIZE: { code: 'BAD_USER_INPUT' },
  CURSOR: { code: 'BAD_USER_INPUT' },
  /** An exact look-up of a family outside the caller's view: it is registered, and nothing more is said. */
  NEED_TO_KNOW: { code: 'FORBIDDEN' },
  /**
   * The identifier parsers' rules. NIK and No. KK share their Dukcapil layout: digits only, 16 of them,
   * a province and a regency code, a real date in digits 7-12 (a NIK adds 40 to a woman's day of birth),
   * a serial from 0001.
   */
  NIK_DIGITS: { code: 'BAD_USER_INPUT' },
  NIK_LENGTH: { code: 'BAD_USER_INPUT' },
  NIK_PROVINCE: { code: 'BAD_USER_INPUT' },
  NIK_REGENCY: { code: 'BAD_USER_INPUT' },
  NIK_DAY: { code: 'BAD_USER_INPUT' },
  NIK_MONTH: { code: 'BAD_USER_INPUT' },
  NIK_DATE: { code: 'BAD_USER_INPUT' },
  NIK_SERIAL: { code: 'BAD_USER_INPUT' },
  KK_DIGITS: { code: 'BAD_USER_INPUT' },
  KK_LENGTH: { code: 'BAD_USER_INPUT' },
  KK_PROVINCE: { code: 'BAD_USER_INPUT' },
  KK_REGENCY: { code: 'BAD_USER_INPUT' },
  KK_DAY: { code: 'BAD_USER_INPUT' },
  KK_MONTH: { code: 'BAD_USER_INPUT' },
  KK_DATE: { code: 'BAD_USER_INPUT' },
  KK_SERIAL: { code: 'BAD_USER_INPUT' },
  /** An HKID: one or two letters, six digits, a check character in brackets that matches. */
  HKID_FORMAT: { code: 'BAD_USER_INPUT' },
  HKID_PREFIX: { code: 'BAD_USER_INPUT' },
  HKID_DIGITS: { code: 'BAD_USER_INPUT' },
  HKID_BRACKETS: { code: 'BAD_USER_INPUT' },
  HKID_CHECK_CHAR: { code: 'BAD_USER_INPUT' },
  HKID_CHECK_DIGIT: { code: 'BAD_USER_INPUT' },
  /** The record changed since the caller read it (kit staleVersion). */
  STALE_VERSION: { code: 'CONFLICT' },
} as const satisfies Record<string, RuleSpec>;

export type FamiliesRule = keyof typeof FAMILIES_RULES;

/** The error for a broken rule: its code, its rule, the field it names (by its path) and any facts. */
export function familiesError(rule: FamiliesRule, message: string, facts: Record<string, unknown> = {}, field?: string): DomainError {
  return ruleError(FAMILIES_RULES, rule, message, facts, field);
}

/**
 * A stale expectedVersion: CONFLICT STALE_VERSION with the version now stored, or NOT_FOUND when the
 * record is gone. Optimistic concurrency: an update carries the version it read, so no change is lost unseen.
 */
export function versionConflict(kind: 'Family' | 'Person', id: string, expected: number, current: number | null): Error {
  if (current === null) return new NotFoundError(kind, id);
  return staleVersion(`${kind.toLowerCase()} ${id}`, expected, { version: current });
}
