import { Sql } from '../../kit';
import type { World, WorldReferral } from '../../../demo/world-types';

/** Rows per statement: keeps each JSON parameter and each statement well inside PostgreSQL's limits. */
const CHUNK = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * Writes the demo world's referrals and their histories, a chunk of rows per statement: the world's
 * camelCase objects go in as one JSON parameter and `jsonb_to_recordset` names the columns, so there is
 * no per-row round trip. `ON CONFLICT DO NOTHING` lets a seed interrupted half-way be run again.
 */
export async function seedReferrals(sql: Sql, world: World): Promise<void> {
  for (const chunk of chunks(world.referrals)) {
    await sql.query(
      `INSERT INTO referral (id, family_id, family_region, subject_ids, from_agency_id, to_agency_id, requested_service_id,
                             need_category, urgency, reason, consent_given_by_id, consent_relationship, consent_given_at,
                             consent_scope, no_consent_reason, status, respond_by, outcome, created_at, updated_at, version)
       SELECT r.id, r."familyId", r."familyRegion", r."subjectIds", r."fromAgencyId", r."toAgencyId", r."requestedServiceId",
              r."needCategory", r.urgency, r.reason, r."consentGivenById", r."consentRelationship", r."consentGivenAt",
              r."consentScope", r."noConsentReason", r.status, r."respondBy", r.outcome, r."createdAt", r."updatedAt", r.version
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "familyId" uuid, "familyRegion" text, "subjectIds" uuid[],
              "fromAgencyId" uuid, "toAgencyId" uuid, "requestedServiceId" uuid, "needCategory" text, urgency text, reason text,
              "consentGivenById" uuid, "consentRelationship" text, "consentGivenAt" timestamptz, "consentScope" text,
              "noConsentReason" text, status text, "respondBy" timestamptz, outcome text, "createdAt" timestamptz,
              "updatedAt" timestamptz, version integer)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(chunk.map(withoutEvents))],
    );
  }
  const events = world.referrals.flatMap((r) => r.events.map((e) => ({ ...e, referralId: r.id })));
  for (const chunk of chunks(events)) {
    await sql.query(
      `INSERT INTO referral_event (id, referral_id, at, action, from_status, to_status, actor_staff_id, actor_agency_id, note)
       SELECT e.id, e."referralId", e.at, e.action, e."fromStatus", e."toStatus", e."actorStaffId", e."actorAgencyId", e.note
         FROM jsonb_to_recordset($1::jsonb) AS e(id uuid, "referralId" uuid, at timestamptz, action text, "fromStatus" text,
              "toStatus" text, "actorStaffId" uuid, "actorAgencyId" uuid, note text)
       ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(chunk)],
    );
  }
}

/** The referral's own columns; its events go to their own table. */
function withoutEvents({ events: _events, ...referral }: WorldReferral): Omit<WorldReferral, 'events'> {
  return referral;
}
