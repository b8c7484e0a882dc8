/**
 * The 38 provinces of Indonesia by their Kemendagri code (Kepmendagri No 300.2.2-2138 Tahun 2025). The
 * first two digits of a NIK or No. KK are one of these. Codes are Kemendagri's, not BPS's: they agree for
 * the older provinces but the Papua provinces created in 2022 are 93 Papua Selatan, 94 Papua Tengah,
 * 95 Papua Pegunungan and 96 Papua Barat Daya.
 */
export const PROVINCE_CODES: ReadonlyMap<string, string> = new Map<string, string>([
  ['11', 'Aceh'],
  ['12', 'Sumatera Utara'],
  ['13', 'Sumatera Barat'],
  ['14', 'Riau'],
  ['15', 'Jambi'],
  ['16', 'Sumatera Selatan'],
  ['17', 'Bengkulu'],
  ['18', 'Lampung'],
  ['19', 'Kepulauan Bangka Belitung'],
  ['21', 'Kepulauan Riau'],
  ['31', 'DKI Jakarta'],
  ['32', 'Jawa Barat'],
  ['33', 'Jawa Tengah'],
  ['34', 'Daerah Istimewa Yogyakarta'],
  ['35', 'Jawa Timur'],
  ['36', 'Banten'],
  ['51', 'Bali'],
  ['52', 'Nusa Tenggara Barat'],
  ['53', 'Nusa Tenggara Timur'],
  ['61', 'Kalimantan Barat'],
  ['62', 'Kalimantan Tengah'],
  ['63', 'Kalimantan Selatan'],
  ['64', 'Kalimantan Timur'],
  ['65', 'Kalimantan Utara'],
  ['71', 'Sulawesi Utara'],
  ['72', 'Sulawesi Tengah'],
  ['73', 'Sulawesi Selatan'],
  ['74', 'Sulawesi Tenggara'],
  ['75', 'Gorontalo'],
  ['76', 'Sulawesi Barat'],
  ['81', 'Maluku'],
  ['82', 'Maluku Utara'],
  ['91', 'Papua'],
  ['92', 'Papua Barat'],
  ['93', 'Papua Selatan'],
  ['94', 'Papua Tengah'],
  ['95', 'Papua Pegunungan'],
  ['96', 'Papua Barat Daya'],
]);

/** True when `code2` is the 2-digit Kemendagri code of a current province. */
export function isKnownProvince(code2: string): boolean {
  return PROVINCE_CODES.has(code2);
}
