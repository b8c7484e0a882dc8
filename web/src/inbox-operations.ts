import { graphql } from './gql';

/*
 * The agency inbox's operations (re-exported by operations.ts, so that the client sends them by hash).
 * Every workflow change carries the version the page read.
 */

export const INBOX_REFERRAL_ROW = graphql(`
  fragment InboxReferralRow on Referral {
    id
    status
    urgency
    needCategory
    createdAt
    respondBy
    startBy
    overdue
    followUpOn
    version
    fromAgency {
      id
      name
      sector
    }
    family {
      id
      kkNumber
      caseReference
      head {
        id
        fullName
      }
    }
  }
`);

export const INBOX_PAGE = graphql(`
  query InboxPage($agencyId: ID!, $status: ReferralStatus, $overdue: Boolean, $first: Int, $after: String) {
    agency(id: $agencyId) {
      id
      name
      timeZone
      incomingReferrals(status: $status, overdue: $overdue, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...InboxReferralRow
          }
        }
      }
    }
  }
`);

export const INBOX_OVERDUE_COUNT = graphql(`
  query InboxOverdueCount($agencyId: ID!) {
    agency(id: $agencyId) {
      id
      overdue: incomingReferrals(overdue: true, first: 1) {
        totalCount
      }
    }
  }
`);

export const INBOX_REFERRAL = graphql(`
  query InboxReferral($id: ID!) {
    referral(id: $id) {
      ...InboxReferralRow
      reason
      noConsentReason
      outcome
      declineReasonCode
      toAgency {
        id
        name
        timeZone
        services {
          id
          name
          requiresChildRole
        }
      }
      requestedService {
        id
        name
      }
      subjectRoles {
        childRole
        person {
          id
          fullName
          age
        }
      }
      consent {
        relationship
        givenAt
        scope
        withdrawnAt
        givenBy {
          id
          fullName
        }
      }
      events {
        id
        at
        action
        fromStatus
        toStatus
        note
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
  }
`);

export const ACCEPT_REFERRAL = graphql(`
  mutation InboxAcceptReferral($input: AcceptReferralInput!) {
    acceptReferral(input: $input) {
      referral {
        id
        status
        version
      }
    }
  }
`);

export const DECLINE_REFERRAL = graphql(`
  mutation InboxDeclineReferral($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      referral {
        id
        status
        version
      }
    }
  }
`);

export const START_REFERRAL = graphql(`
  mutation InboxStartReferral($input: StartReferralInput!) {
    startReferral(input: $input) {
      referral {
        id
        status
        version
      }
    }
  }
`);

export const START_AND_OPEN_EPISODE = graphql(`
  mutation InboxStartAndOpenEpisode($input: OpenServiceEpisodeInput!) {
    openServiceEpisode(input: $input) {
      episode {
        id
        status
      }
    }
  }
`);
