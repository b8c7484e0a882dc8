import { Sql } from '../../../kit';
import type { EpisodeEntity } from './episode.entity';

/** A service episode as resolvers receive it. */
export type EpisodeRow = EpisodeEntity;

export const EPISODE_COLUMNS = `id, family_id AS "familyId", family_region AS "familyRegion", participant_ids AS "participantIds",
  service_id AS "serviceId", agency_id AS "agencyId", status, opened_on AS "openedOn", closed_on AS "closedOn",
  closure_reason AS "closureReason", lead_worker_id AS "leadWorkerId", child_role AS "childRole", notes,
  referral_id AS "referralId", version`;

/** The only place the services subgraph reads service episodes. */
export class EpisodeRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<EpisodeRow[]> {
    return this.sql.query<EpisodeRow>(`SELECT ${EPISODE_COLUMNS} FROM service_episode WHERE id = ANY($1::uuid[])`, [ids], 'episode_by_ids');
  }

  /** Episodes of each family, newest first. */
  byFamilyIds(familyIds: readonly string[]): Promise<EpisodeRow[]> {
    return this.sql.query<EpisodeRow>(`SELECT ${EPISODE_COLUMNS} FROM service_episode WHERE family_id = ANY($1::uuid[]) ORDER BY opened_on DESC, id`, [familyIds], 'episode_by_family_ids');
  }

  /** Episodes any of the persons take part in, newest first. */
  byParticipantIds(personIds: readonly string[]): Promise<EpisodeRow[]> {
    return this.sql.query<EpisodeRow>(`SELECT ${EPISODE_COLUMNS} FROM service_episode WHERE participant_ids && $1::uuid[] ORDER BY opened_on DESC, id`, [personIds], 'episode_by_participant_ids');
  }
}
