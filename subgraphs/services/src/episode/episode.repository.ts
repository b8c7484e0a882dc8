import { Sql } from '../../../kit';
import type { EpisodeCaseNoteEntity, EpisodeEntity, EpisodeParticipantEntity, EpisodeSentReferralEntity } from './episode.entity';

/** A service episode as resolvers receive it (the role no API reads is left in the table). */
export type EpisodeRow = Omit<EpisodeEntity, 'unassignedChildRole'>;

/** An episode as one family's profile lists it: the family it is listed under, its own or a participant's. */
export type FamilyEpisodeRow = EpisodeRow & { listedFamilyId: string };

/** One participant of an episode. */
export type ParticipantRow = EpisodeParticipantEntity;

/** One case note of an episode. */
export type CaseNoteRow = EpisodeCaseNoteEntity;

/** A referral sent from an episode. */
export type SentReferralRow = EpisodeSentReferralEntity;

export const CASE_NOTE_COLUMNS = `id, episode_id AS "episodeId", written_at AS "writtenAt", author_staff_id AS "authorStaffId",
  author_agency_id AS "authorAgencyId", visibility, text`;

export const EPISODE_COLUMNS = `id, family_id AS "familyId", family_region AS "familyRegion", participant_ids AS "participantIds",
  service_id AS "serviceId", agency_id AS "agencyId", status, opened_on AS "openedOn", closed_on AS "closedOn",
  closure_reason AS "closureReason", lead_worker_id AS "leadWorkerId", notes,
  referral_id AS "referralId", referring_agency_id AS "referringAgencyId", follow_up_on AS "followUpOn", version`;

/** The only place the services subgraph reads service episodes. */
export class EpisodeRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<EpisodeRow[]> {
    return this.sql.query<EpisodeRow>(`SELECT ${EPISODE_COLUMNS} FROM service_episode WHERE id = ANY($1::uuid[])`, [ids], 'episode_by_ids');
  }

  /**
   * Episodes of each family, newest first: those recorded under it and those a participant from its
   * card takes part in (a couple on two cards), once per family they are listed under.
   */
  byFamilyIds(familyIds: readonly string[]): Promise<FamilyEpisodeRow[]> {
    return this.sql.query<FamilyEpisodeRow>(
      `SELECT ${EPISODE_COLUMNS}, listed_family_id AS "listedFamilyId"
         FROM (SELECT e.*, l.family_id AS listed_family_id
                 FROM (SELECT id AS episode_id, family_id FROM service_episode WHERE family_id = ANY($1::uuid[])
                       UNION
                       SELECT episode_id, family_id FROM episode_participant WHERE family_id = ANY($1::uuid[])) l
                 JOIN service_episode e ON e.id = l.episode_id) listed
        ORDER BY opened_on DESC, id`,
      [familyIds],
      'episode_by_family_ids',
    );
  }

  /** Each episode's participants (their order is the episode's participant_ids). */
  participantsOf(episodeIds: readonly string[]): Promise<ParticipantRow[]> {
    return this.sql.query<ParticipantRow>(
      `SELECT episode_id AS "episodeId", person_id AS "personId", family_id AS "familyId", child_role AS "childRole"
         FROM episode_participant WHERE episode_id = ANY($1::uuid[])`,
      [episodeIds],
      'episode_participants_by_episode_ids',
    );
  }

  /** The episodes opened from each referral (at most one each). */
  byReferralIds(referralIds: readonly string[]): Promise<EpisodeRow[]> {
    return this.sql.query<EpisodeRow>(`SELECT ${EPISODE_COLUMNS} FROM service_episode WHERE referral_id = ANY($1::uuid[])`, [referralIds], 'episode_by_referral_ids');
  }

  /** Each episode's case notes, oldest first. */
  notesOf(episodeIds: readonly string[]): Promise<CaseNoteRow[]> {
    return this.sql.query<CaseNoteRow>(
      `SELECT ${CASE_NOTE_COLUMNS} FROM episode_case_note WHERE episode_id = ANY($1::uuid[]) ORDER BY written_at, id`,
      [episodeIds],
      'episode_case_notes_by_episode_ids',
    );
  }

  /** The sending episode linked to each referral. */
  sentLinksByReferralIds(referralIds: readonly string[]): Promise<SentReferralRow[]> {
    return this.sql.query<SentReferralRow>(
      `SELECT referral_id AS "referralId", episode_id AS "episodeId", linked_at AS "linkedAt" FROM episode_sent_referral WHERE referral_id = ANY($1::uuid[])`,
      [referralIds],
      'episode_sent_referral_by_referral_ids',
    );
  }

  /** The referrals linked to each episode as sent from it, in the order linked. */
  sentLinksByEpisodeIds(episodeIds: readonly string[]): Promise<SentReferralRow[]> {
    return this.sql.query<SentReferralRow>(
      `SELECT referral_id AS "referralId", episode_id AS "episodeId", linked_at AS "linkedAt" FROM episode_sent_referral WHERE episode_id = ANY($1::uuid[]) ORDER BY linked_at, referral_id`,
      [episodeIds],
      'episode_sent_referral_by_episode_ids',
    );
  }

  /**
   * One page of an agency's episodes that are not CLOSED and whose follow-up date is `today` or earlier,
   * the longest due first (index service_episode_follow_up), after a keyset position.
   */
  async followUpDue(agencyId: string, today: string, first: number, after: { followUpOn: string; id: string } | null): Promise<{ rows: EpisodeRow[]; totalCount: number; hasNextPage: boolean }> {
    const where = `agency_id = $1::uuid AND follow_up_on IS NOT NULL AND status <> 'CLOSED' AND follow_up_on <= $2::date`;
    const [counted, rows] = await Promise.all([
      this.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM service_episode WHERE ${where}`, [agencyId, today], 'episode_follow_up_due_count'),
      this.sql.query<EpisodeRow>(
        `SELECT ${EPISODE_COLUMNS} FROM service_episode
          WHERE ${where} AND ($3::date IS NULL OR (follow_up_on, id) > ($3::date, $4::uuid))
          ORDER BY follow_up_on, id LIMIT $5`,
        [agencyId, today, after?.followUpOn ?? null, after?.id ?? null, first + 1],
        'episode_follow_up_due_page',
      ),
    ]);
    return { rows: rows.slice(0, first), totalCount: counted[0]?.count ?? 0, hasNextPage: rows.length > first };
  }

  /** Episodes any of the persons take part in, newest first. */
  byParticipantIds(personIds: readonly string[]): Promise<EpisodeRow[]> {
    return this.sql.query<EpisodeRow>(`SELECT ${EPISODE_COLUMNS} FROM service_episode WHERE participant_ids && $1::uuid[] ORDER BY opened_on DESC, id`, [personIds], 'episode_by_participant_ids');
  }
}
