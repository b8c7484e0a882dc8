/**
 * The floor of the unified profile, the benchmark's baseline: the profile's data (the fields of
 * test/support/profile-query.ts) read with one hand-written statement per database, each returning
 * its part as one JSON document. Run in parallel, joined in the floor server.
 */

/** The family, its current card number and its current members. $1 family id, $2 the caller's area as LIKE patterns. */
export const FAMILY_SQL = `
SELECT json_build_object(
  'id', f.id, 'kkNumber', c.kk_number, 'jurisdiction', f.jurisdiction,
  'members', COALESCE((
    SELECT json_agg(json_build_object(
      'id', p.id, 'fullName', p.full_name, 'nik', p.nik, 'sex', p.sex, 'birthDate', p.birth_date,
      'age', date_part('year', age(p.birth_date))::int, 'isChild', p.birth_date > current_date - interval '18 years',
      'relationship', m.relationship) ORDER BY m.relationship, p.birth_date)
      FROM membership m JOIN person p ON p.id = m.person_id
     WHERE m.family_id = f.id AND m.valid_to IS NULL), '[]')) AS doc
  FROM family f
  LEFT JOIN family_card c ON c.family_id = f.id AND c.valid_to IS NULL
 WHERE f.id = $1 AND f.jurisdiction = 'ID' AND f.region_code LIKE ANY($2)`;

/** The family's service episodes with their service and agency. */
export const EPISODES_SQL = `
SELECT COALESCE(json_agg(json_build_object(
  'id', e.id, 'status', e.status, 'openedOn', e.opened_on,
  'service', json_build_object('name', s.name, 'category', s.category),
  'agency', json_build_object('id', a.id, 'name', a.name),
  'leadWorkerId', e.lead_worker_id) ORDER BY e.opened_on DESC), '[]') AS doc
  FROM service_episode e
  JOIN service s ON s.id = e.service_id
  JOIN agency a ON a.id = e.agency_id
 WHERE e.family_id = $1`;

/** The family's referrals with their histories. */
export const REFERRALS_SQL = `
SELECT COALESCE(json_agg(json_build_object(
  'id', r.id, 'status', r.status, 'urgency', r.urgency, 'needCategory', r.need_category, 'respondBy', r.respond_by,
  'overdue', r.status = 'SUBMITTED' AND r.respond_by < now(),
  'fromAgencyId', r.from_agency_id, 'toAgencyId', r.to_agency_id,
  'events', (SELECT json_agg(json_build_object(
      'action', ev.action, 'at', ev.at, 'fromStatus', ev.from_status, 'toStatus', ev.to_status,
      'actorId', ev.actor_staff_id, 'actorAgencyId', ev.actor_agency_id) ORDER BY ev.at)
    FROM referral_event ev WHERE ev.referral_id = r.id)) ORDER BY r.created_at DESC), '[]') AS doc
  FROM referral r
 WHERE r.family_id = $1`;

/** The family's upcoming appointments with the staff member and the local start time. */
export const APPOINTMENTS_SQL = `
SELECT COALESCE(json_agg(json_build_object(
  'id', ap.id, 'kind', ap.kind, 'startsAt', ap.starts_at, 'endsAt', ap.ends_at,
  'startsAtLocal', to_char(ap.starts_at AT TIME ZONE c.time_zone, 'YYYY-MM-DD"T"HH24:MI:SS'),
  'place', ap.place, 'status', ap.status,
  'staff', json_build_object('id', st.id, 'fullName', st.full_name, 'role', st.role, 'agencyId', st.agency_id)) ORDER BY ap.starts_at), '[]') AS doc
  FROM appointment ap
  JOIN staff st ON st.id = ap.staff_id
  JOIN agency_calendar c ON c.agency_id = ap.agency_id
 WHERE ap.family_id = $1 AND ap.starts_at >= now()`;

/** Reference rows the floor keeps in memory (31 agencies, 2,000 staff): names across databases. */
export const AGENCY_NAMES_SQL = `SELECT id, name FROM agency`;
export const STAFF_NAMES_SQL = `SELECT id, full_name, role FROM staff`;
