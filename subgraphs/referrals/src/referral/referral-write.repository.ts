import { clock, Sql } from '../../../kit';
import type { DeclineReasonCode, ReferralStatus } from '../generated/graphql';
import type { NewReferral } from './create-referral-input';
import { REFERRAL_COLUMNS, ReferralRow } from './referral.repository';
import type { ReferralEventEntity } from './referral.entity';

/** A referral with the fingerprint of the request that created it. */
export type KeyedReferralRow = ReferralRow & { requestHash: string | null };

/** A new referral's row, as the service has checked it. */
export interface ReferralInsert {
  referral: NewReferral;
  requestHash: string;
  familyRegion: string;
  /** When the receiving agency is due to answer. */
  respondBy: Date;
}

/** One entry of a referral's history. */
export type ReferralEventInsert = Omit<ReferralEventEntity, 'id' | 'at'>;

/** What a transition changes besides the status. */
export interface TransitionChanges {
  outcome?: string;
  declineReasonCode?: DeclineReasonCode;
  /** Set on acceptance: when work must begin. */
  startBy?: Date;
}

/** The only place referrals are written. Every method runs on the transaction it is given. */
export class ReferralWriteRepository {
  constructor(private readonly sql: Sql) {}

  /** The referral a sender created with an idempotency key, if any. */
  async findByIdempotencyKey(fromAgencyId: string, key: string): Promise<KeyedReferralRow | null> {
    const rows = await this.sql.query<KeyedReferralRow>(
      `SELECT ${REFERRAL_COLUMNS}, r.request_hash AS "requestHash" FROM referral r WHERE r.from_agency_id = $1::uuid AND r.idempotency_key = $2`,
      [fromAgencyId, key],
      'referral_by_idempotency_key',
    );
    return rows[0] ?? null;
  }

  /**
   * Inserts the referral unless the sender already used the key: `ON CONFLICT DO NOTHING` on the unique
   * (from_agency_id, idempotency_key) waits for a concurrent insert of the same key to commit and then
   * writes nothing, so concurrent retries make one row. Null when the key was taken.
   */
  async insertIfNew(row: ReferralInsert): Promise<ReferralRow | null> {
    const r = row.referral;
    const rows = await this.sql.query<ReferralRow>(
      `INSERT INTO referral AS r (family_id, family_region, subject_ids, from_agency_id, to_agency_id, requested_service_id, need_category,
                                  urgency, reason, consent_given_by_id, consent_relationship, consent_given_at, consent_scope,
                                  no_consent_reason, status, respond_by, idempotency_key, request_hash, created_at, updated_at)
       VALUES ($1, $2, $3::uuid[], $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'SUBMITTED', $15, $16, $17, $18, $18)
       ON CONFLICT (from_agency_id, idempotency_key) DO NOTHING
       RETURNING ${REFERRAL_COLUMNS}`,
      [
        r.familyId,
        row.familyRegion,
        r.subjectIds,
        r.fromAgencyId,
        r.toAgencyId,
        r.requestedServiceId,
        r.needCategory,
        r.urgency,
        r.reason,
        r.consent?.givenById ?? null,
        r.consent?.relationship ?? null,
        r.consent?.givenAt ?? null,
        r.consent?.scope ?? null,
        r.noConsentReason,
        row.respondBy,
        r.idempotencyKey,
        row.requestHash,
        clock.now(),
      ],
      'referral_insert',
    );
    return rows[0] ?? null;
  }

  /** The subjects of a new referral, each with their role; in the transaction that inserted it. */
  async insertSubjects(referralId: string, subjects: ReadonlyArray<{ personId: string; childRole: string | null }>): Promise<void> {
    await this.sql.query(
      `INSERT INTO referral_subject (referral_id, person_id, child_role)
       SELECT $1::uuid, s.person_id, s.child_role FROM unnest($2::uuid[], $3::text[]) AS s (person_id, child_role)`,
      [referralId, subjects.map((s) => s.personId), subjects.map((s) => s.childRole)],
      'referral_subjects_insert',
    );
  }

  /** A referral as it is now, read afresh (not from a request's loader). */
  async findById(id: string): Promise<ReferralRow | null> {
    const rows = await this.sql.query<ReferralRow>(`SELECT ${REFERRAL_COLUMNS} FROM referral r WHERE r.id = $1::uuid`, [id], 'referral_by_id_fresh');
    return rows[0] ?? null;
  }

  /**
   * Moves a referral from one status to another if it is still at the version the caller read:
   * optimistic concurrency, so a change made meanwhile is never overwritten. Null when the row moved on.
   */
  async applyTransition(id: string, expectedVersion: number, from: ReferralStatus, to: ReferralStatus, changes: TransitionChanges): Promise<ReferralRow | null> {
    const rows = await this.sql.query<ReferralRow>(
      `UPDATE referral r SET status = $4, version = r.version + 1, updated_at = $7,
              outcome = COALESCE($5, r.outcome), decline_reason_code = COALESCE($6, r.decline_reason_code),
              start_by = COALESCE($8, r.start_by)
        WHERE r.id = $1::uuid AND r.version = $2 AND r.status = $3
        RETURNING ${REFERRAL_COLUMNS}`,
      [id, expectedVersion, from, to, changes.outcome ?? null, changes.declineReasonCode ?? null, clock.now(), changes.startBy ?? null],
      'referral_transition',
    );
    return rows[0] ?? null;
  }

  /**
   * Records the family's withdrawal of consent if the referral is still at the version the caller read
   * and its consent stands. Null when the row moved on.
   */
  async withdrawConsent(id: string, expectedVersion: number, withdrawnById: string): Promise<ReferralRow | null> {
    const rows = await this.sql.query<ReferralRow>(
      `UPDATE referral r SET consent_withdrawn_at = $4, consent_withdrawn_by_id = $3, version = r.version + 1, updated_at = $4
        WHERE r.id = $1::uuid AND r.version = $2 AND r.consent_given_at IS NOT NULL AND r.consent_withdrawn_at IS NULL
        RETURNING ${REFERRAL_COLUMNS}`,
      [id, expectedVersion, withdrawnById, clock.now()],
      'referral_withdraw_consent',
    );
    return rows[0] ?? null;
  }

  /** Sets one side's follow-up date on a referral, replacing the one it had. */
  async setFollowUp(referralId: string, agencyId: string, followUpOn: string, timeZone: string, staffId: string | null): Promise<void> {
    await this.sql.query(
      `INSERT INTO referral_follow_up (referral_id, agency_id, follow_up_on, time_zone, set_by_staff_id, set_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (referral_id, agency_id) DO UPDATE
         SET follow_up_on = EXCLUDED.follow_up_on, time_zone = EXCLUDED.time_zone, set_by_staff_id = EXCLUDED.set_by_staff_id, set_at = EXCLUDED.set_at`,
      [referralId, agencyId, followUpOn, timeZone, staffId, clock.now()],
      'referral_follow_up_set',
    );
  }

  /** Clears one side's follow-up date on a referral. */
  async clearFollowUp(referralId: string, agencyId: string): Promise<void> {
    await this.sql.query(`DELETE FROM referral_follow_up WHERE referral_id = $1::uuid AND agency_id = $2::uuid`, [referralId, agencyId], 'referral_follow_up_clear');
  }

  /** Appends to a referral's history (the table refuses updates and deletes). */
  async appendEvent(event: ReferralEventInsert): Promise<void> {
    await this.sql.query(
      `INSERT INTO referral_event (referral_id, at, action, from_status, to_status, actor_staff_id, actor_agency_id, note)
       VALUES ($1, $8, $2, $3, $4, $5, $6, $7)`,
      [event.referralId, event.action, event.fromStatus, event.toStatus, event.actorStaffId, event.actorAgencyId, event.note, clock.now()],
      'referral_event_insert',
    );
  }
}
