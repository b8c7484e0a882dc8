import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../../demo/random';
import type { World } from '../../demo/world-types';
import { AgencyIndex } from './agency-index';
import { layAppointments } from './appointment-grid';
import { extendStaff } from './bench-staff';
import { BULK_TABLE_NAMES, BulkTable } from './bulk-tables';
import { ACCEPTED_SHARE, CaseGenerator } from './case-generator';
import { CopyFileWriter } from './copy-file-writer';
import { DATASET_SEED, DatasetSize } from './dataset-spec';
import { dayOf } from './day-numbers';
import { FamilyGenerator } from './family-generator';

/** The files written, one per bulk table, and how many rows each holds. */
export interface GeneratedFiles {
  files: Record<BulkTable, string>;
  rows: Record<BulkTable, number>;
}

/**
 * Generates the bulk rows of the benchmark dataset into COPY text files in `dir`, deterministically
 * from the seed, the size and the anchor day, over the demo world's agencies, sessions and staff.
 * The folder and files are world-readable: the server process (the `postgres` user when the
 * benchmark runs as root) reads them with COPY ... FROM 'file'.
 */
export function generateDataset(world: World, size: DatasetSize, anchorDate: string, dir: string): GeneratedFiles {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const files = Object.fromEntries(BULK_TABLE_NAMES.map((t) => [t, join(dir, `${t}.copy`)])) as Record<BulkTable, string>;
  const w = <T extends BulkTable>(t: T) => new CopyFileWriter(t, files[t]);
  const writers = {
    family: w('family'),
    family_card: w('family_card'),
    person: w('person'),
    membership: w('membership'),
    service_episode: w('service_episode'),
    episode_participant: w('episode_participant'),
    referral: w('referral'),
    referral_event: w('referral_event'),
    referral_subject: w('referral_subject'),
    staff: w('staff'),
    staff_roster: w('staff_roster'),
    appointment: w('appointment'),
  } satisfies { [T in BulkTable]: CopyFileWriter<T> };

  const rng = new Random(DATASET_SEED);
  const anchorDay = dayOf(anchorDate);
  const agencies = new AgencyIndex(world.agencies);
  const staff = extendStaff(rng, agencies, world.staff, size.staff, { staff: writers.staff, roster: writers.staff_roster });
  const referralsPerFamily = size.referrals / size.families;
  const cases = new CaseGenerator(rng, anchorDay, agencies, staff, referralsPerFamily, Math.max(0, size.episodes / size.families - referralsPerFamily * ACCEPTED_SHARE), {
    episode: writers.service_episode,
    participant: writers.episode_participant,
    referral: writers.referral,
    event: writers.referral_event,
    subject: writers.referral_subject,
  });
  const families = new FamilyGenerator(rng, anchorDay, agencies, { family: writers.family, card: writers.family_card, person: writers.person, membership: writers.membership });
  for (let i = 0; i < size.families; i++) {
    const family = families.next(i);
    families.finish(family, cases.generate(family));
  }
  layAppointments(rng, anchorDay, agencies, staff, cases.bookable, size.appointments, writers.appointment);

  const rows = {} as Record<BulkTable, number>;
  for (const table of BULK_TABLE_NAMES) {
    writers[table].close();
    rows[table] = writers[table].rows;
  }
  return { files, rows };
}
