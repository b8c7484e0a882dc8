import { clock, Sql } from '../../../kit';
import type { ReferralStatus } from '../generated/graphql';
import type { ReferralEntity, ReferralEventEntity, ReferralFollowUpEntity, ReferralSubjectEntity } from './referral.entity';

/** A referral as resolvers receive it. */
export type ReferralRow = Omit<ReferralEntity, 'idempotencyKey' | 'requestHash'>;

/** One subject of a referral, with their role. */
export type ReferralSubjectRow = ReferralSubjectEntity;

/** One side's follow-up date on a referral. */
export type ReferralFollowUpRow = Pick<ReferralFollowUpEntity, 'referralId' | 'agencyId' | 'followUpOn'>;

/** One event of a referral, with the referral's parties so that its note can be guarded without another query. */
export interface ReferralEventRow extends ReferralEventEntity {
  referralFromAgencyId: string;
  referralToAgencyId: string;
}

/** A keyset position: the sort column at microsecond precision (see SORT_KEY) and the id. */
export interface QueuePosition {
  sortKey: string;
  id: string;
}

/**
 * Which of an agency's referrals to list. `areaPrefixes` null lists all of them; otherwise only those
 * whose family region starts with one of the prefixes (the kit's `inArea`).
 */
export interface QueueFilter {
  status?: ReferralStatus | null;
  overdue?: boolean | null;
  /** Whether the queue owner's follow-up date has come. */
  followUpDue?: boolean | null;
  areaPrefixes: string[] | null;
}

/** A page of an inbox or outbox: rows in order, each with its sort key for the cursor. */
export interface ReferralPage {
  rows: Array<ReferralRow & { sortKey: string }>;
  /** Null when the queue was not counted. */
  totalCount: number | null;
  hasNextPage: boolean;
}

export const REFERRAL_COLUMNS = `r.id, r.family_id AS "familyId", r.family_region AS "familyRegion", r.subject_ids AS "subjectIds",
  r.from_agency_id AS "fromAgencyId", r.to_agency_id AS "toAgencyId", r.requested_service_id AS "requestedServiceId",
  r.need_category AS "needCategory", r.urgency, r.reason, r.consent_given_by_id AS "consentGivenById",
  r.consent_relationship AS "consentRelationship", r.consent_given_at AS "consentGivenAt", r.consent_scope AS "consentScope",
  r.no_consent_reason AS "noConsentReason", r.status, r.respond_by AS "respondBy", r.start_by AS "startBy",
  r.consent_withdrawn_at AS "consentWithdrawnAt", r.consent_withdrawn_by_id AS "consentWithdrawnById", r.outcome,
  r.decline_reason_code AS "declineReasonCode", r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.version`;

/**
 * A timestamp as text at full (microsecond) precision. A JavaScript Date keeps only milliseconds, so a
 * cursor built from one would skip or repeat rows written within the same millisecond.
 */
const sortKey = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Overdue (referral-overdue.ts): still SUBMITTED past its respond-by time, or ACCEPTED and not begun past
 * its start-by time; flagged, never changed. Parameter `now` is the kit clock's now, so that SQL and the
 * resolvers agree on what time it is.
 */
export const overdueAt = (now: string) =>
  `((r.status = 'SUBMITTED' AND r.respond_by < ${now}::timestamptz) OR (r.status = 'ACCEPTED' AND r.start_by IS NOT NULL AND r.start_by < ${now}::timestamptz))`;

/**
 * The follow-up date that agency `agency` keeps on the referral has come: it is today or earlier in that
 * agency's time zone at `now` (the kit clock's now).
 */
export const followUpDueAt = (agency: string, now: string) =>
  `EXISTS (SELECT 1 FROM referral_follow_up f WHERE f.referral_id = r.id AND f.agency_id = ${agency}::uuid
             AND f.follow_up_on <= (${now}::timestamptz AT TIME ZONE f.time_zone)::date)`;

/** The referral's family region starts with one of the prefixes in parameter `param`; all pass when it is null. */
export const inAreaOf = (param: string) => `(${param}::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest(${param}::text[]) AS a(prefix) WHERE starts_with(r.family_region, a.prefix)))`;

/**
 * $2 status, $3 overdue, $4 area prefixes, $6 follow-up due (of the queue's owner, $1): each ignored when
 * null, so one prepared statement serves every filter; $5 is now.
 */
const QUEUE_FILTERS = `($2::text IS NULL OR r.status = $2::text)
  AND ($3::boolean IS NULL OR $3::boolean = ${overdueAt('$5')})
  AND ($6::boolean IS NULL OR $6::boolean = ${followUpDueAt('$1', '$5')})
  AND ${inAreaOf('$4')}`;

/** How one queue is filtered, ordered and paged: its owner column, its sort column and direction. */
interface Queue {
  name: string;
  where: string;
  sortKey: string;
  /** The keyset comparison with the cursor ($7 sort column, $8 id), matching the order. */
  after: string;
  order: string;
}

/** The inbox: served by index referral_inbox (to_agency_id, respond_by, id). */
const INBOX: Queue = {
  name: 'inbox',
  where: `r.to_agency_id = $1::uuid AND ${QUEUE_FILTERS}`,
  sortKey: sortKey('r.respond_by'),
  after: '(r.respond_by, r.id) > ($7::timestamptz, $8::uuid)',
  order: 'r.respond_by ASC, r.id ASC',
};

/** The outbox: served by index referral_outbox (from_agency_id, created_at DESC, id DESC). */
const OUTBOX: Queue = {
  name: 'outbox',
  where: `r.from_agency_id = $1::uuid AND ${QUEUE_FILTERS}`,
  sortKey: sortKey('r.created_at'),
  after: '(r.created_at, r.id) < ($7::timestamptz, $8::uuid)',
  order: 'r.created_at DESC, r.id DESC',
};

/** The only place the referrals subgraph reads referral rows. */
export class ReferralRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<ReferralRow[]> {
    return this.sql.query<ReferralRow>(`SELECT ${REFERRAL_COLUMNS} FROM referral r WHERE r.id = ANY($1::uuid[])`, [ids], 'referral_by_ids');
  }

  /** Each family's referrals, newest first. */
  byFamilyIds(familyIds: readonly string[]): Promise<ReferralRow[]> {
    return this.sql.query<ReferralRow>(`SELECT ${REFERRAL_COLUMNS} FROM referral r WHERE r.family_id = ANY($1::uuid[]) ORDER BY r.created_at DESC, r.id DESC`, [familyIds], 'referrals_by_family_ids');
  }

  /** Each referral's subjects with their roles (their order is the referral's subject_ids). */
  subjectsByReferralIds(referralIds: readonly string[]): Promise<ReferralSubjectRow[]> {
    return this.sql.query<ReferralSubjectRow>(
      `SELECT referral_id AS "referralId", person_id AS "personId", child_role AS "childRole" FROM referral_subject WHERE referral_id = ANY($1::uuid[])`,
      [referralIds],
      'referral_subjects_by_referral_ids',
    );
  }

  /** Each referral's history, oldest first. */
  eventsByReferralIds(referralIds: readonly string[]): Promise<ReferralEventRow[]> {
    return this.sql.query<ReferralEventRow>(
      `SELECT e.id, e.referral_id AS "referralId", r.from_agency_id AS "referralFromAgencyId",
              r.to_agency_id AS "referralToAgencyId", e.at, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus",
              e.actor_staff_id AS "actorStaffId", e.actor_agency_id AS "actorAgencyId", e.note
         FROM referral_event e JOIN referral r ON r.id = e.referral_id
        WHERE e.referral_id = ANY($1::uuid[])
        ORDER BY e.at, e.id`,
      [referralIds],
      'referral_events_by_referral_ids',
    );
  }

  /** An agency's inbox: referrals sent to it, the most pressing (oldest respond-by) first. */
  inbox(agencyId: string, filter: QueueFilter, first: number, after: QueuePosition | null, withCount: boolean): Promise<ReferralPage> {
    return this.page(INBOX, agencyId, filter, first, after, withCount);
  }

  /** Each referral's follow-up dates, one per side that set one. */
  followUpsByReferralIds(referralIds: readonly string[]): Promise<ReferralFollowUpRow[]> {
    return this.sql.query<ReferralFollowUpRow>(
      `SELECT referral_id AS "referralId", agency_id AS "agencyId", follow_up_on AS "followUpOn" FROM referral_follow_up WHERE referral_id = ANY($1::uuid[])`,
      [referralIds],
      'referral_follow_ups_by_referral_ids',
    );
  }

  /** An agency's outbox: referrals it sent, newest first. The overdue filter is the inbox's concern. */
  outbox(agencyId: string, filter: Omit<QueueFilter, 'overdue'>, first: number, after: QueuePosition | null, withCount: boolean): Promise<ReferralPage> {
    return this.page(OUTBOX, agencyId, { ...filter, overdue: null }, first, after, withCount);
  }

  /**
   * Reads one page after the keyset position and, when asked (`withCount`), counts the whole queue, both
   * as prepared statements. The queue's index holds every column the filters read, so the count reads
   * the index alone.
   */
  private async page(queue: Queue, agencyId: string, filter: QueueFilter, first: number, after: QueuePosition | null, withCount: boolean): Promise<ReferralPage> {
    const values = [agencyId, filter.status ?? null, filter.overdue ?? null, filter.areaPrefixes, clock.now(), filter.followUpDue ?? null];
    const [counted, rows] = await Promise.all([
      withCount ? this.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM referral r WHERE ${queue.where}`, values, `referral_${queue.name}_count`) : null,
      this.sql.query<ReferralRow & { sortKey: string }>(
        `SELECT ${REFERRAL_COLUMNS}, ${queue.sortKey} AS "sortKey" FROM referral r
          WHERE ${queue.where} AND ($7::timestamptz IS NULL OR ${queue.after})
          ORDER BY ${queue.order} LIMIT $9`,
        [...values, after?.sortKey ?? null, after?.id ?? null, first + 1],
        `referral_${queue.name}_page`,
      ),
    ]);
    return { rows: rows.slice(0, first), totalCount: counted ? (counted[0]?.count ?? 0) : null, hasNextPage: rows.length > first };
  }
}
