import type { SubgraphName } from '../../subgraphs/kit';

/**
 * The tables the benchmark fills with COPY, each with its database and the columns the generator
 * writes, in COPY order. This is the one place the loader names columns: a column a migration adds
 * later takes its default (or, when it has none and is NOT NULL, makes COPY fail with the column's
 * name, which is the cue to add it here). Columns left out on purpose take their defaults:
 * `created_at`, `updated_at` (appointment) and `version` (except referral, whose version counts its
 * events), `idempotency_key`/`request_hash`, `capacity`, `cancel_reason`, `override_reason`.
 * Agencies, services, calendars, sessions and the demo staff come from the demo seeders instead;
 * `seeded` marks the tables that already hold demo rows when the bulk rows are added.
 */
export const BULK_TABLES = {
  family: {
    database: 'families',
    columns: ['id', 'jurisdiction', 'case_reference', 'street', 'rt_rw', 'region_code', 'hk_district', 'address_protected', 'protecting_agency_id', 'created_at'],
  },
  family_card: { database: 'families', columns: ['id', 'family_id', 'kk_number', 'valid_from'] },
  person: { database: 'families', columns: ['id', 'nik', 'hkid', 'full_name', 'sex', 'birth_date'] },
  membership: { database: 'families', columns: ['id', 'person_id', 'family_id', 'relationship', 'valid_from'] },
  service_episode: {
    database: 'services',
    columns: ['id', 'family_id', 'family_region', 'participant_ids', 'service_id', 'agency_id', 'status', 'opened_on', 'closed_on', 'closure_reason', 'lead_worker_id', 'child_role', 'notes', 'referral_id'],
  },
  referral: {
    database: 'referrals',
    columns: [
      'id', 'family_id', 'family_region', 'subject_ids', 'from_agency_id', 'to_agency_id', 'requested_service_id', 'need_category', 'urgency', 'reason',
      'consent_given_by_id', 'consent_relationship', 'consent_given_at', 'consent_scope', 'no_consent_reason', 'status', 'respond_by', 'outcome',
      'decline_reason_code', 'created_at', 'updated_at', 'version',
    ],
  },
  referral_event: {
    database: 'referrals',
    columns: ['id', 'referral_id', 'at', 'action', 'from_status', 'to_status', 'actor_staff_id', 'actor_agency_id', 'note'],
  },
  staff: { database: 'scheduling', seeded: true, columns: ['id', 'agency_id', 'full_name', 'role', 'languages', 'active'] },
  staff_roster: { database: 'scheduling', seeded: true, columns: ['staff_id', 'session_id'] },
  appointment: {
    database: 'scheduling',
    columns: ['id', 'booking_id', 'kind', 'staff_id', 'agency_id', 'family_id', 'family_region', 'episode_id', 'referral_id', 'place', 'starts_at', 'ends_at', 'status'],
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
