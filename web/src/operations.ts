import { graphql } from './gql';

/*
 * Every operation the app sends. `npm run codegen:web` types them and registers them as persisted
 * documents: the app sends each by its hash only (web/persisted-operations.json).
 */

export const FAMILY_SUMMARY = graphql(`
  fragment FamilySummary on Family {
    id
    kkNumber
    caseReference
    jurisdiction
    addressProtected
    head {
      id
      fullName
    }
    address {
      district
      regency
    }
  }
`);

export const FIND_BY_NAME = graphql(`
  query FindFamiliesByName($name: String!) {
    families(filter: { name: $name }, first: 20) {
      totalCount
      edges {
        node {
          ...FamilySummary
        }
      }
    }
  }
`);

export const FIND_BY_KK = graphql(`
  query FindFamilyByKk($kk: String!) {
    familyByKk(kkNumber: $kk) {
      ...FamilySummary
    }
  }
`);

export const FIND_BY_NIK = graphql(`
  query FindFamilyByNik($nik: String!) {
    personByNik(nik: $nik) {
      id
      family {
        ...FamilySummary
      }
    }
  }
`);

export const FIND_BY_HKID = graphql(`
  query FindFamilyByHkid($hkid: String!) {
    personByHkid(hkid: $hkid) {
      id
      family {
        ...FamilySummary
      }
    }
  }
`);

export const FIND_BY_CASE_REFERENCE = graphql(`
  query FindFamilyByCaseReference($ref: String!) {
    familyByCaseReference(caseReference: $ref) {
      ...FamilySummary
    }
  }
`);

export const FAMILY_PROFILE = graphql(`
  query FamilyProfilePage($id: ID!) {
    family(id: $id) {
      id
      kkNumber
      caseReference
      jurisdiction
      addressProtected
      address {
        street
        rtRw
        village
        district
        regency
        province
      }
      members {
        id
        fullName
        age
        isChild
        relationship
      }
      serviceEpisodes {
        id
        status
        openedOn
        closedOn
        participantRoles {
          person {
            id
            fullName
          }
          childRole
        }
        service {
          id
          name
          category
        }
        agency {
          id
          name
          sector
          timeZone
        }
        leadWorker {
          id
          fullName
          role
        }
      }
      referrals {
        id
        status
        urgency
        needCategory
        createdAt
        respondBy
        overdue
        receivingEpisode {
          status
          openedOn
          closedOn
        }
        fromAgency {
          id
          name
          sector
          timeZone
        }
        toAgency {
          id
          name
          sector
          timeZone
        }
        events {
          id
          at
          action
          fromStatus
          toStatus
          actor {
            id
            fullName
            role
          }
          actorAgency {
            id
            name
          }
        }
      }
      appointments(window: ALL) {
        id
        kind
        place
        status
        startsAt
        agency {
          id
          name
          sector
          timeZone
        }
        staff {
          id
          fullName
          role
        }
      }
    }
  }
`);

// The agency inbox page's operations.
export * from './inbox-operations';

// The area indicators page's operations.
export * from './indicators-operations';
