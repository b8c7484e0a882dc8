import { Sql } from '../../../kit';
import type { ServiceEntity } from './service.entity';

/** A service as resolvers receive it. */
export type ServiceRow = ServiceEntity;

const SERVICE_COLUMNS = `id, agency_id AS "agencyId", code, category, name, description, fee_free AS "feeFree",
  eligibility, requires_child_role AS "requiresChildRole"`;

/** The only place the services subgraph reads services. */
export class ServiceRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<ServiceRow[]> {
    return this.sql.query<ServiceRow>(`SELECT ${SERVICE_COLUMNS} FROM service WHERE id = ANY($1::uuid[])`, [ids], 'service_by_ids');
  }

  byAgencyIds(agencyIds: readonly string[]): Promise<ServiceRow[]> {
    return this.sql.query<ServiceRow>(`SELECT ${SERVICE_COLUMNS} FROM service WHERE agency_id = ANY($1::uuid[]) ORDER BY name`, [agencyIds], 'service_by_agency_ids');
  }
}
