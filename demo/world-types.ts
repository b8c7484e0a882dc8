import type { JsonRow } from '../subgraphs/kit/entity-columns';
import type { FamilyEntity } from '../subgraphs/families/src/family/family.entity';
import type { MembershipEntity, PersonEntity } from '../subgraphs/families/src/person/person.entity';
import type { ReferralEntity, ReferralEventEntity } from '../subgraphs/referrals/src/referral/referral.entity';
import type { AppointmentEntity } from '../subgraphs/scheduling/src/appointment/appointment.entity';
import type { StaffEntity } from '../subgraphs/scheduling/src/staff/staff.entity';
import type { EpisodeEntity, EpisodeParticipantEntity } from '../subgraphs/services/src/episode/episode.entity';
import type { DemoAgency, DemoService, DemoSession } from './reference/agency-types';

/**
 * The demo world: one deterministic set of families, agencies, staff and their records, generated
 * from a fixed seed. Each subgraph's seeder writes its own part into its own database.
 * Ids are UUID strings. `familyRegion` on a record is the family's region code (Indonesia) or Hong Kong
 * district: each subgraph keeps it on its own records so that area rules need no other subgraph's tables.
 * A record that is a table's row takes its shape from that table's entity, with timestamps as ISO strings.
 */
export interface WorldAgency extends Omit<DemoAgency, 'services' | 'sessions' | 'staff'> {
  id: string;
  services: Array<DemoService & { id: string }>;
  sessions: Array<DemoSession & { id: string }>;
}

export interface WorldStaff extends StaffEntity {
  /** Ids of the agency sessions this person works. */
  rosterSessionIds: string[];
}

export interface WorldPerson extends Pick<PersonEntity, 'id' | 'nik' | 'hkid' | 'fullName'>, Pick<MembershipEntity, 'relationship'> {
  /** Every demo person's sex is known (the registry allows unknown for people registered without documents). */
  sex: NonNullable<PersonEntity['sex']>;
  birthDate: string;
  /** True for a desk's estimate of the birth date of a person met without documents; false when absent. */
  birthDateApproximate?: boolean;
}

export interface WorldFamily extends JsonRow<Omit<FamilyEntity, 'version' | 'kkAppliedOn'>> {
  kkNumber: string | null;
  kkIssuedOn: string | null;
  street: string;
  members: WorldPerson[];
}

export type EpisodeStatus = EpisodeEntity['status'];
export type WorldEpisodeParticipant = Omit<EpisodeParticipantEntity, 'episodeId'>;
/** An episode with its participants, each with their family and, for a child in a legal matter, their own role. */
export interface WorldEpisode extends Omit<EpisodeEntity, 'version' | 'unassignedChildRole'> {
  participants: WorldEpisodeParticipant[];
}

export type ReferralStatus = ReferralEntity['status'];
export type WorldReferralEvent = JsonRow<Omit<ReferralEventEntity, 'referralId'>>;
/** A referral; its version is its number of events, the version an update must carry. */
export interface WorldReferral extends JsonRow<Omit<ReferralEntity, 'needCategory' | 'idempotencyKey' | 'requestHash'>> {
  /** As the reference scenarios spell it; the database's check constraint holds it to the categories. */
  needCategory: string;
  events: WorldReferralEvent[];
}

export type WorldAppointment = JsonRow<
  Pick<AppointmentEntity, 'id' | 'kind' | 'staffId' | 'agencyId' | 'familyId' | 'familyRegion' | 'episodeId' | 'referralId' | 'place' | 'startsAt' | 'endsAt' | 'status'>
>;

export interface World {
  agencies: WorldAgency[];
  staff: WorldStaff[];
  families: WorldFamily[];
  episodes: WorldEpisode[];
  referrals: WorldReferral[];
  appointments: WorldAppointment[];
}
