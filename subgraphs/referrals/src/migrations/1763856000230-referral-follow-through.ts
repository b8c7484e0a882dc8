import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What following a referral through needs:
 * - `start_by`: when the receiving agency must begin work on a referral it accepted, so that a referral
 *   accepted and then left waiting is overdue like one never answered. Set on acceptance from the
 *   receiving agency's calendar; referrals accepted before this change get their acceptance time plus the
 *   urgency's response time in clock hours (their calendar at that time is not known any more).
 * - the family's withdrawal of consent (when, and who withdrew it), recorded only where consent was
 *   recorded, and WITHDRAW_CONSENT in the history, which keeps the reason as its note;
 * - `referral_follow_up`: the follow-up date each side (sender, receiver) keeps on a referral, with the
 *   time zone of that agency copied from the directory, so that "due today" needs no other subgraph.
 */
export class ReferralFollowThrough1763856000230 implements MigrationInterface {
  name = 'ReferralFollowThrough1763856000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral ADD COLUMN start_by timestamptz`);
    // The response times of the urgencies when this migration was written, in clock hours.
    await q.query(`
      UPDATE referral r SET start_by = a.at + make_interval(hours => CASE r.urgency WHEN 'EMERGENCY' THEN 24 WHEN 'URGENT' THEN 72 ELSE 336 END)
        FROM (SELECT referral_id, max(at) AS at FROM referral_event WHERE action = 'ACCEPT' GROUP BY referral_id) a
       WHERE a.referral_id = r.id`);
    await q.query(`ALTER TABLE referral ADD COLUMN consent_withdrawn_at timestamptz, ADD COLUMN consent_withdrawn_by_id uuid`);
    await q.query(`ALTER TABLE referral ADD CONSTRAINT referral_consent_withdrawal_complete
      CHECK ((consent_withdrawn_at IS NULL) = (consent_withdrawn_by_id IS NULL) AND (consent_withdrawn_at IS NULL OR consent_given_at IS NOT NULL))`);
    await q.query(`ALTER TABLE referral_event DROP CONSTRAINT referral_event_action_check`);
    await q.query(`ALTER TABLE referral_event ADD CONSTRAINT referral_event_action_check
      CHECK (action IN ('CREATE', 'ACCEPT', 'DECLINE', 'START', 'COMPLETE', 'WITHDRAW', 'WITHDRAW_CONSENT'))`);
    await q.query(`
      CREATE TABLE referral_follow_up (
        referral_id uuid NOT NULL REFERENCES referral (id),
        agency_id uuid NOT NULL,
        follow_up_on date NOT NULL,
        time_zone text NOT NULL,
        set_by_staff_id uuid,
        set_at timestamptz NOT NULL,
        PRIMARY KEY (referral_id, agency_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral_follow_up`);
    // The history is append-only: WITHDRAW_CONSENT entries stay, and the old check holds for new ones only.
    await q.query(`ALTER TABLE referral_event DROP CONSTRAINT referral_event_action_check`);
    await q.query(`ALTER TABLE referral_event ADD CONSTRAINT referral_event_action_check
      CHECK (action IN ('CREATE', 'ACCEPT', 'DECLINE', 'START', 'COMPLETE', 'WITHDRAW')) NOT VALID`);
    await q.query(`ALTER TABLE referral DROP CONSTRAINT referral_consent_withdrawal_complete`);
    await q.query(`ALTER TABLE referral DROP COLUMN consent_withdrawn_by_id, DROP COLUMN consent_withdrawn_at, DROP COLUMN start_by`);
  }
}
