import { Client } from 'pg';
import type { DatasetSize } from './dataset-spec';

/** What a loaded database says about the dataset in it. */
export interface DatasetMarker {
  version: number;
  anchorDate: string;
  size: DatasetSize;
  rows: Record<string, number>;
  builtAt: string;
  buildSeconds: number;
}

/**
 * A one-row table in each bench database, written last, after that database's load has finished:
 * a database without it (or with another version or size) was never fully loaded and is rebuilt.
 */
const TABLE = 'bench_dataset';

export async function readMarker(url: string): Promise<DatasetMarker | null> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS ok`, [TABLE]);
    if (!exists.rows[0].ok) return null;
    const { rows } = await client.query<{ marker: DatasetMarker }>(`SELECT marker FROM ${TABLE} LIMIT 1`);
    return rows[0]?.marker ?? null;
  } finally {
    await client.end();
  }
}

export async function writeMarker(url: string, marker: DatasetMarker): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (marker jsonb NOT NULL)`);
    await client.query(`DELETE FROM ${TABLE}`);
    await client.query(`INSERT INTO ${TABLE} (marker) VALUES ($1)`, [JSON.stringify(marker)]);
  } finally {
    await client.end();
  }
}

/** One line saying what the dataset holds. */
export function describeDataset(marker: DatasetMarker): string {
  const r = marker.rows;
  const n = (v: number) => v.toLocaleString('en');
  return (
    `${n(r.family)} families, ${n(r.person)} persons, ${n(r.service_episode)} service episodes, ${n(r.referral)} referrals with ${n(r.referral_event)} events, ` +
    `${n(marker.size.staff)} staff, ${n(r.appointment)} appointments (anchor day ${marker.anchorDate})`
  );
}
