import { Caller, fetchEntities, ForbiddenError } from '../../../kit';
import type { NewReferral, SubjectAge } from './create-referral-input';
import { invalid } from '../../../kit';
import { FamilyAnswer, familyRegion } from '../../../../domain/family-region';
import { areaCovers } from '../../../../domain/area-coverage';

interface PersonAnswer {
  id: string;
  isChild: boolean;
  family: { id: string } | null;
}

interface AgencyAnswer {
  id: string;
  jurisdiction: 'ID' | 'HK';
  areaServed: string[];
  referralAreaPolicy: 'WARN' | 'REFUSE';
}

/** Something the sender should know about a referral that was made all the same. */
export interface ReferralWarning {
  rule: 'OUTSIDE_SERVICE_AREA';
  message: string;
}

interface ServiceAnswer {
  id: string;
  agency: { id: string };
  requiresChildRole: boolean;
}

/** What the owning subgraphs confirmed about a new referral's references. */
export interface CheckedReferences {
  familyRegion: string;
  /** Each subject, and whether the registry says they are under 18. */
  subjects: SubjectAge[];
  /** Whether the requested service records each child's role. */
  serviceRequiresChildRole: boolean;
  /** What the sender should know (the receiver does not serve the family's place, and only warns). */
  warnings: ReferralWarning[];
}

/**
 * Checks that the family, the persons, the agencies and the requested service of a new referral are
 * real, by asking the subgraph that owns each (families, services) through its `_entities` as the same
 * caller (kit `fetchEntities`): no subgraph reads another's tables, and an id the caller may not see is
 * as unknown as one that does not exist. The four questions go out at once; nothing is written yet.
 */
export async function checkReferralReferences(referral: NewReferral, caller: Caller): Promise<CheckedReferences> {
  const personIds = [...new Set([...referral.subjectIds, ...(referral.consent ? [referral.consent.givenById] : [])])];
  const [[family], persons, agencies, services] = await Promise.all([
    fetchEntities<FamilyAnswer>('families', 'Family', [referral.familyId], 'id jurisdiction kkNumber address { regionCode district }', caller),
    fetchEntities<PersonAnswer>('families', 'Person', personIds, 'id isChild family { id }', caller),
    fetchEntities<AgencyAnswer>('services', 'Agency', [referral.toAgencyId, referral.fromAgencyId], 'id jurisdiction areaServed referralAreaPolicy', caller),
    referral.requestedServiceId ? fetchEntities<ServiceAnswer>('services', 'Service', [referral.requestedServiceId], 'id agency { id } requiresChildRole', caller) : [],
  ]);
  if (!family) throw invalid('familyId', 'UNKNOWN_FAMILY', `${referral.familyId} is not a family the caller can refer`);
  const personById = new Map(personIds.map((id, i) => [id, persons[i]]));
  const subjects = referral.subjects.map((subject) => {
    const person = personById.get(subject.personId);
    if (!person) throw invalid(subject.field, 'UNKNOWN_PERSON', `${subject.personId} is not a person the caller can refer`);
    if (person.family?.id !== referral.familyId) throw invalid(subject.field, 'NOT_A_FAMILY_MEMBER', `${subject.personId} is not a member of family ${referral.familyId}`);
    return person;
  });
  if (referral.consent) {
    if (!personById.get(referral.consent.givenById)) {
      throw invalid('consent.givenById', 'UNKNOWN_PERSON', `${referral.consent.givenById} is not a person the caller can name`);
    }
    // The consent rule: the person themselves, or a parent or guardian for a child.
    if (referral.consent.relationship !== 'SELF' && !subjects.some((s) => s.isChild)) {
      throw invalid('consent.relationship', 'CONSENT_FOR_ADULT', 'a parent or guardian consents only for a child subject; an adult consents as SELF');
    }
  }
  const [toAgency, fromAgency] = agencies;
  if (!fromAgency) throw new ForbiddenError("the caller's agency is not in the agency directory, so it cannot send referrals");
  if (!toAgency) throw invalid('toAgencyId', 'UNKNOWN_AGENCY', `${referral.toAgencyId} is not an agency in the directory`);
  if (toAgency.jurisdiction !== family.jurisdiction) {
    throw invalid('toAgencyId', 'JURISDICTION_MISMATCH', `the agency serves ${toAgency.jurisdiction}, the family is in ${family.jurisdiction}`);
  }
  const warnings = serviceAreaWarnings(toAgency, family);
  if (referral.requestedServiceId) {
    const [service] = services;
    if (!service) throw invalid('requestedServiceId', 'UNKNOWN_SERVICE', `${referral.requestedServiceId} is not a service in the directory`);
    if (service.agency.id.toLowerCase() !== referral.toAgencyId) {
      throw invalid('requestedServiceId', 'NOT_OFFERED_BY_RECEIVER', `${referral.requestedServiceId} is not a service of the receiving agency`);
    }
  }
  return {
    familyRegion: familyRegion(family),
    subjects: referral.subjects.map((subject, i) => ({ subject, isChild: subjects[i].isChild === true })),
    serviceRequiresChildRole: services[0]?.requiresChildRole === true,
    warnings,
  };
}

/**
 * The family's place as the registry showed it to the sender: the village code in Indonesia, the
 * district or service area in Hong Kong; null when the address is unknown or withheld from the sender
 * (a protected family), so that nothing is said about a place nobody may see.
 */
function familyPlace(family: FamilyAnswer): string | null {
  return (family.jurisdiction === 'ID' ? family.address?.regionCode : family.address?.district) ?? null;
}

/**
 * Whether the receiving agency serves the family's place, by the containment rule of areas
 * (domain/area-coverage.ts): a team serving Sai Kung serves a family in Tseung Kwan O, one serving
 * Kwun Tong does not. An agency listing no area, or a family whose place the sender may not see, is
 * not checked. The agency's referralAreaPolicy decides: REFUSE refuses the referral, WARN lets it be
 * made with a warning. The message never names the family's place.
 */
function serviceAreaWarnings(toAgency: AgencyAnswer, family: FamilyAnswer): ReferralWarning[] {
  const place = familyPlace(family);
  if (place === null || toAgency.areaServed.length === 0 || areaCovers(toAgency.areaServed, place)) return [];
  const message = "the receiving agency's service area does not cover the district the family lives in";
  if (toAgency.referralAreaPolicy === 'REFUSE') throw invalid('toAgencyId', 'OUTSIDE_SERVICE_AREA', `${message}, and it takes no referrals from outside its area`);
  return [{ rule: 'OUTSIDE_SERVICE_AREA', message: `${message}; it may decline the referral` }];
}
