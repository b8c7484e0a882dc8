import { Pool } from 'pg';
import { CaseJson, OPEN_STATUSES } from './case-vocabulary';

/** Who is reading, as the acting headers name them. */
export interface Acting {
  staffId: string;
  agencyId: string;
  requestId: string;
}

/** The case system's reads and its access log, over its own database. */
export class CaseStore {
  constructor(private readonly pool: Pool) {}

  /**
   * The cases of each family (by SatuPintu family id), oldest opened first, and one access-log row for
   * the read, in one transaction: a read that cannot be logged is not answered.
   */
  async casesOf(familyIds: string[], acting: Acting): Promise<Record<string, CaseJson[]>> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<CaseJson & { family_id: string }>(
        `SELECT l.satupintu_family_id::text AS family_id, c.register_no AS no_register, c.status, c.service_kind AS jenis_layanan,
                to_char(c.opened_on, 'YYYY-MM-DD') AS tanggal_buka, to_char(c.closed_on, 'YYYY-MM-DD') AS tanggal_tutup,
                c.counsellor_name AS nama_konselor, c.sessions_held AS jumlah_sesi
           FROM counselling_case c JOIN family_link l USING (family_register_no)
          WHERE l.satupintu_family_id = ANY($1::uuid[])
          ORDER BY c.opened_on, c.register_no`,
        [familyIds],
      );
      await client.query('INSERT INTO access_log (acting_staff_id, acting_agency_id, request_id, family_ids) VALUES ($1, $2, $3, $4::uuid[])', [
        acting.staffId,
        acting.agencyId,
        acting.requestId,
        familyIds,
      ]);
      await client.query('COMMIT');
      const grouped: Record<string, CaseJson[]> = Object.fromEntries(familyIds.map((id) => [id, []]));
      for (const { family_id: familyId, ...row } of rows) grouped[familyId].push(row);
      return grouped;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** How many cases of each service kind are open (active or waiting). */
  async caseload(): Promise<Array<{ jenis_layanan: string; jumlah: number }>> {
    const { rows } = await this.pool.query<{ jenis_layanan: string; jumlah: number }>(
      'SELECT service_kind AS jenis_layanan, count(*)::int AS jumlah FROM counselling_case WHERE status = ANY($1::text[]) GROUP BY service_kind ORDER BY service_kind',
      [OPEN_STATUSES],
    );
    return rows;
  }

  /** Whether the database answers. */
  async reachable(): Promise<boolean> {
    try {
      await this.pool.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
