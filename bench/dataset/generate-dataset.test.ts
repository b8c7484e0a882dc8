import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHkid, parseKk, parseNik } from '../../subgraphs/families/src/identifiers';
import { generateWorld } from '../../demo/world';
import { BULK_TABLES, BulkTable } from './bulk-tables';
import type { DatasetSize } from './dataset-spec';
import { generateDataset, GeneratedFiles } from './generate-dataset';

const ANCHOR = '2026-11-23';
const SIZE: DatasetSize = { families: 400, episodes: 800, referrals: 600, staff: 400, appointments: 3000 };

/** Reads a COPY text file back into rows keyed by column (enough for the generator's values: no escapes besides \N). */
function rows(files: GeneratedFiles, table: BulkTable): Array<Record<string, string | null>> {
  const columns = BULK_TABLES[table].columns;
  return readFileSync(files.files[table], 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v === '\\N' ? null : v])));
}

describe('generateDataset', () => {
  const dirs: string[] = [];
  const generate = () => {
    const dir = mkdtempSync(join(tmpdir(), 'satupintu-bench-'));
    dirs.push(dir);
    return generateDataset(generateWorld({ families: 0, anchorDate: ANCHOR }), SIZE, ANCHOR, join(dir, 'copy'));
  };
  let files: GeneratedFiles;

  beforeAll(() => {
    files = generate();
  });
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('is deterministic: the same seed, size and day give the same files', () => {
    const again = generate();
    for (const table of Object.keys(BULK_TABLES) as BulkTable[]) {
      expect(readFileSync(again.files[table], 'utf8')).toBe(readFileSync(files.files[table], 'utf8'));
    }
  });

  it('makes the asked numbers of families, staff and appointments, and about the asked episodes and referrals', () => {
    expect(files.rows.family).toBe(SIZE.families);
    // The demo world's own staff count towards the asked number.
    expect(files.rows.staff).toBe(SIZE.staff - generateWorld({ families: 0, anchorDate: ANCHOR }).staff.length);
    expect(files.rows.appointment).toBe(SIZE.appointments);
    expect(files.rows.service_episode / SIZE.episodes).toBeGreaterThan(0.85);
    expect(files.rows.service_episode / SIZE.episodes).toBeLessThan(1.15);
    expect(files.rows.referral / SIZE.referrals).toBeGreaterThan(0.85);
    expect(files.rows.referral / SIZE.referrals).toBeLessThan(1.15);
  });

  it('gives valid, unique NIKs, No. KKs and HKIDs', () => {
    const today = new Date(`${ANCHOR}T00:00:00Z`);
    const persons = rows(files, 'person');
    const niks = persons.map((p) => p.nik).filter((n): n is string => n !== null);
    const hkids = persons.map((p) => p.hkid).filter((n): n is string => n !== null);
    expect(niks.length + hkids.length).toBe(persons.length);
    for (const p of persons.filter((x) => x.nik)) {
      const parsed = parseNik(p.nik!, today);
      expect(parsed.ok && parsed.value.sex === p.sex && parsed.value.birthDate === p.birth_date).toBe(true);
    }
    for (const hkid of hkids) expect(parseHkid(hkid).ok).toBe(true);
    const kks = rows(files, 'family_card').map((c) => c.kk_number!);
    for (const kk of kks) expect(parseKk(kk, today).ok).toBe(true);
    expect(new Set(niks).size).toBe(niks.length);
    expect(new Set(hkids).size).toBe(hkids.length);
    expect(new Set(kks).size).toBe(kks.length);
  });

  it('never double-books a staff member', () => {
    const byStaff = new Map<string, Array<[number, number]>>();
    for (const a of rows(files, 'appointment')) {
      const list = byStaff.get(a.staff_id!) ?? [];
      list.push([Date.parse(a.starts_at!), Date.parse(a.ends_at!)]);
      byStaff.set(a.staff_id!, list);
    }
    for (const slots of byStaff.values()) {
      slots.sort((x, y) => x[0] - y[0]);
      for (let i = 1; i < slots.length; i++) expect(slots[i][0]).toBeGreaterThanOrEqual(slots[i - 1][1]);
    }
  });

  it('keeps the rules the tables check: consent, distinct agencies, histories, closures', () => {
    const events = rows(files, 'referral_event');
    const eventsOf = new Map<string, number>();
    for (const e of events) eventsOf.set(e.referral_id!, (eventsOf.get(e.referral_id!) ?? 0) + 1);
    for (const r of rows(files, 'referral')) {
      expect(r.from_agency_id).not.toBe(r.to_agency_id);
      expect(r.consent_given_at !== null || (r.urgency === 'EMERGENCY' && r.no_consent_reason !== null)).toBe(true);
      expect(Number(r.version)).toBe(eventsOf.get(r.id!));
      expect(r.decline_reason_code === null || r.status === 'DECLINED').toBe(true);
    }
    for (const e of events) expect(e.action === 'CREATE').toBe(e.from_status === null);
    for (const ep of rows(files, 'service_episode')) {
      expect(ep.status === 'CLOSED').toBe(ep.closed_on !== null);
      expect(ep.status === 'CLOSED').toBe(ep.closure_reason !== null);
    }
  });
});
