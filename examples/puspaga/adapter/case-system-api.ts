/**
 * PUSPAGA's case system API as the adapter reads it (its own field names, in Indonesian). Declared
 * here, not imported from the system: the adapter knows the system only by its published API.
 */

/** One case: `no_register` (e.g. PSP/TGS/2026/0142), status and service kind words, dates YYYY-MM-DD. */
export interface SourceCase {
  no_register: string;
  status: string;
  jenis_layanan: string;
  tanggal_buka: string;
  tanggal_tutup: string | null;
  nama_konselor: string;
  jumlah_sesi: number;
}

/** `GET /api/v1/cases?family=...`: cases grouped by SatuPintu family id. */
export interface SourceCasesAnswer {
  per_keluarga: Record<string, SourceCase[]>;
}

/** One row of `GET /api/v1/caseload`: open cases of one service kind. */
export interface SourceCaseload {
  jenis_layanan: string;
  jumlah: number;
}

/** `GET /api/v1/caseload`. */
export interface SourceCaseloadAnswer {
  kasus_terbuka: SourceCaseload[];
}
