import { buildSubgraph, Database, databaseUrlFor, Subgraph } from '../../kit';
import { createRequestStores } from './context';
import { FamilyCardEntity, FamilyEntity } from './family/family.entity';
import { Family } from './family/family.resolvers';
import { FamilyAuditTrail } from './family-audit-trail.resolvers';
import { Registry1763856000100 } from './migrations/1763856000100-registry';
import { RegistryWrites1763856000200 } from './migrations/1763856000200-registry-writes';
import { NeedToKnow1763856000700 } from './migrations/1763856000700-need-to-know';
import { ProvisionalRecords1763856000800 } from './migrations/1763856000800-provisional-records';
import { FamilyAccessRequest } from './scope/family-access.resolvers';
import { FamilyAccessRequestEntity, FamilyAgencyEntity } from './scope/family-agency.entity';
import { PersonSafetyLinkEntity } from './linkage/safety-link.entity';
import { MembershipEntity, PersonEntity, PersonNameEntity, PersonNikRecordEntity } from './person/person.entity';
import { Person } from './person/person.resolvers';
import { Mutation } from './mutation.resolvers';
import { Query } from './query.resolvers';

export const ENTITIES = [
  FamilyEntity,
  FamilyCardEntity,
  PersonEntity,
  PersonNameEntity,
  MembershipEntity,
  PersonSafetyLinkEntity,
  FamilyAgencyEntity,
  FamilyAccessRequestEntity,
  PersonNikRecordEntity,
];
export const MIGRATIONS = [Registry1763856000100, RegistryWrites1763856000200, NeedToKnow1763856000700, ProvisionalRecords1763856000800];

/** Builds the families subgraph (the family registry) on its own database. */
export function buildFamiliesSubgraph(url = databaseUrlFor('families')): Subgraph {
  if (!url) throw new Error('FAMILIES_DATABASE_URL is not set');
  const db = new Database({ name: 'families', url, entities: ENTITIES, migrations: MIGRATIONS });
  return buildSubgraph({ name: 'families', db, resolvers: { Query, Mutation, Family, Person, FamilyAuditTrail, FamilyAccessRequest }, stores: createRequestStores });
}
