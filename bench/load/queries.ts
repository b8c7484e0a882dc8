import { PROFILE_FIELDS } from '../../test/support/profile-query';

/** The benchmark's four operations (Q1 the unified family profile), each with the variable its random pick fills. */
export type QueryName = 'Q1' | 'Q2' | 'Q3' | 'Q4';

export interface BenchQuery {
  name: QueryName;
  title: string;
  document: string;
  /** The variable that gets a random pick per request. */
  variable: string;
  /** Which list the pick comes from. */
  pick: 'familyIds' | 'districtCodes' | 'inboxAgencyIds';
}

/** Q1: the unified profile of a family by id, as a dashboard asks for it (test/support/profile-query.ts). */
export const Q1: BenchQuery = {
  name: 'Q1',
  title: 'unified profile',
  document: `query BenchProfile($id: ID!) { family(id: $id) { ${PROFILE_FIELDS.replace(/\s+/g, ' ').trim()} } }`,
  variable: 'id',
  pick: 'familyIds',
};

/** Q2: one subgraph only: a family with its members (the families subgraph answers it alone). */
export const Q2: BenchQuery = {
  name: 'Q2',
  title: 'family + members',
  document: 'query BenchFamilyMembers($id: ID!) { family(id: $id) { id kkNumber jurisdiction members { id fullName nik sex birthDate age isChild relationship } } }',
  variable: 'id',
  pick: 'familyIds',
};

/** Q3: a search page: 20 families of a district (Kemendagri prefix) with members and service episodes. */
export const Q3: BenchQuery = {
  name: 'Q3',
  title: 'search page of 20',
  document:
    'query BenchSearch($region: String!) { families(filter: { regionCode: $region }, first: 20) { pageInfo { hasNextPage endCursor } ' +
    'edges { node { id kkNumber members { id fullName age relationship } serviceEpisodes { id status openedOn agency { id name } } } } } }',
  variable: 'region',
  pick: 'districtCodes',
};

/** Q4: an agency's referral inbox page, as an agency system polls it. */
export const Q4: BenchQuery = {
  name: 'Q4',
  title: 'referral inbox page',
  document:
    'query BenchInbox($agencyId: ID!) { agency(id: $agencyId) { id name incomingReferrals(first: 20) { totalCount pageInfo { hasNextPage endCursor } ' +
    'edges { node { id status urgency needCategory respondBy overdue fromAgency { id name } family { id kkNumber head { fullName } } } } } } }',
  variable: 'agencyId',
  pick: 'inboxAgencyIds',
};

export const QUERIES: readonly BenchQuery[] = [Q1, Q2, Q3, Q4];
