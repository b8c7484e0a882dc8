import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following a case through after a referral:
 * - `episode_case_note`: notes appended to an episode over time, each with its author, time and who may
 *   read it (the delivering agency only, or also the agency that referred the family). Append-only: a
 *   case record's notes are evidence of what was known when, so they are never changed.
 * - `episode_sent_referral`: the sending agency's own episode linked to a referral it sent from it; a
 *   referral links to one episode, so the referral is the key.
 * - `service_episode.follow_up_on`: the date the delivering agency means to follow the episode up on,
 *   with an index for the agency's list of those due.
 */
export class EpisodeFollowThrough1763856000450 implements MigrationInterface {
  name = 'EpisodeFollowThrough1763856000450';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE episode_case_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        episode_id uuid NOT NULL REFERENCES service_episode (id),
        written_at timestamptz NOT NULL,
        author_staff_id uuid,
        author_agency_id uuid NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('AGENCY', 'SHARED_WITH_REFERRER')),
        text text NOT NULL
      )`);
    await q.query(`CREATE INDEX episode_case_note_episode ON episode_case_note (episode_id, written_at)`);
    await q.query(`
      CREATE TABLE episode_sent_referral (
        referral_id uuid PRIMARY KEY,
        episode_id uuid NOT NULL REFERENCES service_episode (id),
        linked_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX episode_sent_referral_episode ON episode_sent_referral (episode_id)`);
    await q.query(`ALTER TABLE service_episode ADD COLUMN follow_up_on date`);
    await q.query(`CREATE INDEX service_episode_follow_up ON service_episode (agency_id, follow_up_on, id) WHERE follow_up_on IS NOT NULL AND status <> 'CLOSED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX service_episode_follow_up`);
    await q.query(`ALTER TABLE service_episode DROP COLUMN follow_up_on`);
    await q.query(`DROP TABLE episode_sent_referral`);
    await q.query(`DROP TABLE episode_case_note`);
  }
}
