import { graphql } from './gql';

/*
 * The area indicators' operations (re-exported by operations.ts, so that the client sends them by hash):
 * the figures of a manager's area, and the list behind each figure.
 */

export const AREA_INDICATORS = graphql(`
  query AreaIndicators($from: DateTime!, $to: DateTime!, $workFrom: Date!, $workTo: Date!) {
    areaReferralStats(from: $from, to: $to) {
      total
      overdueAwaitingAnswer
      overdueAwaitingStart
      medianHoursToAccept
      p90HoursToAccept
      medianHoursToStart
      p90HoursToStart
      byStatus {
        status
        count
      }
      byUrgency {
        urgency
        count
      }
    }
    areaEpisodeCounts {
      total
      withoutLeadWorker
      byAgency {
        count
        agency {
          id
          name
          timeZone
        }
      }
      byService {
        count
        service {
          id
          name
        }
      }
      byLeadWorker {
        count
        leadWorker {
          id
          fullName
          agency {
            id
            name
          }
          workload(from: $workFrom, to: $workTo) {
            bookedHours
            rosteredHours
            utilisation
          }
        }
      }
    }
  }
`);

export const AREA_REFERRAL_LIST = graphql(`
  query AreaReferralList($from: DateTime!, $to: DateTime!, $status: ReferralStatus, $urgency: Urgency, $overdue: ReferralOverdueKind, $after: String) {
    areaReferrals(from: $from, to: $to, status: $status, urgency: $urgency, overdue: $overdue, first: 40, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          urgency
          needCategory
          createdAt
          respondBy
          overdue
          fromAgency {
            id
            name
          }
          toAgency {
            id
            name
            timeZone
          }
        }
      }
    }
  }
`);

export const AREA_EPISODE_LIST = graphql(`
  query AreaEpisodeList($agencyId: ID, $serviceId: ID, $leadWorkerId: ID, $withoutLeadWorker: Boolean, $after: String) {
    areaEpisodes(agencyId: $agencyId, serviceId: $serviceId, leadWorkerId: $leadWorkerId, withoutLeadWorker: $withoutLeadWorker, first: 40, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          openedOn
          service {
            id
            name
          }
          agency {
            id
            name
          }
          leadWorker {
            id
            fullName
          }
        }
      }
    }
  }
`);
