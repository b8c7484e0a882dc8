import { bulkInsertRows, Sql } from '../../kit';
import type { World } from '../../../demo/world-types';
import { FamilyCardEntity, FamilyEntity } from './family/family.entity';
import { MembershipEntity, PersonEntity } from './person/person.entity';
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
  const members = world.families.flatMap((f) => f.members.map((m) => ({ ...m, familyId: f.id, since: f.kkIssuedOn ?? f.createdAt.slice(0, 10) })));
  await bulkInsertRows(sql, PersonEntity, ['id', 'nik', 'hkid', 'fullName', 'sex', 'birthDate'], members);
  await bulkInsertRows(
    sql,
    MembershipEntity,
    ['personId', 'familyId', 'relationship', 'validFrom'],
    members.map((m) => ({ personId: m.id, familyId: m.familyId, relationship: m.relationship, validFrom: m.since })),
  );
  await bulkInsertRows(sql, FamilyAgencyEntity, ['familyId', 'agencyId', 'kind'], worksWith(world));
}

/** Which agencies work with which demo families: those holding its episodes, referrals and appointments. */
function worksWith(world: World): Array<{ familyId: string; agencyId: string; kind: FamilyAgencyKind }> {
  const links: Array<[string, string, FamilyAgencyKind]> = [
    ...world.episodes.map((e): [string, string, FamilyAgencyKind] => [e.familyId, e.agencyId, 'EPISODE']),
    ...world.referrals.flatMap((r): Array<[string, string, FamilyAgencyKind]> => [
      [r.familyId, r.fromAgencyId, 'REFERRAL'],
      [r.familyId, r.toAgencyId, 'REFERRAL'],
    ]),
    ...world.appointments.map((a): [string, string, FamilyAgencyKind] => [a.familyId, a.agencyId, 'APPOINTMENT']),
  ];
  const unique = new Map(links.map(([familyId, agencyId, kind]) => [`${familyId}|${agencyId}|${kind}`, { familyId, agencyId, kind }]));
  return [...unique.values()];
}
