import DataLoader from 'dataloader';
import { Caller, Database, groupLoader, RequestStores, rowLoader, SubgraphContext } from '../../kit';
import { FamilyCardRow, FamilyRepository, FamilyRow } from './family/family.repository';
import { DuplicateRepository } from './linkage/duplicate.repository';
import { MembershipRow, NikRecordRow, PersonRepository, PersonRow } from './person/person.repository';
import { FamilyAgencyRepository } from './scope/family-agency.repository';

/** The repositories the families services read through outside a transaction. */
export interface Repositories {
  families: FamilyRepository;
  persons: PersonRepository;
  /** Record-linkage candidates and the safety links that filter them. */
  duplicates: DuplicateRepository;
  /** The agencies working with each family, and access requests. */
  familyAgencies: FamilyAgencyRepository;
}

/** The families subgraph's request-scoped loaders: one query per batch. */
export interface Loaders {
  family: DataLoader<string, FamilyRow | null>;
  person: DataLoader<string, PersonRow | null>;
  members: DataLoader<string, PersonRow[]>;
  cards: DataLoader<string, FamilyCardRow[]>;
  memberships: DataLoader<string, MembershipRow[]>;
  nikRecords: DataLoader<string, NikRecordRow[]>;
}

export type Context = SubgraphContext<Loaders, Repositories>;

export function createRequestStores(db: Database, caller: Caller): RequestStores<Loaders, Repositories> {
  const families = new FamilyRepository(db, caller);
  const persons = new PersonRepository(db, caller);
  const repos = { families, persons, duplicates: new DuplicateRepository(db, caller), familyAgencies: new FamilyAgencyRepository(db) };
  return {
    repos,
    loaders: {
      family: rowLoader(
        (ids) => families.findByIds(ids),
        (r) => r.id,
      ),
      person: rowLoader(
        (ids) => persons.findByIds(ids),
        (r) => r.id,
      ),
      members: groupLoader(
        (ids) => persons.membersOf(ids),
        (r) => r.familyId ?? '',
      ),
      cards: groupLoader(
        (ids) => families.cardsByFamilyIds(ids),
        (r) => r.familyId,
      ),
      memberships: groupLoader(
        (ids) => persons.membershipsOf(ids),
        (r) => r.personId,
      ),
      nikRecords: groupLoader(
        (ids) => persons.nikRecordsOf(ids),
        (r) => r.personId,
      ),
    },
  };
}
