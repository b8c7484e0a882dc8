import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child's role belongs to one child in one episode, and participants may come from more than one
 * family card (a couple before marriage). One row per participant: the person, the family whose card
 * they are on, and, for a child in a legal matter, their role as VICTIM, PERPETRATOR or WITNESS.
 *
 * Existing data: every entry of `participant_ids` becomes a row under the episode's own family. The old
 * episode-wide `child_role` moves to the participant only when the episode had exactly one participant
 * (the old rules required a child among the participants for a role, so that one was the child). With
 * several participants nobody can tell whose role it was, and giving it to all of them is the very
 * mistake this change removes; those roles stay in `unassigned_child_role`, which no API reads, for the
 * delivering agency to record again per child. The column is no longer written.
 *
 * `referring_agency_id` keeps the sending agency of the referral an episode was opened from, as the
 * referrals subgraph confirmed it at the time, so that the sender's right to see the children's roles
 * needs no other subgraph. Episodes opened before this change have none, and show the sender nothing.
 */
export class EpisodeParticipants1763856000420 implements MigrationInterface {
  name = 'EpisodeParticipants1763856000420';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE episode_participant (
        episode_id uuid NOT NULL REFERENCES service_episode (id),
        person_id uuid NOT NULL,
        family_id uuid NOT NULL,
        child_role text CHECK (child_role IN ('VICTIM', 'PERPETRATOR', 'WITNESS')),
        PRIMARY KEY (episode_id, person_id)
      )`);
    await q.query(`CREATE INDEX episode_participant_family ON episode_participant (family_id)`);
    await q.query(`
      INSERT INTO episode_participant (episode_id, person_id, family_id, child_role)
      SELECT e.id, p.person_id, e.family_id, CASE WHEN cardinality(e.participant_ids) = 1 THEN e.child_role END
        FROM service_episode e CROSS JOIN LATERAL unnest(e.participant_ids) AS p (person_id)
      ON CONFLICT DO NOTHING`);
    await q.query(`UPDATE service_episode SET child_role = NULL WHERE cardinality(participant_ids) = 1`);
    await q.query(`ALTER TABLE service_episode RENAME COLUMN child_role TO unassigned_child_role`);
    await q.query(`ALTER TABLE service_episode RENAME CONSTRAINT service_episode_child_role_check TO service_episode_unassigned_child_role_check`);
    await q.query(`ALTER TABLE service_episode ADD COLUMN referring_agency_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_episode DROP COLUMN referring_agency_id`);
    await q.query(`ALTER TABLE service_episode RENAME CONSTRAINT service_episode_unassigned_child_role_check TO service_episode_child_role_check`);
    await q.query(`ALTER TABLE service_episode RENAME COLUMN unassigned_child_role TO child_role`);
    // Back to one role per episode: an episode whose children had one role gets it back; one with different roles keeps none.
    await q.query(`
      UPDATE service_episode e SET child_role = r.child_role
        FROM (SELECT episode_id, min(child_role) AS child_role FROM episode_participant
               WHERE child_role IS NOT NULL GROUP BY episode_id HAVING count(DISTINCT child_role) = 1) r
       WHERE r.episode_id = e.id AND e.child_role IS NULL`);
    await q.query(`DROP TABLE episode_participant`);
  }
}
