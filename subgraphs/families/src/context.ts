import DataLoader from 'dataloader';
import { Caller, Database, groupLoader, rowLoader, SubgraphContext } from '../../kit';
import { FamilyCardRow, FamilyRepository, FamilyRow } from './family/family.repository';
import { MembershipRow, PersonRepository, PersonRow } from './person/person.repository';

/** The families subgraph's request-scoped loaders: one query per batch. */
export interface Loaders {
  families: FamilyRepository;
  persons: PersonRepository;
  family: DataLoader<string, FamilyRow | null>;
  person: DataLoader<string, PersonRow | null>;
  members: DataLoader<string, PersonRow[]>;
  cards: DataLoader<string, FamilyCardRow[]>;
  memberships: DataLoader<string, MembershipRow[]>;
}

export type Context = SubgraphContext<Loaders>;

export function createLoaders(db: Database, caller: Caller): Loaders {
  const families = new FamilyRepository(db, caller);
  const persons = new PersonRepository(db, caller);
  return {
    families,
    persons,
    family: rowLoader((ids) => families.findByIds(ids), (r) => r.id),
    person: rowLoader((ids) => persons.findByIds(ids), (r) => r.id),
    members: groupLoader((ids) => persons.membersOf(ids), (r) => r.familyId ?? ''),
    cards: groupLoader((ids) => families.cardsByFamilyIds(ids), (r) => r.familyId),
    memberships: groupLoader((ids) => persons.membershipsOf(ids), (r) => r.personId),
  };
}
