import type { DemoAgency, DemoService, DemoSession, StaffRole } from './reference/agency-types';

/**
 * The demo world: one deterministic set of families, agencies, staff and their records, generated
 * from a fixed seed. Each subgraph's seeder writes its own part into its own database.
 * Ids are UUID strings. `familyRegion` on a record is the family's region code (Indonesia) or Hong Kong
 * district: each subgraph keeps it on its own records so that area rules need no other subgraph's tables.
 */
export interface WorldAgency extends Omit<DemoAgency, 'services' | 'sessions' | 'staff'> {
  id: string;
  services: Array<DemoService & { id: string }>;
  sessions: Array<DemoSession & { id: string }>;
}

export interface WorldStaff {
  id: string;
  agencyId: string;
  fullName: string;
  role: StaffRole;
  languages: string[];
  active: boolean;
  /** Ids of the agency sessions this person works. */
  rosterSessionIds: string[];
}

export interface WorldPerson {
  id: string;
  nik: string | null;
  hkid: string | null;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  /** SHDK code 1-11. */
  relationship: number;
}

export interface WorldFamily {
  id: string;
  jurisdiction: 'ID' | 'HK';
  kkNumber: string | null;
  kkIssuedOn: string | null;
  caseReference: string | null;
  street: string;
  rtRw: string | null;
  /** 10-digit village code in Indonesia, null in Hong Kong. */
  regionCode: string | null;
  hkDistrict: string | null;
  addressProtected: boolean;
  protectingAgencyId: string | null;
  createdAt: string;
  members: WorldPerson[];
}

export type EpisodeStatus = 'OPEN' | 'ACTIVE' | 'ON_HOLD' | 'CLOSED';
export interface WorldEpisode {
  id: string;
  familyId: string;
  familyRegion: string;
  participantIds: string[];
  serviceId: string;
  agencyId: string;
  status: EpisodeStatus;
  openedOn: string;
  closedOn: string | null;
  closureReason: string | null;
  leadWorkerId: string | null;
  childRole: 'VICTIM' | 'PERPETRATOR' | 'WITNESS' | null;
  notes: string | null;
  referralId: string | null;
}

export type ReferralStatus = 'SUBMITTED' | 'ACCEPTED' | 'DECLINED' | 'IN_PROGRESS' | 'COMPLETED' | 'WITHDRAWN';
export interface WorldReferralEvent {
  id: string;
  at: string;
  action: 'CREATE' | 'ACCEPT' | 'DECLINE' | 'START' | 'COMPLETE' | 'WITHDRAW';
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorStaffId: string | null;
  actorAgencyId: string;
  note: string | null;
}
export interface WorldReferral {
  id: string;
  familyId: string;
  familyRegion: string;
  subjectIds: string[];
  fromAgencyId: string;
  toAgencyId: string;
  requestedServiceId: string | null;
  needCategory: string;
  urgency: 'ROUTINE' | 'URGENT' | 'EMERGENCY';
  reason: string;
  consentGivenById: string | null;
  consentRelationship: string | null;
  consentGivenAt: string | null;
  consentScope: string | null;
  noConsentReason: string | null;
  status: ReferralStatus;
  respondBy: string;
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
  /** Number of events; the version an update must carry. */
  version: number;
  events: WorldReferralEvent[];
}

export interface WorldAppointment {
  id: string;
  kind: 'HOME_VISIT' | 'INDIVIDUAL_SESSION' | 'GROUP_SESSION' | 'CONSULTATION' | 'ESCORT' | 'CASE_CONFERENCE' | 'EDUCATION_PROGRAMME';
  staffId: string;
  agencyId: string;
  familyId: string;
  familyRegion: string;
  episodeId: string | null;
  referralId: string | null;
  place: 'HOME' | 'CENTRE' | 'SCHOOL' | 'HOSPITAL' | 'COURT' | 'OTHER';
  startsAt: string;
  endsAt: string;
  status: 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'NO_SHOW';
}

export interface World {
  agencies: WorldAgency[];
  staff: WorldStaff[];
  families: WorldFamily[];
  episodes: WorldEpisode[];
  referrals: WorldReferral[];
  appointments: WorldAppointment[];
}
