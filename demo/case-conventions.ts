import type { ReferralStatus, WorldAppointment, WorldReferral, WorldReferralEvent } from './world-types';

/**
 * How the generated worlds (the demo's and the benchmark's) turn a service and a referral's path into
 * records, so that both read alike to the people who look at them.
 */

/** The history action that moves a referral into each status. */
export const ACTION_OF: Record<ReferralStatus, WorldReferralEvent['action']> = {
  SUBMITTED: 'CREATE',
  ACCEPTED: 'ACCEPT',
  DECLINED: 'DECLINE',
  IN_PROGRESS: 'START',
  COMPLETED: 'COMPLETE',
  WITHDRAWN: 'WITHDRAW',
};

/** The paths referrals take through their workflow, with their shares (about 2.4 events a referral). */
export const REFERRAL_FLOWS: ReadonlyArray<readonly [ReferralStatus[], number]> = [
  [['SUBMITTED'], 0.2],
  [['SUBMITTED', 'ACCEPTED'], 0.18],
  [['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], 0.3],
  [['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED'], 0.15],
  [['SUBMITTED', 'DECLINED'], 0.09],
  [['SUBMITTED', 'WITHDRAWN'], 0.08],
];

/** How long the receiving agency has to answer, in hours, by urgency. */
export const RESPONSE_HOURS: Record<WorldReferral['urgency'], number> = { EMERGENCY: 24, URGENT: 72, ROUTINE: 336 };

/**
 * When the receiving agency must begin work on a referral it accepted: the acceptance plus the urgency's
 * response time in clock hours (the receiving agency's calendar is not consulted for generated data);
 * null until accepted.
 */
export function startByOf(urgency: WorldReferral['urgency'], events: ReadonlyArray<Pick<WorldReferralEvent, 'action' | 'at'>>): string | null {
  const accepted = events.find((e) => e.action === 'ACCEPT');
  return accepted ? new Date(Date.parse(accepted.at) + RESPONSE_HOURS[urgency] * 3_600_000).toISOString() : null;
}

/**
 * What a generated referral's history decides about the referral itself: when it must be started by,
 * its times and its version (one per event), with consent never withdrawn.
 */
export function referralFromHistory(urgency: WorldReferral['urgency'], createdAt: Date, events: WorldReferralEvent[]) {
  return {
    startBy: startByOf(urgency, events),
    consentWithdrawnAt: null,
    consentWithdrawnById: null,
    createdAt: createdAt.toISOString(),
    updatedAt: events[events.length - 1].at,
    version: events.length,
    events,
  };
}

/** The note an agency writes with a step of a referral's history; most steps carry none. */
export function referralEventNote(status: ReferralStatus, step: number): string | null {
  if (status === 'DECLINED') return 'Outside our service area; please refer to the agency of the family’s district.';
  if (status === 'WITHDRAWN') return 'The family’s situation was resolved before intake.';
  return step === 0 ? 'Family informed and agreed to the referral.' : null;
}

/** The appointment kind a service category books; any other category books individual sessions. */
const KIND_OF_CATEGORY: Record<string, WorldAppointment['kind']> = {
  HOME_VISIT: 'HOME_VISIT',
  GROUP_SESSION: 'GROUP_SESSION',
  INDIVIDUAL_SESSION: 'INDIVIDUAL_SESSION',
  ESCORT: 'ESCORT',
  FAMILY_EDUCATION: 'EDUCATION_PROGRAMME',
  COMMUNITY_EDUCATION: 'EDUCATION_PROGRAMME',
  CONSULTATION: 'CONSULTATION',
  CASE_MANAGEMENT: 'CASE_CONFERENCE',
};

export function appointmentKindOf(serviceCategory: string): WorldAppointment['kind'] {
  return KIND_OF_CATEGORY[serviceCategory] ?? 'INDIVIDUAL_SESSION';
}

/** The places the generated families live in: four Indonesian cities (by regency code) and Hong Kong. */
export type City = '3273' | '3674' | '3509' | '5271' | 'HK';

/** The referral the source documents describe for each place: what is needed, how urgently, and why. */
export interface PlaceReferral {
  need: string;
  urgency: ReadonlyArray<readonly [WorldReferral['urgency'], number]>;
  reason: string;
  /** The receiving service's category, which the episode opened from the referral delivers. */
  serviceCategory: string;
  /** Whether the referral is about a child of the family rather than the family as a whole. */
  childSubject: boolean;
}

export const PLACE_REFERRALS: Record<City, PlaceReferral> = {
  '3509': {
    need: 'CIVIL_DOCUMENTS',
    urgency: [['ROUTINE', 1]],
    reason: 'The family has no family card (KK); the children cannot be enrolled for school or social assistance.',
    serviceCategory: 'CIVIL_REGISTRATION',
    childSubject: false,
  },
  '3674': {
    need: 'DOMESTIC_VIOLENCE',
    urgency: [
      ['URGENT', 0.6],
      ['EMERGENCY', 0.25],
      ['ROUTINE', 0.15],
    ],
    reason: 'The mother reported repeated violence at home during counselling; she and the children need protection and legal aid.',
    serviceCategory: 'CASE_MANAGEMENT',
    childSubject: false,
  },
  '3273': {
    need: 'CHILD_PROTECTION',
    urgency: [
      ['URGENT', 0.5],
      ['ROUTINE', 0.5],
    ],
    reason: 'During a parenting consultation the counsellor saw signs of neglect of a young child.',
    serviceCategory: 'COUNSELLING',
    childSubject: true,
  },
  '5271': {
    need: 'CHILD_IN_LEGAL_CASE',
    urgency: [
      ['URGENT', 0.7],
      ['ROUTINE', 0.3],
    ],
    reason: 'A child involved in a case before the police needs outpatient rehabilitation and accompaniment.',
    serviceCategory: 'REHABILITATION',
    childSubject: true,
  },
  HK: {
    need: 'CHILD_PROTECTION',
    urgency: [
      ['URGENT', 0.5],
      ['ROUTINE', 0.35],
      ['EMERGENCY', 0.15],
    ],
    reason: 'Family with child discipline problems after a child protection investigation; needs home-visit support and parenting training.',
    serviceCategory: 'HOME_VISIT',
    childSubject: true,
  },
};
