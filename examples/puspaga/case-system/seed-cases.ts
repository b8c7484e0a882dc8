import { Pool, PoolClient } from 'pg';
import { addDays } from '../../../demo/local-time';
import { namedUuid } from '../../../demo/random';
import type { World, WorldEpisode, WorldFamily } from '../../../demo/world-types';
import { ensureCaseSchema } from './case-schema';
import { CaseStatus, ServiceKind } from './case-vocabulary';

/** The SatuPintu region of Kota Tangerang Selatan, where PUSPAGA Kota Tangerang Selatan works. */
const TANGSEL = '3674';
const AGENCY_CODE = 'PUSPAGA-TANGSEL';
/** The showcase family PUSPAGA already serves in SatuPintu (demo/reference/showcase-families.ts). */
export const SHOWCASE_FAMILY_ID = namedUuid('showcase/tangsel-hasan');

/** One case to seed, before it has its register numbers. */
export interface SeedCase {
  familyId: string;
  status: CaseStatus;
  kind: ServiceKind;
  openedOn: string;
  closedOn: string | null;
  counsellor: string;
  sessions: number;
}

/** PUSPAGA's own word for where an episode SatuPintu knows stands. */
const STATUS_OF_EPISODE: Record<WorldEpisode['status'], CaseStatus> = { OPEN: 'MENUNGGU', ACTIVE: 'AKTIF', ON_HOLD: 'MENUNGGU', CLOSED: 'SELESAI' };

/** PUSPAGA's service kind for a SatuPintu service category. */
function kindOfCategory(category: string): ServiceKind {
  if (category === 'GROUP_SESSION' || category === 'COMMUNITY_EDUCATION') return 'KELAS_PENGASUHAN';
  if (category === 'CONSULTATION') return 'KONSULTASI_PSIKOLOG';
  return 'KONSELING_KELUARGA';
}

/**
 * The cases PUSPAGA Kota Tangerang Selatan's own system holds for the demo world: one for each episode
 * the agency has in SatuPintu (with the episode's dates and lead worker), an earlier consultation,
 * finished, for the showcase family, and older cases, finished or referred onward, for some other
 * families of the city that SatuPintu has no PUSPAGA record of (the system is older than its link).
 * Deterministic: the same world gives the same cases, register numbers included.
 */
export function puspagaCasesOf(world: World): SeedCase[] {
  const agency = world.agencies.find((a) => a.code === AGENCY_CODE);
  if (!agency) throw new Error(`the demo world has no ${AGENCY_CODE}`);
  const staffName = new Map(world.staff.map((s) => [s.id, s.fullName]));
  const counsellors = world.staff.filter((s) => s.agencyId === agency.id && (s.role === 'COUNSELLOR' || s.role === 'PSYCHOLOGIST')).map((s) => s.fullName);
  if (counsellors.length === 0) throw new Error(`${AGENCY_CODE} has no counsellor in the demo world`);
  const categoryOf = new Map(agency.services.map((s) => [s.id, s.category]));
  const cases: SeedCase[] = [];
  const episodes = world.episodes.filter((e) => e.agencyId === agency.id);
  episodes.forEach((e, i) => {
    const status = STATUS_OF_EPISODE[e.status];
    cases.push({
      familyId: e.familyId,
      status,
      kind: kindOfCategory(categoryOf.get(e.serviceId) ?? ''),
      openedOn: e.openedOn,
      closedOn: e.closedOn,
      counsellor: (e.leadWorkerId && staffName.get(e.leadWorkerId)) || counsellors[i % counsellors.length],
      sessions: status === 'MENUNGGU' ? 0 : status === 'SELESAI' ? 6 : 1 + (i % 4),
    });
  });
  const showcase = episodes.find((e) => e.familyId === SHOWCASE_FAMILY_ID);
  if (showcase) {
    const openedOn = addDays(showcase.openedOn, -320);
    cases.push({ familyId: SHOWCASE_FAMILY_ID, status: 'SELESAI', kind: 'KONSULTASI_PSIKOLOG', openedOn, closedOn: addDays(openedOn, 35), counsellor: counsellors[0], sessions: 4 });
  }
  const served = new Set(episodes.map((e) => e.familyId));
  const others = world.families.filter((f: WorldFamily) => (f.regionCode ?? '').startsWith(TANGSEL) && !served.has(f.id) && !f.addressProtected);
  others
    .filter((_f, i) => i % 5 === 0)
    .forEach((f, i) => {
      const openedOn = addDays(f.createdAt.slice(0, 10), -200 - 17 * i);
      const referred = i % 3 === 2;
      cases.push({
        familyId: f.id,
        status: referred ? 'DIRUJUK' : 'SELESAI',
        kind: (['KONSELING_KELUARGA', 'KELAS_PENGASUHAN', 'KONSULTASI_PSIKOLOG'] as const)[i % 3],
        openedOn,
        closedOn: addDays(openedOn, referred ? 14 : 60),
        counsellor: counsellors[i % counsellors.length],
        sessions: referred ? 1 : 3 + (i % 5),
      });
    });
  return cases;
}

async function insertCases(client: PoolClient, cases: SeedCase[]): Promise<void> {
  // Register numbers run per year in the order cases were opened; family register numbers in the order families first came.
  const ordered = [...cases].sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.familyId.localeCompare(b.familyId) || a.kind.localeCompare(b.kind));
  const familyNumbers = new Map<string, string>();
  const perYear = new Map<string, number>();
  for (const c of ordered) {
    let familyNo = familyNumbers.get(c.familyId);
    if (!familyNo) {
      familyNo = `KLG/TGS/${String(familyNumbers.size + 1).padStart(5, '0')}`;
      familyNumbers.set(c.familyId, familyNo);
      await client.query('INSERT INTO family_link (family_register_no, satupintu_family_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [familyNo, c.familyId]);
    }
    const year = c.openedOn.slice(0, 4);
    const serial = (perYear.get(year) ?? 100) + 1;
    perYear.set(year, serial);
    await client.query(
      `INSERT INTO counselling_case (register_no, family_register_no, status, service_kind, opened_on, closed_on, counsellor_name, sessions_held)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [`PSP/TGS/${year}/${String(serial).padStart(4, '0')}`, familyNo, c.status, c.kind, c.openedOn, c.closedOn, c.counsellor, c.sessions],
    );
  }
}

/**
 * Fills PUSPAGA's case system from SatuPintu's demo world (see puspagaCasesOf), creating its tables
 * first. Idempotent: seeding the same world again adds nothing.
 */
export async function seedPuspagaCases(databaseUrl: string, world: World): Promise<{ families: number; cases: number }> {
  const cases = puspagaCasesOf(world);
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await ensureCaseSchema(pool);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await insertCases(client, cases);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
  return { families: new Set(cases.map((c) => c.familyId)).size, cases: cases.length };
}
