import type { SubgraphName } from '../../subgraphs/kit';
import { columnNames } from '../../subgraphs/kit/entity-columns';
import { FamilyCardEntity, FamilyEntity } from '../../subgraphs/families/src/family/family.entity';
import { MembershipEntity, PersonEntity } from '../../subgraphs/families/src/person/person.entity';
import { REFERRAL_EVENT_PROPERTIES, REFERRAL_RECORD_PROPERTIES, ReferralEntity, ReferralEventEntity, ReferralSubjectEntity } from '../../subgraphs/referrals/src/referral/referral.entity';
import { AppointmentEntity } from '../../subgraphs/scheduling/src/appointment/appointment.entity';
import { StaffEntity, StaffRosterEntity } from '../../subgraphs/scheduling/src/staff/staff.entity';
import { EpisodeEntity, EpisodeParticipantEntity } from '../../subgraphs/services/src/episode/episode.entity';

/**
 * The tables the benchmark fills with COPY, each with its database and the columns the generator
 * writes, in COPY order, named by the properties of the table's entity (which maps each to its column).
 * A column a migration adds later takes its default (or, when it has none and is NOT NULL, makes COPY
 * fail with the column's name, which is the cue to add it here). Columns left out on purpose take their
 * defaults: `created_at`, `updated_at` (appointment) and `version` (except referral, whose version
 * counts its events), `idempotency_key`/`request_hash`, `capacity`, `cancel_reason`, `override_reason`.
 * Agencies, services, calendars, sessions and the demo staff come from the demo seeders instead;
 * `seeded` marks the tables that already hold demo rows when the bulk rows are added.
 */
export const BULK_TABLES = {
  family: {
    database: 'families',
    columns: columnNames(FamilyEntity, ['id', 'jurisdiction', 'caseReference', 'street', 'rtRw', 'regionCode', 'hkDistrict', 'addressProtected', 'protectingAgencyId', 'createdAt']),
  },
  family_card: { database: 'families', columns: columnNames(FamilyCardEntity, ['id', 'familyId', 'kkNumber', 'validFrom']) },
  person: { database: 'families', columns: columnNames(PersonEntity, ['id', 'nik', 'hkid', 'fullName', 'sex', 'birthDate']) },
  membership: { database: 'families', columns: columnNames(MembershipEntity, ['id', 'personId', 'familyId', 'relationship', 'validFrom']) },
  service_episode: {
    database: 'services',
    columns: columnNames(EpisodeEntity, [
      'id',
      'familyId',
      'familyRegion',
      'participantIds',
      'serviceId',
      'agencyId',
      'status',
      'openedOn',
      'closedOn',
      'closureReason',
      'leadWorkerId',
      'notes',
      'referralId',
      'referringAgencyId',
    ]),
  },
  episode_participant: { database: 'services', columns: columnNames(EpisodeParticipantEntity, ['episodeId', 'personId', 'familyId', 'childRole']) },
  referral: {
    database: 'referrals',
    columns: columnNames(ReferralEntity, REFERRAL_RECORD_PROPERTIES),
  },
  referral_event: {
    database: 'referrals',
    columns: columnNames(ReferralEventEntity, REFERRAL_EVENT_PROPERTIES),
  },
  referral_subject: { database: 'referrals', columns: columnNames(ReferralSubjectEntity, ['referralId', 'personId', 'childRole']) },
  staff: { database: 'scheduling', seeded: true, columns: columnNames(StaffEntity, ['id', 'agencyId', 'fullName', 'role', 'languages', 'active']) },
  staff_roster: { database: 'scheduling', seeded: true, columns: columnNames(StaffRosterEntity, ['staffId', 'sessionId']) },
  appointment: {
    database: 'scheduling',
    columns: columnNames(AppointmentEntity, ['id', 'bookingId', 'kind', 'staffId', 'agencyId', 'familyId', 'familyRegion', 'episodeId', 'referralId', 'place', 'startsAt', 'endsAt', 'status']),
  },
} as const satisfies Record<string, { database: SubgraphName; columns: readonly string[]; seeded?: true }>;

export type BulkTable = keyof typeof BULK_TABLES;

/** One cell of a COPY row: text, a number, a boolean, an array (text[] or uuid[]) or NULL. */
export type Cell = string | number | boolean | readonly string[] | null;

/** A row of one bulk table: every listed column, nothing else (checked at compile time). */
export type BulkRow<T extends BulkTable> = { [C in (typeof BULK_TABLES)[T]['columns'][number]]: Cell };

export const BULK_TABLE_NAMES = Object.keys(BULK_TABLES) as BulkTable[];

/** The bulk tables of one database, in load order (parents first). */
export function bulkTablesOf(database: SubgraphName): BulkTable[] {
  return BULK_TABLE_NAMES.filter((t) => BULK_TABLES[t].database === database);
}
