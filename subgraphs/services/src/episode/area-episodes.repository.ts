import { Sql } from '../../../kit';
import type { EpisodeStatus } from '../generated/graphql';
import { EPISODE_COLUMNS, EpisodeRow } from './episode.repository';

/** Open episodes of an area, counted one way: by agency, service or lead worker id. */
export interface AreaEpisodeGroups {
  total: number;
  byStatus: Partial<Record<EpisodeStatus, number>>;
  byAgency: Array<{ id: string; count: number }>;
  byService: Array<{ id: string; count: number }>;
  byLeadWorker: Array<{ id: string; count: number }>;
  withoutLeadWorker: number;
}

/** Which of an area's episodes to list; each filter ignored when null. */
export interface AreaEpisodeFilter {
  places: string[];
  agencyId?: string | null;
  serviceId?: string | null;
  leadWorkerId?: string | null;
  withoutLeadWorker?: boolean | null;
  status?: EpisodeStatus | null;
}

/** The episode's family region starts with one of the places in $1 (never null: an empty area matches nothing). */
const IN_AREA = `$1::text[] IS NOT NULL AND EXISTS (SELECT 1 FROM unnest($1::text[]) AS a(prefix) WHERE starts_with(family_region, a.prefix))`;

/** $2 agency, $3 service, $4 lead worker, $5 without lead worker, $6 status (null: every status but CLOSED). */
const AREA_FILTERS = `${IN_AREA}
  AND ($2::uuid IS NULL OR agency_id = $2::uuid)
  AND ($3::uuid IS NULL OR service_id = $3::uuid)
  AND ($4::uuid IS NULL OR lead_worker_id = $4::uuid)
  AND ($5::boolean IS NULL OR $5::boolean = (lead_worker_id IS NULL))
  AND (($6::text IS NULL AND status <> 'CLOSED') OR status = $6::text)`;

/** Area-wide episode counts and the lists behind them: every agency's episodes for the area's families. */
export class AreaEpisodesRepository {
  constructor(private readonly sql: Sql) {}

  /** The open (not CLOSED) episodes of the area, grouped each way, the largest groups first. */
  async openCounts(places: string[]): Promise<AreaEpisodeGroups> {
    const group = (column: string) =>
      `(SELECT COALESCE(jsonb_agg(jsonb_build_object('id', g.id, 'count', g.n) ORDER BY g.n DESC, g.id), '[]'::jsonb)
          FROM (SELECT ${column} AS id, count(*)::int AS n FROM counted WHERE ${column} IS NOT NULL GROUP BY ${column}) g)`;
    const [row] = await this.sql.query<AreaEpisodeGroups>(
      `WITH counted AS (SELECT agency_id, service_id, lead_worker_id, status FROM service_episode WHERE ${IN_AREA} AND status <> 'CLOSED')
       SELECT (SELECT count(*)::int FROM counted) AS total,
              (SELECT COALESCE(jsonb_object_agg(s.status, s.n), '{}'::jsonb)
                 FROM (SELECT status, count(*)::int AS n FROM counted GROUP BY status) s) AS "byStatus",
              ${group('agency_id')} AS "byAgency",
              ${group('service_id')} AS "byService",
              ${group('lead_worker_id')} AS "byLeadWorker",
              (SELECT count(*)::int FROM counted WHERE lead_worker_id IS NULL) AS "withoutLeadWorker"`,
      [places],
      'episode_area_counts',
    );
    return row;
  }

  /** One page of the area's episodes, oldest opened first, after a keyset position. */
  async areaPage(filter: AreaEpisodeFilter, first: number, after: { openedOn: string; id: string } | null): Promise<{ rows: EpisodeRow[]; totalCount: number; hasNextPage: boolean }> {
    const values = [filter.places, filter.agencyId ?? null, filter.serviceId ?? null, filter.leadWorkerId ?? null, filter.withoutLeadWorker ?? null, filter.status ?? null];
    const [counted, rows] = await Promise.all([
      this.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM service_episode WHERE ${AREA_FILTERS}`, values, 'episode_area_count'),
      this.sql.query<EpisodeRow>(
        `SELECT ${EPISODE_COLUMNS} FROM service_episode
          WHERE ${AREA_FILTERS} AND ($7::date IS NULL OR (opened_on, id) > ($7::date, $8::uuid))
          ORDER BY opened_on, id LIMIT $9`,
        [...values, after?.openedOn ?? null, after?.id ?? null, first + 1],
        'episode_area_page',
      ),
    ]);
    return { rows: rows.slice(0, first), totalCount: counted[0]?.count ?? 0, hasNextPage: rows.length > first };
  }
}
