import { MigrationInterface, QueryRunner } from 'typeorm';

const DECLINE_REASONS = `'OUTSIDE_SERVICE_AREA', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'NEED_NOT_IN_SCOPE', 'DUPLICATE', 'FAMILY_DECLINED', 'OTHER'`;

/**
 * What the referral workflow writes beyond the read side: the coded reason of a decline (a decline
 * carries a reason code, which can be counted, and a text, which is the outcome), and the pairing of an idempotency key with the hash
 * of the request it was first used for, without which a reused key could not be told from a retry.
 */
export class ReferralWorkflow1763856000210 implements MigrationInterface {
  name = 'ReferralWorkflow1763856000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral ADD COLUMN decline_reason_code text CHECK (decline_reason_code IN (${DECLINE_REASONS}))`);
    await q.query(`ALTER TABLE referral ADD CONSTRAINT referral_decline_reason_only_when_declined
      CHECK (decline_reason_code IS NULL OR status = 'DECLINED')`);
    await q.query(`ALTER TABLE referral ADD CONSTRAINT referral_idempotency_key_has_hash
      CHECK ((idempotency_key IS NULL) = (request_hash IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE referral DROP CONSTRAINT referral_idempotency_key_has_hash`);
    await q.query(`ALTER TABLE referral DROP CONSTRAINT referral_decline_reason_only_when_declined`);
    await q.query(`ALTER TABLE referral DROP COLUMN decline_reason_code`);
  }
}
