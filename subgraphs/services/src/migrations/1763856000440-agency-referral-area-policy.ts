import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an agency asks of a referral for a family outside the areas it serves: WARN (the referral is
 * made, and the sender is told) or REFUSE (the referral is refused). Every existing agency warns, as
 * referrals were never refused for their place before. Numbered 440 to leave 430 to the episode work
 * that was under way beside this change.
 */
export class AgencyReferralAreaPolicy1763856000440 implements MigrationInterface {
  name = 'AgencyReferralAreaPolicy1763856000440';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agency ADD COLUMN referral_area_policy text NOT NULL DEFAULT 'WARN'
        CONSTRAINT agency_referral_area_policy_check CHECK (referral_area_policy IN ('WARN', 'REFUSE'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agency DROP COLUMN referral_area_policy`);
  }
}
