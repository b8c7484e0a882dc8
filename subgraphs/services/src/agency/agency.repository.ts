import { Sql } from '../../../kit';
import type { AgencyEntity } from './agency.entity';

/** An agency as resolvers receive it. */
export type AgencyRow = AgencyEntity;

const AGENCY_COLUMNS = `id, code, name, kind, sector, jurisdiction, time_zone AS "timeZone", region_code AS "regionCode",
  area_served AS "areaServed", address, phone, fax, email, operator, referral_area_policy AS "referralAreaPolicy"`;

/** The only place the services subgraph reads agencies. */
export class AgencyRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<AgencyRow[]> {
    return this.sql.query<AgencyRow>(`SELECT ${AGENCY_COLUMNS} FROM agency WHERE id = ANY($1::uuid[])`, [ids], 'agency_by_ids');
  }

  list(filter: { jurisdiction?: string | null; kind?: string | null; sector?: string | null; code?: string | null }): Promise<AgencyRow[]> {
    return this.sql.query<AgencyRow>(
      `SELECT ${AGENCY_COLUMNS} FROM agency
        WHERE ($1::text IS NULL OR jurisdiction = $1) AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR sector = $3)
          AND ($4::text IS NULL OR code = $4)
        ORDER BY jurisdiction DESC, name`,
      [filter.jurisdiction ?? null, filter.kind ?? null, filter.sector ?? null, filter.code ?? null],
      'agency_list',
    );
  }
}
