import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the episode mutations rely on: a referral turns into at most one episode (an episode opened
 * from an accepted referral links to it), enforced by the database so that two
 * concurrent opens from one referral cannot both succeed; and a closure reason exactly when closed.
 */
export class EpisodeWorkflow1763856000410 implements MigrationInterface {
  name = 'EpisodeWorkflow1763856000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX service_episode_referral ON service_episode (referral_id) WHERE referral_id IS NOT NULL`);
    await q.query(`ALTER TABLE service_episode ADD CONSTRAINT service_episode_closure_reason_when_closed
      CHECK ((status = 'CLOSED') = (closure_reason IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_episode DROP CONSTRAINT service_episode_closure_reason_when_closed`);
    await q.query(`DROP INDEX service_episode_referral`);
  }
}
