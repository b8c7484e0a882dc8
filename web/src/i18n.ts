import { createContext, useContext } from 'react';

/** Bahasa Indonesia for Indonesian users, English for Hong Kong users; the header has a switch. */
export type Lang = 'id' | 'en';

const TEXT = {
  id: {
    appName: 'SatuPintu',
    tagline: 'Profil keluarga lintas lembaga',
    signInTitle: 'Masuk',
    signInDemoHint: 'Mode demo: pilih pengguna demo. Token berlaku singkat dan disimpan hanya di tab ini.',
    demoUser: 'Pengguna demo',
    signIn: 'Masuk',
    signOut: 'Keluar',
    signInUnavailable: 'Tidak ada cara masuk yang tersedia di gateway ini.',
    signedInAs: 'Masuk sebagai',
    language: 'Bahasa',
    findTitle: 'Cari keluarga',
    searchBy: 'Cari menurut',
    byName: 'Nama',
    byKk: 'No. KK',
    byNik: 'NIK',
    byCaseReference: 'Nomor kasus',
    byHkid: 'HKID',
    searchText: 'Kata kunci',
    search: 'Cari',
    searching: 'Mencari…',
    noResults: 'Tidak ada keluarga yang dapat Anda lihat untuk pencarian ini.',
    results: 'Hasil',
    open: 'Buka profil',
    head: 'Kepala keluarga',
    kk: 'No. KK',
    caseReference: 'Nomor kasus',
    area: 'Wilayah',
    back: 'Kembali ke pencarian',
    profileTitle: 'Profil keluarga',
    address: 'Alamat',
    protected: 'dilindungi',
    restricted: 'dibatasi',
    restrictedBy: 'dibatasi oleh',
    unavailable: 'tidak tersedia',
    members: 'Anggota keluarga',
    name: 'Nama',
    age: 'Umur',
    child: 'Anak',
    relationship: 'Hubungan',
    yes: 'ya',
    no: 'tidak',
    timeline: 'Linimasa lintas lembaga',
    episode: 'Layanan',
    referral: 'Rujukan',
    appointment: 'Jadwal',
    leadWorker: 'Petugas utama',
    respondBy: 'Batas respons',
    overdue: 'terlambat',
    by: 'oleh',
    missingPart: 'Sebagian data tidak tersedia',
    missingFrom: 'Bagian berikut tidak dapat dimuat; sisanya ditampilkan:',
    loading: 'Memuat…',
    notFound: 'Keluarga tidak ditemukan atau di luar keluarga yang ditangani lembaga Anda.',
    error: 'Terjadi kesalahan',
    nothing: 'Belum ada catatan.',
    sessionExpired: 'Sesi berakhir; silakan masuk lagi.',
    ended: 'selesai',
  },
  en: {
    appName: 'SatuPintu',
    tagline: 'Family profiles across agencies',
    signInTitle: 'Sign in',
    signInDemoHint: 'Demo mode: pick a demo user. The token is short-lived and kept in this tab only.',
    demoUser: 'Demo user',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signInUnavailable: 'This gateway offers no way to sign in.',
    signedInAs: 'Signed in as',
    language: 'Language',
    findTitle: 'Find a family',
    searchBy: 'Search by',
    byName: 'Name',
    byKk: 'No. KK (family card)',
    byNik: 'NIK',
    byCaseReference: 'Case reference',
    byHkid: 'HKID',
    searchText: 'Search for',
    search: 'Search',
    searching: 'Searching…',
    noResults: 'No family you may see matches this search.',
    results: 'Results',
    open: 'Open profile',
    head: 'Head of family',
    kk: 'No. KK',
    caseReference: 'Case reference',
    area: 'Area',
    back: 'Back to search',
    profileTitle: 'Family profile',
    address: 'Address',
    protected: 'protected',
    restricted: 'restricted',
    restrictedBy: 'restricted by',
    unavailable: 'unavailable',
    members: 'Members',
    name: 'Name',
    age: 'Age',
    child: 'Child',
    relationship: 'Relationship',
    yes: 'yes',
    no: 'no',
    timeline: 'Timeline across agencies',
    episode: 'Service',
    referral: 'Referral',
    appointment: 'Appointment',
    leadWorker: 'Lead worker',
    respondBy: 'Respond by',
    overdue: 'overdue',
    by: 'by',
    missingPart: 'Part of this profile is missing',
    missingFrom: 'These parts could not be loaded; the rest is shown:',
    loading: 'Loading…',
    notFound: 'No such family, or it is outside the families your agency works with.',
    error: 'Something went wrong',
    nothing: 'No records yet.',
    sessionExpired: 'The session has ended; please sign in again.',
    ended: 'ended',
  },
} as const;

export type TextKey = keyof (typeof TEXT)['en'];

/** Enum values shown as words; anything not listed is shown as it is, with underscores as spaces. */
const WORDS: Record<Lang, Record<string, string>> = {
  id: {
    SOCIAL: 'Sosial',
    WOMEN: 'Perempuan',
    CHILDREN: 'Anak',
    HEAD: 'Kepala keluarga',
    HUSBAND: 'Suami',
    WIFE: 'Istri',
    CHILD: 'Anak',
    GRANDCHILD: 'Cucu',
    PARENT: 'Orang tua',
    OTHER_RELATIVE: 'Famili lain',
    OTHER: 'Lainnya',
    OPEN: 'Dibuka',
    ACTIVE: 'Aktif',
    ON_HOLD: 'Ditunda',
    CLOSED: 'Ditutup',
    SENT: 'Dikirim',
    ACCEPTED: 'Diterima',
    DECLINED: 'Ditolak',
    IN_PROGRESS: 'Berjalan',
    COMPLETED: 'Selesai',
    WITHDRAWN: 'Ditarik',
    CREATE: 'dibuat',
    ACCEPT: 'diterima',
    DECLINE: 'ditolak',
    START: 'dimulai',
    COMPLETE: 'diselesaikan',
    WITHDRAW: 'ditarik',
    ROUTINE: 'Rutin',
    URGENT: 'Mendesak',
    EMERGENCY: 'Darurat',
    HOME_VISIT: 'Kunjungan rumah',
    INDIVIDUAL_SESSION: 'Sesi individu',
    GROUP_SESSION: 'Sesi kelompok',
    CONSULTATION: 'Konsultasi',
    ESCORT: 'Pendampingan',
    CASE_CONFERENCE: 'Konferensi kasus',
    SCHEDULED: 'Terjadwal',
    CANCELLED: 'Dibatalkan',
    ATTENDED: 'Hadir',
    NO_SHOW: 'Tidak hadir',
  },
  en: { SOCIAL: 'Social', WOMEN: 'Women', CHILDREN: 'Children' },
};

export function word(lang: Lang, value: string | null | undefined): string {
  if (!value) return '';
  const known = WORDS[lang][value];
  if (known) return known;
  const plain = value.replace(/_/g, ' ').toLowerCase();
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

export interface I18n {
  lang: Lang;
  t: (key: TextKey) => string;
  w: (value: string | null | undefined) => string;
}

export function i18n(lang: Lang): I18n {
  return { lang, t: (key) => TEXT[lang][key], w: (value) => word(lang, value) };
}

export const I18nContext = createContext<I18n>(i18n('id'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
