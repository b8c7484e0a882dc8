import { Sql } from '../../../kit';
import type { EpisodeEntity, EpisodeParticipantEntity } from './episode.entity';

/** A service episode as resolvers receive it (the role no API reads is left in the table). */
export type EpisodeRow = Omit<EpisodeEntity, 'unassignedChildRole'>;

/** An episode as one family's profile lists it: the family it is listed under, its own or a participant's. */
export type FamilyEpisodeRow = EpisodeRow & { listedFamilyId: string };

/** One participant of an episode. */
export type ParticipantRow = EpisodeParticipantEntity;

export const EPISODE_COLUMNS = `id, family_id AS "familyId", family_region AS "familyRegion", participant_ids AS "participantIds",
  service_id AS "serviceId", agency_id AS "agencyId", status, opened_on AS "openedOn", closed_on AS "closedOn",
  closure_reason AS "closureReason", lead_worker_id AS "leadWorkerId", notes,
  referral_id AS "referralId", referring_agency_id AS "referringAgencyId", version`;

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

  /** Episodes any of the persons take part in, newest first. */
  byParticipantIds(personIds: readonly string[]): Promise<EpisodeRow[]> {
    return this.sql.query<EpisodeRow>(`SELECT ${EPISODE_COLUMNS} FROM service_episode WHERE participant_ids && $1::uuid[] ORDER BY opened_on DESC, id`, [personIds], 'episode_by_participant_ids');
  }
}
