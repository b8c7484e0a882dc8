import type { FamiliesRule } from '../families-error';
import type { RegisterFamilyInput } from '../generated/graphql';
import { parseKk } from '../identifiers';
import { HEAD_CODE } from '../person/kk-relationship';
import { checkAddress, ValidAddress } from './address-input';
import { checkText, cleanText } from './field-checks';
import { InputProblems } from '../../../kit';
import { CheckClock, checkMember, ValidMember } from './member-input';

/** A family card holds at most this many members in SatuPintu; a larger household is split. */
export const MAX_MEMBERS = 20;

/** A registration as it will be written. */
export interface ValidRegistration {
  jurisdiction: 'ID' | 'HK';
  kkNumber: string | null;
  /** The day the family card application was submitted: today, for a family registered as PENDING_AT_DUKCAPIL. */
  kkAppliedOn: string | null;
  /** The card's issue date read from the No. KK: the day the card and its memberships came into force. */
  kkIssuedOn: string | null;
  caseReference: string | null;
  address: ValidAddress;
  members: ValidMember[];
}

/**
 * Checks a whole registration and throws BAD_USER_INPUT listing every problem, before anything is
 * written. Indonesia: a valid No. KK and a NIK for every member (a family card lists each member's NIK),
 * unless the input says explicitly that the household has no card yet (documentStatus NO_KK or
 * PENDING_AT_DUKCAPIL: a desk registers people without documents so that they can be helped and
 * referred to Dispendukcapil) or that a member has no NIK yet (the member's documentStatus);
 * Hong Kong: no No. KK, HKIDs or none, no documentStatus. Exactly one HEAD (a card has one kepala
 * keluarga); no NIK or HKID twice.
 */
export function checkRegistration(input: RegisterFamilyInput, jurisdiction: 'ID' | 'HK', clock: CheckClock): ValidRegistration {
  const problems = new InputProblems();
  const kkText = cleanText(input.kkNumber);
  let kkNumber: string | null = null;
  let kkIssuedOn: string | null = null;
  let kkAppliedOn: string | null = null;
  const documentStatus = input.documentStatus ?? null;
  if (jurisdiction === 'ID' && (documentStatus === 'NO_KK' || documentStatus === 'PENDING_AT_DUKCAPIL')) {
    if (kkText !== null) problems.add('kkNumber', 'KK_WITH_DOCUMENT_STATUS', `must be left out for a family registered as ${documentStatus}; record it with recordIssuedDocuments once issued`);
    if (documentStatus === 'PENDING_AT_DUKCAPIL') kkAppliedOn = clock.today;
  } else if (jurisdiction === 'ID') {
    if (kkText === null)
      problems.add('kkNumber', 'KK_REQUIRED', 'is required for an Indonesian family (the 16-digit No. KK), unless documentStatus says it has none yet (NO_KK or PENDING_AT_DUKCAPIL)');
    else {
      const parsed = parseKk(kkText, clock.now);
      if (parsed.ok) {
        kkNumber = parsed.value.kkNumber;
        kkIssuedOn = parsed.value.issueDate;
      } else problems.identifier('kkNumber', parsed);
    }
  } else {
    if (kkText !== null) problems.add('kkNumber', 'KK_JURISDICTION', 'is for Indonesian families only; a Hong Kong family has a case reference');
    if (documentStatus !== null) problems.add('documentStatus', 'DOCUMENT_STATUS_JURISDICTION', 'is for Indonesian families only (the family card); a Hong Kong family has a case reference');
  }
  const caseReference = checkText(problems, 'caseReference', input.caseReference, 60, 'CASE_REFERENCE');
  const address = checkAddress(problems, 'address', input.address, jurisdiction);
  if (input.members.length < 1 || input.members.length > MAX_MEMBERS) {
    problems.add('members', 'MEMBERS_COUNT', `must list 1 to ${MAX_MEMBERS} members (got ${input.members.length})`);
  }
  const members = input.members.map((m, i) => checkMember(problems, `members[${i}]`, m, jurisdiction, clock));
  const heads = members.filter((m) => m.relationship === HEAD_CODE).length;
  if (input.members.length > 0 && heads !== 1) problems.add('members', 'HEAD_COUNT', `must have exactly one HEAD (kepala keluarga) (got ${heads})`);
  checkRepeats(problems, members, 'nik', 'NIK_REPEATED');
  checkRepeats(problems, members, 'hkid', 'HKID_REPEATED');
  problems.throwIfAny();
  return { jurisdiction, kkNumber, kkAppliedOn, kkIssuedOn, caseReference, address, members };
}

/** An identifier given for two members: the second and later ones are refused. */
function checkRepeats(problems: InputProblems, members: ValidMember[], key: 'nik' | 'hkid', rule: FamiliesRule): void {
  const first = new Map<string, number>();
  members.forEach((m, i) => {
    const value = m[key];
    if (value === null) return;
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, i);
    else problems.add(`members[${i}].${key}`, rule, `repeats the ${key} of members[${earlier}]; each person has their own`);
  });
}
