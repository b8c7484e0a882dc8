import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child's role belongs to one child: a referral about a victim and a sibling who witnessed the
 * violence must say which is which. One row per subject of a referral, with that child's role in a
 * legal matter (VICTIM, PERPETRATOR or WITNESS) where the sender recorded one. Existing referrals
 * recorded no roles: each of their subjects gets a row without one.
 */
export class ReferralSubjects1763856000220 implements MigrationInterface {
  name = 'ReferralSubjects1763856000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral_subject (
        referral_id uuid NOT NULL REFERENCES referral (id),
        person_id uuid NOT NULL,
        child_role text CHECK (child_role IN ('VICTIM', 'PERPETRATOR', 'WITNESS')),
        PRIMARY KEY (referral_id, person_id)
      )`);
    await q.query(`
      INSERT INTO referral_subject (referral_id, person_id)
      SELECT r.id, s.person_id FROM referral r CROSS JOIN LATERAL unnest(r.subject_ids) AS s (person_id)
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral_subject`);
  }
}
