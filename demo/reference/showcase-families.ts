/**
 * The demo's showcase families: named households whose cases cross agencies and sectors (social,
 * women, children), written out by hand so that a walk through the unified profile shows what it is
 * for. world.ts turns them into records after the generated families, with fixed ids, fixed NIKs and
 * No. KKs (serial 0001 of their region and date) and dates counted from the world's day.
 * The first is the family of the README's sample profile. Pure data, no I/O.
 */
import type { ServiceCategory, StaffRole } from './agency-types';

export type ShowcaseChildRole = 'VICTIM' | 'PERPETRATOR' | 'WITNESS';
export type ShowcaseReferralStatus = 'SUBMITTED' | 'ACCEPTED' | 'DECLINED' | 'IN_PROGRESS' | 'COMPLETED' | 'WITHDRAWN';

export interface ShowcasePerson {
  key: string;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  /** Fixed, so that the NIK is too; for a person met without documents, the desk's estimate. */
  birthDate: string;
  /** SHDK code: 1 head, 3 wife, 4 child, 7 parent. */
  relationship: number;
  /** Hong Kong only. */
  hkid?: { prefix: string; digits: string };
  /** The birth date is the desk's estimate (a person without documents). */
  birthDateApproximate?: boolean;
}

export interface ShowcaseEpisode {
  key: string;
  agency: string;
  category: ServiceCategory;
  status: 'OPEN' | 'ACTIVE' | 'ON_HOLD' | 'CLOSED';
  openedDaysAgo: number;
  closedDaysAgo?: number;
  /** Person keys; a child in a legal matter with their own role. */
  participants: Array<string | [string, ShowcaseChildRole]>;
  lead: StaffRole;
  /** The referral (of this family) the episode was opened from. */
  referral?: string;
  notes?: string;
}

export interface ShowcaseReferral {
  key: string;
  from: string;
  to: string;
  need: string;
  urgency: 'ROUTINE' | 'URGENT' | 'EMERGENCY';
  reason: string;
  subjects: string[];
  /** The statuses it went through, SUBMITTED first; each step a day or so after the one before. */
  path: ShowcaseReferralStatus[];
  createdDaysAgo: number;
  /** Who consented (a person key). */
  consenter: string;
  requestedCategory?: ServiceCategory;
}

export interface ShowcaseAppointment {
  episode: string;
  kind: 'HOME_VISIT' | 'INDIVIDUAL_SESSION' | 'GROUP_SESSION' | 'CONSULTATION' | 'ESCORT' | 'CASE_CONFERENCE' | 'EDUCATION_PROGRAMME';
  place: 'HOME' | 'CENTRE' | 'SCHOOL' | 'HOSPITAL' | 'COURT' | 'OTHER';
  /** Days after the world's day (negative: past, and then completed); the first working day from there that fits. */
  inDays: number;
  /** Local time at the agency, HH:MM. */
  at: string;
  minutes: number;
}

export interface ShowcaseFamily {
  key: string;
  /** A 10-digit village code in Indonesia, or the Hong Kong district. */
  village?: string;
  hkDistrict?: string;
  caseReference?: string;
  street: string;
  rtRw?: string;
  /** The card's issue date; null for a household met without a family card. */
  kkIssuedOn: string | null;
  /** false: the members have no NIK yet (met at a desk without documents). */
  nik?: boolean;
  createdDaysAgo: number;
  members: ShowcasePerson[];
  episodes: ShowcaseEpisode[];
  referrals: ShowcaseReferral[];
  appointments: ShowcaseAppointment[];
}

const TANGSEL_VIOLENCE = 'The mother reported repeated violence at home during counselling; she and the children need protection and legal aid.';

export const SHOWCASE_FAMILIES: readonly ShowcaseFamily[] = [
  // Kota Tangerang Selatan: LK3 counselling, an LK3 → UPTD PPA referral in progress, a PUSPAGA parenting class.
  {
    key: 'tangsel-hasan',
    village: '3674031008',
    street: 'Jl. Parigi Lama No. 27',
    rtRw: '004/002',
    kkIssuedOn: '2026-02-05',
    createdDaysAgo: 60,
    members: [
      { key: 'maruf', fullName: "Ma'ruf Hasan", sex: 'MALE', birthDate: '1979-04-12', relationship: 1 },
      { key: 'rohmah', fullName: 'Siti Rohmah', sex: 'FEMALE', birthDate: '1984-09-03', relationship: 3 },
      { key: 'nabila', fullName: 'Nabila Hasan', sex: 'FEMALE', birthDate: '2013-06-21', relationship: 4 },
      { key: 'rizki', fullName: 'Rizki Hasan', sex: 'MALE', birthDate: '2017-01-30', relationship: 4 },
    ],
    episodes: [
      { key: 'lk3', agency: 'LK3-TANGSEL', category: 'CONSULTATION', status: 'ACTIVE', openedDaysAgo: 48, participants: ['maruf', 'rohmah'], lead: 'SOCIAL_WORKER', notes: 'Family consultation; the mother spoke of violence at home.' },
      { key: 'uptd', agency: 'UPTD-PPA-TANGSEL', category: 'CASE_MANAGEMENT', status: 'ACTIVE', openedDaysAgo: 12, participants: ['rohmah', 'nabila', 'rizki'], lead: 'CASE_MANAGER', referral: 'lk3-uptd' },
      { key: 'puspaga', agency: 'PUSPAGA-TANGSEL', category: 'GROUP_SESSION', status: 'OPEN', openedDaysAgo: 6, participants: ['maruf', 'rohmah'], lead: 'FACILITATOR', referral: 'lk3-puspaga' },
    ],
    referrals: [
      { key: 'lk3-uptd', from: 'LK3-TANGSEL', to: 'UPTD-PPA-TANGSEL', need: 'DOMESTIC_VIOLENCE', urgency: 'URGENT', reason: TANGSEL_VIOLENCE, subjects: ['rohmah', 'nabila', 'rizki'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 14, consenter: 'rohmah', requestedCategory: 'CASE_MANAGEMENT' },
      { key: 'lk3-puspaga', from: 'LK3-TANGSEL', to: 'PUSPAGA-TANGSEL', need: 'PARENTING_SUPPORT', urgency: 'ROUTINE', reason: 'Both parents agreed to learn discipline without violence; PUSPAGA runs positive parenting classes.', subjects: ['maruf', 'rohmah'], path: ['SUBMITTED', 'ACCEPTED'], createdDaysAgo: 9, consenter: 'maruf', requestedCategory: 'GROUP_SESSION' },
    ],
    appointments: [
      { episode: 'lk3', kind: 'CONSULTATION', place: 'CENTRE', inDays: -20, at: '09:00', minutes: 60 },
      { episode: 'lk3', kind: 'HOME_VISIT', place: 'HOME', inDays: 3, at: '10:00', minutes: 90 },
      { episode: 'puspaga', kind: 'GROUP_SESSION', place: 'CENTRE', inDays: 5, at: '09:00', minutes: 120 },
      { episode: 'uptd', kind: 'CASE_CONFERENCE', place: 'CENTRE', inDays: 8, at: '13:00', minutes: 60 },
    ],
  },
  // Kota Tangerang Selatan: a mother reports to Dinas Sosial; LK3 counsels, PUSPAGA and UPTD PPA follow.
  {
    key: 'tangsel-nurhayati',
    village: '3674051005',
    street: 'Jl. Rempoa Raya No. 88',
    rtRw: '002/007',
    kkIssuedOn: '2021-08-17',
    createdDaysAgo: 75,
    members: [
      { key: 'nurhayati', fullName: 'Nurhayati Saputri', sex: 'FEMALE', birthDate: '1988-02-14', relationship: 1 },
      { key: 'fauzi', fullName: 'Ahmad Fauzi', sex: 'MALE', birthDate: '2012-10-05', relationship: 4 },
      { key: 'aulia', fullName: 'Putri Aulia', sex: 'FEMALE', birthDate: '2016-03-22', relationship: 4 },
      { key: 'salmah', fullName: 'Salmah binti Ridwan', sex: 'FEMALE', birthDate: '1956-07-01', relationship: 7 },
    ],
    episodes: [
      { key: 'dinsos', agency: 'DINSOS-TANGSEL', category: 'COMPLAINT_INTAKE', status: 'CLOSED', openedDaysAgo: 70, closedDaysAgo: 62, participants: ['nurhayati'], lead: 'SOCIAL_WORKER' },
      { key: 'lk3', agency: 'LK3-TANGSEL', category: 'COUNSELLING', status: 'ACTIVE', openedDaysAgo: 58, participants: ['nurhayati', 'fauzi'], lead: 'COUNSELLOR', referral: 'dinsos-lk3' },
      { key: 'uptd', agency: 'UPTD-PPA-TANGSEL', category: 'COUNSELLING', status: 'ON_HOLD', openedDaysAgo: 30, participants: ['nurhayati'], lead: 'PSYCHOLOGIST' },
      { key: 'puspaga', agency: 'PUSPAGA-TANGSEL', category: 'COUNSELLING', status: 'ACTIVE', openedDaysAgo: 20, participants: ['nurhayati', 'fauzi', 'aulia'], lead: 'COUNSELLOR', referral: 'lk3-puspaga' },
    ],
    referrals: [
      { key: 'dinsos-lk3', from: 'DINSOS-TANGSEL', to: 'LK3-TANGSEL', need: 'PSYCHOLOGICAL_SUPPORT', urgency: 'ROUTINE', reason: 'The mother came to Dinas Sosial to report a family problem after her husband left; she and her son need counselling.', subjects: ['nurhayati', 'fauzi'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 62, consenter: 'nurhayati', requestedCategory: 'COUNSELLING' },
      { key: 'lk3-puspaga', from: 'LK3-TANGSEL', to: 'PUSPAGA-TANGSEL', need: 'PARENTING_SUPPORT', urgency: 'ROUTINE', reason: 'A single mother caring for two children and her own mother asks for help with parenting.', subjects: ['nurhayati'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 24, consenter: 'nurhayati', requestedCategory: 'COUNSELLING' },
    ],
    appointments: [
      { episode: 'lk3', kind: 'INDIVIDUAL_SESSION', place: 'CENTRE', inDays: 4, at: '13:00', minutes: 60 },
      { episode: 'puspaga', kind: 'HOME_VISIT', place: 'HOME', inDays: 10, at: '10:00', minutes: 90 },
    ],
  },
  // Kota Tangerang Selatan: a child without a birth certificate; Dinas Sosial, Dukcapil, PUSPAGA and UPTD PPA.
  {
    key: 'tangsel-setiawan',
    village: '3674011009',
    street: 'Jl. Raya Serpong Gg. Masjid No. 5',
    rtRw: '001/003',
    kkIssuedOn: '2018-11-02',
    createdDaysAgo: 50,
    members: [
      { key: 'bambang', fullName: 'Bambang Setiawan', sex: 'MALE', birthDate: '1975-12-09', relationship: 1 },
      { key: 'yuliani', fullName: 'Yuliani Sari', sex: 'FEMALE', birthDate: '1982-05-27', relationship: 3 },
      { key: 'dimas', fullName: 'Dimas Setiawan', sex: 'MALE', birthDate: '2014-08-08', relationship: 4 },
      { key: 'salsabila', fullName: 'Salsabila Setiawan', sex: 'FEMALE', birthDate: '2020-02-19', relationship: 4 },
    ],
    episodes: [
      { key: 'dinsos', agency: 'DINSOS-TANGSEL', category: 'CASE_MANAGEMENT', status: 'ACTIVE', openedDaysAgo: 40, participants: ['bambang', 'yuliani'], lead: 'SOCIAL_WORKER' },
      { key: 'dukcapil', agency: 'DUKCAPIL-TANGSEL', category: 'CIVIL_REGISTRATION', status: 'CLOSED', openedDaysAgo: 33, closedDaysAgo: 21, participants: ['salsabila'], lead: 'OPERATOR', referral: 'dinsos-dukcapil' },
      { key: 'puspaga', agency: 'PUSPAGA-TANGSEL', category: 'CONSULTATION', status: 'ACTIVE', openedDaysAgo: 15, participants: ['yuliani'], lead: 'COUNSELLOR' },
      { key: 'uptd', agency: 'UPTD-PPA-TANGSEL', category: 'COMPLAINT_INTAKE', status: 'OPEN', openedDaysAgo: 5, participants: ['yuliani'], lead: 'CASE_MANAGER' },
    ],
    referrals: [
      { key: 'dinsos-dukcapil', from: 'DINSOS-TANGSEL', to: 'DUKCAPIL-TANGSEL', need: 'CIVIL_DOCUMENTS', urgency: 'ROUTINE', reason: 'The youngest child has no birth certificate (akta kelahiran); she cannot be enrolled for school or social assistance.', subjects: ['salsabila'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED'], createdDaysAgo: 35, consenter: 'bambang', requestedCategory: 'CIVIL_REGISTRATION' },
    ],
    appointments: [{ episode: 'puspaga', kind: 'CONSULTATION', place: 'CENTRE', inDays: 6, at: '09:00', minutes: 60 }],
  },
  // Kota Bandung: PUSPAGA sees neglect, DP3A takes the child's case to court, Dukcapil issues her papers.
  {
    key: 'bandung-permana',
    village: '3273011004',
    street: 'Jl. Sarimanah No. 41',
    rtRw: '005/009',
    kkIssuedOn: '2019-03-11',
    createdDaysAgo: 90,
    members: [
      { key: 'asep', fullName: 'Asep Permana', sex: 'MALE', birthDate: '1981-07-23', relationship: 1 },
      { key: 'euis', fullName: 'Euis Komalasari', sex: 'FEMALE', birthDate: '1986-12-01', relationship: 3 },
      { key: 'neng', fullName: 'Neng Permana', sex: 'FEMALE', birthDate: '2018-09-14', relationship: 4 },
    ],
    episodes: [
      { key: 'puspaga', agency: 'PUSPAGA-BDG', category: 'COUNSELLING', status: 'ACTIVE', openedDaysAgo: 80, participants: ['euis', 'neng'], lead: 'COUNSELLOR' },
      { key: 'dp3a', agency: 'DP3A-BDG', category: 'LEGAL_AID', status: 'ACTIVE', openedDaysAgo: 40, participants: ['euis', ['neng', 'VICTIM']], lead: 'SOCIAL_WORKER', referral: 'puspaga-dp3a' },
      { key: 'dukcapil', agency: 'DUKCAPIL-BDG', category: 'CIVIL_REGISTRATION', status: 'CLOSED', openedDaysAgo: 30, closedDaysAgo: 25, participants: ['neng'], lead: 'OPERATOR' },
    ],
    referrals: [
      { key: 'puspaga-dp3a', from: 'PUSPAGA-BDG', to: 'DP3A-BDG', need: 'CHILD_PROTECTION', urgency: 'URGENT', reason: 'During a parenting consultation the counsellor saw signs of neglect of a young child.', subjects: ['neng'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 42, consenter: 'euis', requestedCategory: 'LEGAL_AID' },
    ],
    appointments: [
      { episode: 'puspaga', kind: 'HOME_VISIT', place: 'HOME', inDays: 2, at: '10:00', minutes: 90 },
      { episode: 'dp3a', kind: 'ESCORT', place: 'COURT', inDays: 9, at: '09:00', minutes: 180 },
    ],
  },
  // Kota Bandung: a DP3A complaint that becomes parenting support at PUSPAGA, and a new card at Dukcapil.
  {
    key: 'bandung-hidayat',
    village: '3273011002',
    street: 'Jl. Gegerkalong Hilir No. 112',
    rtRw: '003/004',
    kkIssuedOn: '2023-05-30',
    createdDaysAgo: 45,
    members: [
      { key: 'dede', fullName: 'Dede Hidayat', sex: 'MALE', birthDate: '1990-04-18', relationship: 1 },
      { key: 'rina', fullName: 'Rina Marlina', sex: 'FEMALE', birthDate: '1993-10-09', relationship: 3 },
      { key: 'raka', fullName: 'Raka Hidayat', sex: 'MALE', birthDate: '2015-05-05', relationship: 4 },
      { key: 'sinta', fullName: 'Sinta Hidayat', sex: 'FEMALE', birthDate: '2021-01-17', relationship: 4 },
    ],
    episodes: [
      { key: 'dp3a', agency: 'DP3A-BDG', category: 'COMPLAINT_INTAKE', status: 'CLOSED', openedDaysAgo: 40, closedDaysAgo: 34, participants: ['rina'], lead: 'SOCIAL_WORKER' },
      { key: 'puspaga', agency: 'PUSPAGA-BDG', category: 'CONSULTATION', status: 'OPEN', openedDaysAgo: 30, participants: ['dede', 'rina'], lead: 'PSYCHOLOGIST', referral: 'dp3a-puspaga' },
      { key: 'dukcapil', agency: 'DUKCAPIL-BDG', category: 'CIVIL_REGISTRATION', status: 'ACTIVE', openedDaysAgo: 10, participants: ['dede'], lead: 'OPERATOR' },
    ],
    referrals: [
      { key: 'dp3a-puspaga', from: 'DP3A-BDG', to: 'PUSPAGA-BDG', need: 'PARENTING_SUPPORT', urgency: 'ROUTINE', reason: 'A school reported harsh punishment of the son; the parents agreed to parenting consultation.', subjects: ['dede', 'rina'], path: ['SUBMITTED', 'ACCEPTED'], createdDaysAgo: 33, consenter: 'rina', requestedCategory: 'CONSULTATION' },
    ],
    appointments: [{ episode: 'puspaga', kind: 'CONSULTATION', place: 'CENTRE', inDays: 7, at: '13:00', minutes: 60 }],
  },
  // Kota Bandung: a mother leaves after violence; PUSPAGA visits, DP3A manages the case, Dukcapil splits the card.
  {
    key: 'bandung-rahayu',
    village: '3273011001',
    street: 'Jl. Sukarasa No. 9',
    rtRw: '007/002',
    kkIssuedOn: '2016-09-26',
    createdDaysAgo: 30,
    members: [
      { key: 'yayan', fullName: 'Yayan Sopyan', sex: 'MALE', birthDate: '1984-01-29', relationship: 1 },
      { key: 'tati', fullName: 'Tati Rahayu', sex: 'FEMALE', birthDate: '1987-08-06', relationship: 3 },
      { key: 'gilang', fullName: 'Gilang Ramadhan', sex: 'MALE', birthDate: '2011-08-10', relationship: 4 },
    ],
    episodes: [
      { key: 'puspaga', agency: 'PUSPAGA-BDG', category: 'HOME_VISIT', status: 'ACTIVE', openedDaysAgo: 28, participants: ['tati', 'gilang'], lead: 'COUNSELLOR' },
      { key: 'dp3a', agency: 'DP3A-BDG', category: 'CASE_MANAGEMENT', status: 'ACTIVE', openedDaysAgo: 18, participants: ['tati', 'gilang'], lead: 'CASE_MANAGER', referral: 'puspaga-dp3a' },
      { key: 'dukcapil', agency: 'DUKCAPIL-BDG', category: 'CIVIL_REGISTRATION', status: 'OPEN', openedDaysAgo: 4, participants: ['tati'], lead: 'OPERATOR' },
    ],
    referrals: [
      { key: 'puspaga-dp3a', from: 'PUSPAGA-BDG', to: 'DP3A-BDG', need: 'DOMESTIC_VIOLENCE', urgency: 'URGENT', reason: 'On a home visit the mother said her husband hits her and their son; she wants to leave with him.', subjects: ['tati', 'gilang'], path: ['SUBMITTED', 'ACCEPTED'], createdDaysAgo: 20, consenter: 'tati', requestedCategory: 'CASE_MANAGEMENT' },
    ],
    appointments: [{ episode: 'puspaga', kind: 'HOME_VISIT', place: 'HOME', inDays: 4, at: '14:00', minutes: 60 }],
  },
  // Kota Mataram: a child harmed outside the family and his sister who saw it: Dinas Sosial, Balai Harum, DP3A and LPA.
  {
    key: 'mataram-zaini',
    village: '5271031012',
    street: 'Jl. Cilinaya Gg. Melati No. 14',
    rtRw: '003/001',
    kkIssuedOn: '2017-04-03',
    createdDaysAgo: 55,
    members: [
      { key: 'zaini', fullName: 'Lalu Ahmad Zaini', sex: 'MALE', birthDate: '1980-03-15', relationship: 1 },
      { key: 'aini', fullName: 'Baiq Nurul Aini', sex: 'FEMALE', birthDate: '1985-11-20', relationship: 3 },
      { key: 'rizal', fullName: 'Lalu Rizal Fahmi', sex: 'MALE', birthDate: '2012-04-09', relationship: 4 },
      { key: 'dewi', fullName: 'Baiq Dewi Lestari', sex: 'FEMALE', birthDate: '2015-09-12', relationship: 4 },
    ],
    episodes: [
      { key: 'dinsos', agency: 'DINSOS-MTR', category: 'CASE_MANAGEMENT', status: 'ACTIVE', openedDaysAgo: 50, participants: ['zaini', 'aini'], lead: 'SOCIAL_WORKER' },
      { key: 'balai', agency: 'BALAI-HARUM-MTR', category: 'REHABILITATION', status: 'ACTIVE', openedDaysAgo: 36, participants: [['rizal', 'VICTIM'], ['dewi', 'WITNESS']], lead: 'PSYCHOLOGIST', referral: 'dinsos-balai' },
      { key: 'dp3a', agency: 'DP3A-MTR', category: 'LEGAL_AID', status: 'ACTIVE', openedDaysAgo: 20, participants: ['aini', ['rizal', 'VICTIM']], lead: 'SOCIAL_WORKER', referral: 'balai-dp3a' },
      { key: 'lpa', agency: 'LPA-MTR', category: 'ESCORT', status: 'OPEN', openedDaysAgo: 10, participants: [['rizal', 'VICTIM'], ['dewi', 'WITNESS']], lead: 'SOCIAL_WORKER', referral: 'dp3a-lpa' },
    ],
    referrals: [
      { key: 'dinsos-balai', from: 'DINSOS-MTR', to: 'BALAI-HARUM-MTR', need: 'CHILD_IN_LEGAL_CASE', urgency: 'URGENT', reason: 'A child harmed by an adult outside the family, and his sister who saw it, need outpatient rehabilitation while the police case runs.', subjects: ['rizal', 'dewi'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 38, consenter: 'aini', requestedCategory: 'REHABILITATION' },
      { key: 'balai-dp3a', from: 'BALAI-HARUM-MTR', to: 'DP3A-MTR', need: 'LEGAL_AID', urgency: 'URGENT', reason: 'The boy is to give evidence as the victim; he and his mother need legal accompaniment.', subjects: ['rizal'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 22, consenter: 'aini', requestedCategory: 'LEGAL_AID' },
      { key: 'dp3a-lpa', from: 'DP3A-MTR', to: 'LPA-MTR', need: 'CHILD_IN_LEGAL_CASE', urgency: 'ROUTINE', reason: 'Accompaniment of both children at the police and in court, the boy as victim and his sister as witness.', subjects: ['rizal', 'dewi'], path: ['SUBMITTED', 'ACCEPTED'], createdDaysAgo: 12, consenter: 'aini', requestedCategory: 'ESCORT' },
    ],
    appointments: [
      { episode: 'balai', kind: 'INDIVIDUAL_SESSION', place: 'CENTRE', inDays: 2, at: '09:00', minutes: 60 },
      { episode: 'dp3a', kind: 'ESCORT', place: 'COURT', inDays: 11, at: '09:00', minutes: 180 },
    ],
  },
  // Kota Mataram: a boy in conflict with the law: DP3A, Balai Harum and LPA; Dinas Sosial heard the parents first.
  {
    key: 'mataram-sahnan',
    village: '5271061006',
    street: 'Jl. Turida Raya No. 30',
    rtRw: '006/002',
    kkIssuedOn: '2014-10-21',
    createdDaysAgo: 65,
    members: [
      { key: 'sahnan', fullName: 'Sahnan Hadi', sex: 'MALE', birthDate: '1977-01-08', relationship: 1 },
      { key: 'rukiah', fullName: 'Inaq Rukiah', sex: 'FEMALE', birthDate: '1981-06-30', relationship: 3 },
      { key: 'arif', fullName: 'Muhammad Arif Hadi', sex: 'MALE', birthDate: '2011-02-02', relationship: 4 },
      { key: 'hajar', fullName: 'Siti Hajar', sex: 'FEMALE', birthDate: '2018-05-05', relationship: 4 },
    ],
    episodes: [
      { key: 'dinsos', agency: 'DINSOS-MTR', category: 'COMPLAINT_INTAKE', status: 'CLOSED', openedDaysAgo: 60, closedDaysAgo: 52, participants: ['sahnan'], lead: 'OPERATOR' },
      { key: 'dp3a', agency: 'DP3A-MTR', category: 'CASE_MANAGEMENT', status: 'ACTIVE', openedDaysAgo: 45, participants: ['rukiah'], lead: 'CASE_MANAGER' },
      { key: 'balai', agency: 'BALAI-HARUM-MTR', category: 'REHABILITATION', status: 'ACTIVE', openedDaysAgo: 31, participants: [['arif', 'PERPETRATOR']], lead: 'SOCIAL_WORKER', referral: 'dp3a-balai' },
      { key: 'lpa', agency: 'LPA-MTR', category: 'ESCORT', status: 'ACTIVE', openedDaysAgo: 25, participants: [['arif', 'PERPETRATOR']], lead: 'SOCIAL_WORKER', referral: 'balai-lpa' },
    ],
    referrals: [
      { key: 'dp3a-balai', from: 'DP3A-MTR', to: 'BALAI-HARUM-MTR', need: 'CHILD_IN_LEGAL_CASE', urgency: 'URGENT', reason: 'A child involved in a case before the police needs outpatient rehabilitation and accompaniment.', subjects: ['arif'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 33, consenter: 'rukiah', requestedCategory: 'REHABILITATION' },
      { key: 'balai-lpa', from: 'BALAI-HARUM-MTR', to: 'LPA-MTR', need: 'CHILD_IN_LEGAL_CASE', urgency: 'ROUTINE', reason: 'The boy faces diversion hearings as the child in conflict with the law; LPA accompanies him.', subjects: ['arif'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 28, consenter: 'rukiah', requestedCategory: 'ESCORT' },
    ],
    appointments: [
      { episode: 'balai', kind: 'INDIVIDUAL_SESSION', place: 'CENTRE', inDays: 3, at: '10:00', minutes: 60 },
      { episode: 'lpa', kind: 'ESCORT', place: 'COURT', inDays: 6, at: '09:00', minutes: 180 },
    ],
  },
  // Kota Mataram: a boy found begging: Dinas Sosial's outreach, Balai Harum's shelter, DP3A for the mother, Dukcapil.
  {
    key: 'mataram-sudirman',
    village: '5271011006',
    street: 'Jl. Pejeruk Abian No. 3',
    rtRw: '009/004',
    kkIssuedOn: '2012-06-14',
    createdDaysAgo: 85,
    members: [
      { key: 'sudirman', fullName: 'Amaq Sudirman', sex: 'MALE', birthDate: '1970-08-19', relationship: 1 },
      { key: 'sumiati', fullName: 'Inaq Sumiati', sex: 'FEMALE', birthDate: '1974-02-02', relationship: 3 },
      { key: 'rina', fullName: 'Baiq Rina Anggraini', sex: 'FEMALE', birthDate: '2011-03-03', relationship: 4 },
      { key: 'hendra', fullName: 'Lalu Hendra Wijaya', sex: 'MALE', birthDate: '2013-07-07', relationship: 4 },
    ],
    episodes: [
      { key: 'dinsos', agency: 'DINSOS-MTR', category: 'COMPLAINT_INTAKE', status: 'CLOSED', openedDaysAgo: 80, closedDaysAgo: 76, participants: ['hendra'], lead: 'SOCIAL_WORKER' },
      { key: 'balai', agency: 'BALAI-HARUM-MTR', category: 'SHELTER', status: 'ON_HOLD', openedDaysAgo: 74, participants: [['hendra', 'VICTIM']], lead: 'SOCIAL_WORKER', referral: 'dinsos-balai' },
      { key: 'dukcapil', agency: 'DUKCAPIL-MTR', category: 'CIVIL_REGISTRATION', status: 'CLOSED', openedDaysAgo: 60, closedDaysAgo: 45, participants: ['rina', 'hendra'], lead: 'OPERATOR' },
      { key: 'dp3a', agency: 'DP3A-MTR', category: 'COUNSELLING', status: 'ACTIVE', openedDaysAgo: 40, participants: ['sumiati'], lead: 'COUNSELLOR' },
    ],
    referrals: [
      { key: 'dinsos-balai', from: 'DINSOS-MTR', to: 'BALAI-HARUM-MTR', need: 'SHELTER', urgency: 'URGENT', reason: 'Found begging at a traffic junction by the outreach team; the boy cannot stay at home for now.', subjects: ['hendra'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 76, consenter: 'sumiati', requestedCategory: 'SHELTER' },
    ],
    appointments: [{ episode: 'dp3a', kind: 'INDIVIDUAL_SESSION', place: 'CENTRE', inDays: 5, at: '10:00', minutes: 60 }],
  },
  // Hong Kong: an IFSC refers to the FCPSU, the FCPSU to ChildPRO Team 3 of the family's district.
  {
    key: 'hk-chan',
    hkDistrict: 'Kowloon City',
    caseReference: 'SWD/FCW/2026/90001',
    street: 'Oi Man Estate',
    kkIssuedOn: null,
    createdDaysAgo: 210,
    members: [
      { key: 'waikeung', fullName: 'Chan Wai Keung', sex: 'MALE', birthDate: '1983-10-10', relationship: 1, hkid: { prefix: 'K', digits: '624318' } },
      { key: 'meiling', fullName: 'Lee Mei Ling', sex: 'FEMALE', birthDate: '1987-01-15', relationship: 3, hkid: { prefix: 'R', digits: '508247' } },
      { key: 'hoyin', fullName: 'Chan Ho Yin', sex: 'MALE', birthDate: '2016-04-04', relationship: 4, hkid: { prefix: 'V', digits: '371905' } },
      { key: 'hoiching', fullName: 'Chan Hoi Ching', sex: 'FEMALE', birthDate: '2019-12-12', relationship: 4, hkid: { prefix: 'V', digits: '893462' } },
    ],
    episodes: [
      { key: 'ifsc', agency: 'IFSC-SSP', category: 'COUNSELLING', status: 'CLOSED', openedDaysAgo: 200, closedDaysAgo: 120, participants: ['waikeung', 'meiling'], lead: 'SOCIAL_WORKER' },
      { key: 'fcpsu', agency: 'FCPSU-KC-YTM', category: 'CASE_MANAGEMENT', status: 'ACTIVE', openedDaysAgo: 118, participants: ['meiling', 'hoyin', 'hoiching'], lead: 'SOCIAL_WORKER', referral: 'ifsc-fcpsu' },
      { key: 'childpro', agency: 'CHILDPRO-3', category: 'HOME_VISIT', status: 'ACTIVE', openedDaysAgo: 20, participants: ['meiling', 'hoyin'], lead: 'SOCIAL_WORKER', referral: 'fcpsu-childpro' },
    ],
    referrals: [
      { key: 'ifsc-fcpsu', from: 'IFSC-SSP', to: 'FCPSU-KC-YTM', need: 'CHILD_PROTECTION', urgency: 'URGENT', reason: 'Bruises seen on the son during family counselling; the family has since moved to Kowloon City.', subjects: ['hoyin'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED'], createdDaysAgo: 122, consenter: 'meiling', requestedCategory: 'CASE_MANAGEMENT' },
      { key: 'fcpsu-childpro', from: 'FCPSU-KC-YTM', to: 'CHILDPRO-3', need: 'CHILD_PROTECTION', urgency: 'URGENT', reason: 'Family with child discipline problems after a child protection investigation; needs home-visit support and parenting training.', subjects: ['hoyin'], path: ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'], createdDaysAgo: 24, consenter: 'meiling', requestedCategory: 'HOME_VISIT' },
    ],
    appointments: [
      { episode: 'childpro', kind: 'HOME_VISIT', place: 'HOME', inDays: 2, at: '10:00', minutes: 90 },
      { episode: 'fcpsu', kind: 'CASE_CONFERENCE', place: 'CENTRE', inDays: 9, at: '14:00', minutes: 60 },
    ],
  },
  // Kabupaten Jember: a mother and her son met at the Kepanjen desk with no family card and no NIK,
  // taken to Dispendukcapil (the SLRT case of the source document).
  {
    key: 'jember-misnati',
    village: '3509042001',
    street: 'Dusun Krajan Kidul',
    rtRw: '002/005',
    kkIssuedOn: null,
    nik: false,
    createdDaysAgo: 3,
    members: [
      { key: 'misnati', fullName: 'Misnati', sex: 'FEMALE', birthDate: '1992-01-01', relationship: 1, birthDateApproximate: true },
      { key: 'bayu', fullName: 'Bayu Saputra', sex: 'MALE', birthDate: '2017-07-01', relationship: 4, birthDateApproximate: true },
    ],
    episodes: [{ key: 'desk', agency: 'PUSKESOS-JBR-KEPANJEN', category: 'COMPLAINT_INTAKE', status: 'ACTIVE', openedDaysAgo: 3, participants: ['misnati'], lead: 'OPERATOR' }],
    referrals: [
      { key: 'desk-dukcapil', from: 'PUSKESOS-JBR-KEPANJEN', to: 'DUKCAPIL-JBR', need: 'CIVIL_DOCUMENTS', urgency: 'ROUTINE', reason: 'The family has no family card (KK); the children cannot be enrolled for school or social assistance.', subjects: ['misnati', 'bayu'], path: ['SUBMITTED'], createdDaysAgo: 2, consenter: 'misnati', requestedCategory: 'CIVIL_REGISTRATION' },
    ],
    appointments: [{ episode: 'desk', kind: 'ESCORT', place: 'OTHER', inDays: 4, at: '09:00', minutes: 120 }],
  },
];
