import { echo, logger } from '../../../platform';
import type { SourceCase, SourceCaseload } from './case-system-api';

/** SatuPintu's names for PUSPAGA's statuses (enum PuspagaCaseStatus). */
export type PuspagaCaseStatus = 'ACTIVE' | 'WAITING' | 'COMPLETED' | 'REFERRED_ON' | 'OTHER';
/** SatuPintu's names for PUSPAGA's service kinds (enum PuspagaServiceKind). */
export type PuspagaServiceKind = 'FAMILY_COUNSELLING' | 'PARENTING_CLASS' | 'PSYCHOLOGIST_CONSULTATION' | 'OTHER';

/** Every status the case system is known to record. */
export const STATUS_OF: Readonly<Record<string, PuspagaCaseStatus>> = { AKTIF: 'ACTIVE', MENUNGGU: 'WAITING', SELESAI: 'COMPLETED', DIRUJUK: 'REFERRED_ON' };
/** Every service kind the case system is known to record. */
export const KIND_OF: Readonly<Record<string, PuspagaServiceKind>> = {
  KONSELING_KELUARGA: 'FAMILY_COUNSELLING',
  KELAS_PENGASUHAN: 'PARENTING_CLASS',
  KONSULTASI_PSIKOLOG: 'PSYCHOLOGIST_CONSULTATION',
};

/** A PUSPAGA case in SatuPintu's shape (type PuspagaCase). */
export interface PuspagaCase {
  caseNumber: string;
  status: PuspagaCaseStatus;
  sourceStatus: string;
  kind: PuspagaServiceKind;
  sourceKind: string;
  openedOn: string;
  closedOn: string | null;
  counsellorName: string;
  sessionsHeld: number;
}

/** One caseload row in SatuPintu's shape (type PuspagaCaseload). */
export interface PuspagaCaseload {
  kind: PuspagaServiceKind;
  sourceKind: string;
  openCases: number;
}

/**
 * A word of the case system in SatuPintu's vocabulary. A word SatuPintu does not know (the system adds
 * a status, an old row holds a retired one) answers OTHER, with the word beside it, and is logged so
 * that the mapping can be extended: one odd row never fails the profile.
 */
function mapped<T extends string>(table: Readonly<Record<string, T>>, word: string, field: string): T | 'OTHER' {
  const known = Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
  if (known) return known;
  logger.warn({ source: 'puspaga-case-system', field, value: echo(word) }, 'unknown value from the PUSPAGA case system, answered as OTHER');
  return 'OTHER';
}

export function caseStatusOf(word: string): PuspagaCaseStatus {
  return mapped(STATUS_OF, word, 'status');
}

export function serviceKindOf(word: string): PuspagaServiceKind {
  return mapped(KIND_OF, word, 'jenis_layanan');
}

export function toPuspagaCase(source: SourceCase): PuspagaCase {
  return {
    caseNumber: source.no_register,
    status: caseStatusOf(source.status),
    sourceStatus: source.status,
    kind: serviceKindOf(source.jenis_layanan),
    sourceKind: source.jenis_layanan,
    openedOn: source.tanggal_buka,
    closedOn: source.tanggal_tutup,
    counsellorName: source.nama_konselor,
    sessionsHeld: source.jumlah_sesi,
  };
}

export function toPuspagaCaseload(source: SourceCaseload): PuspagaCaseload {
  return { kind: serviceKindOf(source.jenis_layanan), sourceKind: source.jenis_layanan, openCases: source.jumlah };
}
