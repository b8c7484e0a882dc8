import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import type { ActivityKind } from './activity-kind';
import type { CommunityActivityRow } from './activity-store';
import { ensureTemplateSchema } from './schema-store';

/** One activity to insert, with the families that attended it. */
export interface ActivitySeed {
  title: string;
  kind: ActivityKind;
  /** YYYY-MM-DD. */
  heldOn: string;
  placeName: string;
  attendance: Array<{ familyId: string; membersAttended: number }>;
}

/** An activity as inserted, with its new id. */
export type SeededActivity = CommunityActivityRow & Pick<ActivitySeed, 'attendance'>;

/** A day some days after another (YYYY-MM-DD), counted on the calendar. */
function daysAfter(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * A small sample for trials and tests: a parenting class on `firstDay` and an outreach event a week
 * later, both attended by the family, and a support group meeting two weeks later that it did not attend.
 */
export function sampleActivities(familyId: string, firstDay: string): ActivitySeed[] {
  return [
    { title: 'Kelas Pengasuhan Positif', kind: 'PARENTING_CLASS', heldOn: firstDay, placeName: 'Aula Kelurahan Pondok Aren', attendance: [{ familyId, membersAttended: 2 }] },
    { title: 'Penyuluhan Perlindungan Anak', kind: 'COMMUNITY_OUTREACH', heldOn: daysAfter(firstDay, 7), placeName: 'Balai Warga RW 05', attendance: [{ familyId, membersAttended: 3 }] },
    { title: 'Kelompok Dukungan Orang Tua', kind: 'SUPPORT_GROUP', heldOn: daysAfter(firstDay, 14), placeName: 'Ruang Pertemuan Puskesmas', attendance: [] },
  ];
}

/** Inserts activities and their attendance in one transaction (creating the tables first); returns what it inserted. */
export async function seedActivities(databaseUrl: string, seeds: readonly ActivitySeed[]): Promise<SeededActivity[]> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await ensureTemplateSchema(pool);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const seeded: SeededActivity[] = [];
      for (const seed of seeds) {
        const id = randomUUID();
        await client.query('INSERT INTO community_activity (id, title, kind, held_on, place_name) VALUES ($1, $2, $3, $4, $5)', [id, seed.title, seed.kind, seed.heldOn, seed.placeName]);
        for (const a of seed.attendance) {
          await client.query('INSERT INTO activity_attendance (activity_id, family_id, members_attended) VALUES ($1, $2, $3)', [id, a.familyId, a.membersAttended]);
        }
        seeded.push({ id, title: seed.title, kind: seed.kind, heldOn: seed.heldOn, placeName: seed.placeName, attendance: seed.attendance });
      }
      await client.query('COMMIT');
      return seeded;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}
