/**
 * The words PUSPAGA Kota Tangerang Selatan's case system records cases in. They are the system's own,
 * in Indonesian, and older rows may hold words no longer in this list: readers must expect others.
 */

/** Where a counselling case stands: active, waiting for its first session, finished, referred onward. */
export const CASE_STATUSES = ['AKTIF', 'MENUNGGU', 'SELESAI', 'DIRUJUK'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The statuses of a case still being worked: the caseload counts these. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['AKTIF', 'MENUNGGU'];

/** What PUSPAGA does for the family: family counselling, a parenting class, a consultation with its psychologist. */
export const SERVICE_KINDS = ['KONSELING_KELUARGA', 'KELAS_PENGASUHAN', 'KONSULTASI_PSIKOLOG'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** One case as the API answers it (snake_case, the system's own field names). */
export interface CaseJson {
  /** The register number, e.g. PSP/TGS/2026/0142. */
  no_register: string;
  status: string;
  jenis_layanan: string;
  /** YYYY-MM-DD. */
  tanggal_buka: string;
  /** YYYY-MM-DD, or null while the case is open. */
  tanggal_tutup: string | null;
  nama_konselor: string;
  jumlah_sesi: number;
}

/** `GET /api/v1/cases`: the cases of each family asked for, by SatuPintu family id (an empty list for a family it has no case of). */
export interface CasesAnswer {
  per_keluarga: Record<string, CaseJson[]>;
}

/** `GET /api/v1/caseload`: open cases by service kind. */
export interface CaseloadAnswer {
  kasus_terbuka: Array<{ jenis_layanan: string; jumlah: number }>;
}
