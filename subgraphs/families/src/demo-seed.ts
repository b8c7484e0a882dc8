import { bulkInsert, Sql } from '../../kit';
import type { World } from '../../../demo/world-types';

/** Writes the demo world's families, card numbers, persons and memberships into the registry. */
export async function seedFamilies(sql: Sql, world: World): Promise<void> {
  await bulkInsert(sql, 'family', {
    id: 'uuid', jurisdiction: 'text', case_reference: 'text', street: 'text', rt_rw: 'text', region_code: 'text', hk_district: 'text',
    address_protected: 'boolean', protecting_agency_id: 'uuid', created_at: 'timestamptz',
  }, world.families.map((f) => ({
    id: f.id, jurisdiction: f.jurisdiction, case_reference: f.caseReference, street: f.street, rt_rw: f.rtRw, region_code: f.regionCode,
    hk_district: f.hkDistrict, address_protected: f.addressProtected, protecting_agency_id: f.protectingAgencyId, created_at: f.createdAt,
  })));
  await bulkInsert(sql, 'family_card', { family_id: 'uuid', kk_number: 'text', valid_from: 'date' },
    world.families.filter((f) => f.kkNumber).map((f) => ({ family_id: f.id, kk_number: f.kkNumber, valid_from: f.kkIssuedOn })));
  const members = world.families.flatMap((f) => f.members.map((m) => ({ ...m, familyId: f.id, since: f.kkIssuedOn ?? f.createdAt.slice(0, 10) })));
  await bulkInsert(sql, 'person', { id: 'uuid', nik: 'text', hkid: 'text', full_name: 'text', sex: 'text', birth_date: 'date' },
    members.map((m) => ({ id: m.id, nik: m.nik, hkid: m.hkid, full_name: m.fullName, sex: m.sex, birth_date: m.birthDate })));
  await bulkInsert(sql, 'membership', { person_id: 'uuid', family_id: 'uuid', relationship: 'smallint', valid_from: 'date' },
    members.map((m) => ({ person_id: m.id, family_id: m.familyId, relationship: m.relationship, valid_from: m.since })));
  await bulkInsert(sql, 'family_agency', { family_id: 'uuid', agency_id: 'uuid', kind: 'text' }, worksWith(world));
}

/** Which agencies work with which demo families: those holding its episodes, referrals and appointments. */
function worksWith(world: World): Array<{ family_id: string; agency_id: string; kind: string }> {
  const links = [
    ...world.episodes.map((e) => [e.familyId, e.agencyId, 'EPISODE']),
    ...world.referrals.flatMap((r) => [[r.familyId, r.fromAgencyId, 'REFERRAL'], [r.familyId, r.toAgencyId, 'REFERRAL']]),
    ...world.appointments.map((a) => [a.familyId, a.agencyId, 'APPOINTMENT']),
  ];
  const unique = new Map(links.map(([family_id, agency_id, kind]) => [`${family_id}|${agency_id}|${kind}`, { family_id, agency_id, kind }]));
  return [...unique.values()];
}
