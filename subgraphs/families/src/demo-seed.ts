import { bulkInsertRows, Sql } from '../../kit';
import type { World } from '../../../demo/world-types';
import { FamilyCardEntity, FamilyEntity } from './family/family.entity';
import { MembershipEntity, PersonEntity, PersonNikRecordEntity } from './person/person.entity';
import { FamilyAgencyEntity, FamilyAgencyKind } from './scope/family-agency.entity';

/** Writes the demo world's families, card numbers, persons and memberships into the registry. */
export async function seedFamilies(sql: Sql, world: World): Promise<void> {
  await bulkInsertRows(sql, FamilyEntity, ['id', 'jurisdiction', 'caseReference', 'street', 'rtRw', 'regionCode', 'hkDistrict', 'addressProtected', 'protectingAgencyId', 'createdAt'], world.families);
  await bulkInsertRows(
    sql,
    FamilyCardEntity,
    ['familyId', 'kkNumber', 'validFrom'],
    world.families.flatMap((f) => (f.kkNumber && f.kkIssuedOn ? [{ familyId: f.id, kkNumber: f.kkNumber, validFrom: f.kkIssuedOn }] : [])),
  );
  const members = world.families.flatMap((f) =>
    f.members.map((m) => ({ ...m, birthDateApproximate: m.birthDateApproximate ?? false, familyId: f.id, jurisdiction: f.jurisdiction, since: f.kkIssuedOn ?? f.createdAt.slice(0, 10) })),
  );
  await bulkInsertRows(sql, PersonEntity, ['id', 'nik', 'hkid', 'fullName', 'sex', 'birthDate', 'birthDateApproximate'], members);
  await bulkInsertRows(
    sql,
    MembershipEntity,
    ['personId', 'familyId', 'relationship', 'validFrom'],
    members.map((m) => ({ personId: m.id, familyId: m.familyId, relationship: m.relationship, validFrom: m.since })),
  );
  // Each Indonesian person's identifier history starts with the NIK state they were registered with.
  await bulkInsertRows(
    sql,
    PersonNikRecordEntity,
    ['personId', 'nik', 'documentStatus', 'validFrom'],
    members.flatMap((m) => (m.jurisdiction === 'ID' ? [{ personId: m.id, nik: m.nik, documentStatus: m.nik ? ('ISSUED' as const) : ('NO_NIK' as const), validFrom: m.since }] : [])),
  );
  await bulkInsertRows(sql, FamilyAgencyEntity, ['familyId', 'agencyId', 'kind'], worksWith(world));
}

/** Which agencies work with which demo families: those holding its episodes, referrals and appointments. */
function worksWith(world: World): Array<{ familyId: string; agencyId: string; kind: FamilyAgencyKind }> {
  const links: Array<[string, string, FamilyAgencyKind]> = [
    // A community event may have no family: it links no agency to one.
    ...world.episodes.flatMap((e): Array<[string, string, FamilyAgencyKind]> => (e.familyId ? [[e.familyId, e.agencyId, 'EPISODE']] : [])),
    ...world.referrals.flatMap((r): Array<[string, string, FamilyAgencyKind]> => [
      [r.familyId, r.fromAgencyId, 'REFERRAL'],
      [r.familyId, r.toAgencyId, 'REFERRAL'],
    ]),
    ...world.appointments.flatMap((a): Array<[string, string, FamilyAgencyKind]> => (a.familyId ? [[a.familyId, a.agencyId, 'APPOINTMENT']] : [])),
  ];
  const unique = new Map(links.map(([familyId, agencyId, kind]) => [`${familyId}|${agencyId}|${kind}`, { familyId, agencyId, kind }]));
  return [...unique.values()];
}
