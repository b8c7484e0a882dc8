import { Sql } from '../../../kit';
import type { EpisodeStatus } from '../generated/graphql';
import { CASE_NOTE_COLUMNS, CaseNoteRow, EPISODE_COLUMNS, EpisodeRow } from './episode.repository';
import type { EpisodeEntity, EpisodeParticipantEntity } from './episode.entity';

/** A new episode's row, as the service has checked it. */
export type EpisodeInsert = Pick<EpisodeEntity, 'familyId' | 'familyRegion' | 'serviceId' | 'agencyId' | 'openedOn' | 'leadWorkerId' | 'notes' | 'referralId' | 'referringAgencyId'>;

/** A new episode's participant, in the order named. */
export type ParticipantInsert = Omit<EpisodeParticipantEntity, 'episodeId'>;

/** The only place service episodes are written. Every method runs on the Sql it is given. */
export class EpisodeWriteRepository {
  constructor(private readonly sql: Sql) {}

  /** The episode and one row per participant; call inside a transaction, so that neither is written without the other. */
  async insert(row: EpisodeInsert, participants: readonly ParticipantInsert[]): Promise<EpisodeRow> {
    const [episode] = await this.sql.query<EpisodeRow>(
      `INSERT INTO service_episode (family_id, family_region, participant_ids, service_id, agency_id, status, opened_on,
                                    lead_worker_id, notes, referral_id, referring_agency_id)
       VALUES ($1, $2, $3::uuid[], $4, $5, 'OPEN', $6, $7, $8, $9, $10)
       RETURNING ${EPISODE_COLUMNS}`,
      [row.familyId, row.familyRegion, participants.map((p) => p.personId), row.serviceId, row.agencyId, row.openedOn, row.leadWorkerId, row.notes, row.referralId, row.referringAgencyId],
      'episode_insert',
    );
    await this.sql.query(
      `INSERT INTO episode_participant (episode_id, person_id, family_id, child_role)
       SELECT $1::uuid, p.person_id, p.family_id, p.child_role
         FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS p (person_id, family_id, child_role)`,
      [episode.id, participants.map((p) => p.personId), participants.map((p) => p.familyId), participants.map((p) => p.childRole)],
      'episode_participants_insert',
    );
    return episode;
  }

  /** An episode as it is now, read afresh (not from a request's loader). */
  async findById(id: string): Promise<EpisodeRow | null> {
    const rows = await this.sql.query<EpisodeRow>(`SELECT ${EPISODE_COLUMNS} FROM service_episode WHERE id = $1::uuid`, [id], 'episode_by_id_fresh');
    return rows[0] ?? null;
  }

  /**
   * Moves an episode between statuses if it is still at the version and status the caller read
   * (optimistic concurrency); closing sets the closure date and reason. Null when the row moved on.
   */
  async changeStatus(id: string, expectedVersion: number, from: EpisodeStatus, to: EpisodeStatus, closedOn: string | null, closureReason: string | null): Promise<EpisodeRow | null> {
    const rows = await this.sql.query<EpisodeRow>(
      `UPDATE service_episode SET status = $4, closed_on = $5, closure_reason = $6, version = version + 1
        WHERE id = $1::uuid AND version = $2 AND status = $3
        RETURNING ${EPISODE_COLUMNS}`,
      [id, expectedVersion, from, to, closedOn, closureReason],
      'episode_change_status',
    );
    return rows[0] ?? null;
  }

  /** Moves an episode to its next version if it is still at the one the caller read and not closed; null otherwise. */
  private async bump(id: string, expectedVersion: number, name: string, set = '', values: unknown[] = []): Promise<EpisodeRow | null> {
    const rows = await this.sql.query<EpisodeRow>(
      `UPDATE service_episode SET ${set}version = version + 1
        WHERE id = $1::uuid AND version = $2 AND status <> 'CLOSED'
        RETURNING ${EPISODE_COLUMNS}`,
      [id, expectedVersion, ...values],
      name,
    );
    return rows[0] ?? null;
  }

  /** Links a referral the episode's agency sent to the episode, at the version read. Null when the episode moved on. */
  async linkSentReferral(id: string, expectedVersion: number, referralId: string, linkedAt: Date): Promise<EpisodeRow | null> {
    const episode = await this.bump(id, expectedVersion, 'episode_bump_for_link');
    if (!episode) return null;
    await this.sql.query(`INSERT INTO episode_sent_referral (referral_id, episode_id, linked_at) VALUES ($1, $2, $3)`, [referralId, id, linkedAt], 'episode_sent_referral_insert');
    return episode;
  }

  /** Sets or clears the follow-up date at the version read. */
  setFollowUp(id: string, expectedVersion: number, followUpOn: string | null): Promise<EpisodeRow | null> {
    return this.bump(id, expectedVersion, 'episode_set_follow_up', 'follow_up_on = $3, ', [followUpOn]);
  }

  /** Sets one participant's role at the version read. */
  async setParticipantRole(id: string, expectedVersion: number, personId: string, childRole: string | null): Promise<EpisodeRow | null> {
    const episode = await this.bump(id, expectedVersion, 'episode_bump_for_role');
    if (!episode) return null;
    await this.sql.query(`UPDATE episode_participant SET child_role = $3 WHERE episode_id = $1::uuid AND person_id = $2::uuid`, [id, personId, childRole], 'episode_participant_set_role');
    return episode;
  }

  /** Appends a case note. */
  async insertNote(note: Omit<CaseNoteRow, 'id'>): Promise<CaseNoteRow> {
    const [row] = await this.sql.query<CaseNoteRow>(
      `INSERT INTO episode_case_note (episode_id, written_at, author_staff_id, author_agency_id, visibility, text)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CASE_NOTE_COLUMNS}`,
      [note.episodeId, note.writtenAt, note.authorStaffId, note.authorAgencyId, note.visibility, note.text],
      'episode_case_note_insert',
    );
    return row;
  }

  /** Sets the lead worker if the episode is still at the version the caller read and not closed. */
  async assignLeadWorker(id: string, expectedVersion: number, staffId: string): Promise<EpisodeRow | null> {
    const rows = await this.sql.query<EpisodeRow>(
      `UPDATE service_episode SET lead_worker_id = $3, version = version + 1
        WHERE id = $1::uuid AND version = $2 AND status <> 'CLOSED'
        RETURNING ${EPISODE_COLUMNS}`,
      [id, expectedVersion, staffId],
      'episode_assign_lead_worker',
    );
    return rows[0] ?? null;
  }
}
