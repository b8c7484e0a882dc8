/**
 * The demo agencies, taken from the public documents of five agency systems (four Indonesian, one a
 * Hong Kong leaflet), numbered as below:
 *
 * - 000: PUSPAGA Kota Bandung (services: konsultasi, konseling, bimbingan pranikah, edukasi, home visit)
 * - 001: LK3 Kota Tangerang Selatan (run by Dinas Sosial), beside PUSPAGA and UPTD P2TP2A (now UPTD PPA)
 * - 002: Puskesos + SLRT Kabupaten Jember, six live villages; referral to Dispendukcapil
 * - 003: Balai Rehabilitasi Sosial Anak "Balai Harum", Dinas Sosial Kota Mataram, with DP3A and LPA
 * - 004: ChildPRO, Hong Kong SWD: six NGO teams (table copied character for character), referrals from
 *        FCPSUs and IFSCs/ISCs
 *
 * What the documents do not say (street addresses of Indonesian offices, staff counts other than
 * Mataram's two psychologists, opening hours other than ChildPRO's) is plausible invention, kept
 * conservative: Indonesian phone numbers, fax numbers and e-mail addresses are left null rather than
 * invented, and so are all contact lines of the SWD units. Pure data, no I/O.
 */
import type {
  AgencyKind,
  DemoAgency,
  DemoService,
  DemoSession,
  DemoStaffPlan,
  ServiceCategory,
} from './agency-types';

type Day = DemoSession['dayOfWeek'];

const MON_FRI: readonly Day[] = [1, 2, 3, 4, 5];
const MON_SAT: readonly Day[] = [1, 2, 3, 4, 5, 6];

/** Indonesian government office hours: Monday-Friday 08:00-16:00, optionally Saturday 08:00-12:00. */
function officeHours(saturdayMorning: boolean): DemoSession[] {
  const sessions: DemoSession[] = MON_FRI.map((dayOfWeek) => ({
    dayOfWeek,
    opens: '08:00',
    closes: '16:00',
    kind: 'DAY' as const,
  }));
  if (saturdayMorning) sessions.push({ dayOfWeek: 6, opens: '08:00', closes: '12:00', kind: 'DAY' });
  return sessions;
}

interface ServiceSpec {
  category: ServiceCategory;
  name: string;
  description: string;
  eligibility: string;
  requiresChildRole?: boolean;
  feeFree?: boolean;
}

function services(agencyCode: string, specs: readonly ServiceSpec[]): DemoService[] {
  return specs.map((s) => ({
    code: `${agencyCode}/${s.category}`,
    category: s.category,
    name: s.name,
    description: s.description,
    feeFree: s.feeFree ?? true,
    eligibility: s.eligibility,
    requiresChildRole: s.requiresChildRole ?? false,
  }));
}

function staff(...plans: [DemoStaffPlan['role'], number, string[]][]): DemoStaffPlan[] {
  return plans.map(([role, count, languages]) => ({ role, count, languages }));
}

const JAKARTA = 'Asia/Jakarta';
const MAKASSAR = 'Asia/Makassar';
const HONG_KONG = 'Asia/Hong_Kong';

const BANDUNG = '3273';
const TANGSEL = '3674';
const JEMBER = '3509';
const MATARAM = '5271';

const ID_SU = ['id', 'su'];
const ID_SU_EN = ['id', 'su', 'en'];
const ID_TANGSEL = ['id', 'su', 'jv'];
const ID_JV_MAD = ['id', 'jv', 'mad'];
const ID_SAS = ['id', 'sas'];

// ---------------------------------------------------------------------------------------------
// Kota Bandung (000)
// ---------------------------------------------------------------------------------------------

const PUSPAGA_BDG: DemoAgency = {
  code: 'PUSPAGA-BDG',
  name: 'Pusat Pembelajaran Keluarga (PUSPAGA) Kota Bandung',
  kind: 'FAMILY_LEARNING_CENTRE',
  sector: 'CHILDREN',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: BANDUNG,
  areaServed: [BANDUNG],
  contact: {
    address: 'Jl. Wastukencana No. 2, Kel. Babakan Ciamis, Kec. Sumur Bandung, Kota Bandung, Jawa Barat 40117',
    phone: null,
    fax: null,
    email: null,
  },
  operator: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Bandung',
  services: services('PUSPAGA-BDG', [
    {
      category: 'CONSULTATION',
      name: 'Layanan Konsultasi',
      description:
        'Consultation for parents and families on parenting, children\'s rights and family problems; part of the "one stop services" (Layanan Satu Pintu Keluarga).',
      eligibility: 'Parents, families and carers of children living in Kota Bandung.',
    },
    {
      category: 'COUNSELLING',
      name: 'Layanan Konseling',
      description:
        'Counselling by professional staff for families who need accompaniment, including families needing special protection for a child.',
      eligibility: 'Families in Kota Bandung who need accompaniment (pendampingan).',
    },
    {
      category: 'PRE_MARITAL_GUIDANCE',
      name: 'Bimbingan Pranikah',
      description: 'Pre-marital guidance: preparing couples for family life and positive parenting.',
      eligibility: 'Couples planning to marry, resident in Kota Bandung.',
    },
    {
      category: 'COMMUNITY_EDUCATION',
      name: 'Bimbingan Masyarakat / Edukasi',
      description:
        'Community education and socialisation on positive parenting, children\'s rights and protection from violence, exploitation, mistreatment and neglect, and from unsuitable media content.',
      eligibility: 'Community groups, schools and neighbourhoods (RT/RW) in Kota Bandung.',
    },
    {
      category: 'HOME_VISIT',
      name: 'Home Visit',
      description: 'Home visits to families in the PUSPAGA programme.',
      eligibility: 'Families already in contact with PUSPAGA Kota Bandung.',
    },
  ]),
  sessions: officeHours(true),
  staff: staff(
    ['PSYCHOLOGIST', 2, ID_SU_EN],
    ['COUNSELLOR', 3, ID_SU],
    ['FACILITATOR', 4, ID_SU],
    ['OPERATOR', 1, ID_SU],
  ),
};

const DP3A_BDG: DemoAgency = {
  code: 'DP3A-BDG',
  name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kota Bandung',
  kind: 'WOMEN_CHILD_PROTECTION_UNIT',
  sector: 'WOMEN',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: BANDUNG,
  areaServed: [BANDUNG],
  contact: {
    address: 'Jl. Tera No. 20, Kel. Braga, Kec. Sumur Bandung, Kota Bandung, Jawa Barat 40111',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DP3A-BDG', [
    {
      category: 'COMPLAINT_INTAKE',
      name: 'Pengaduan Kekerasan terhadap Perempuan dan Anak',
      description: 'Intake of reports of violence against women and children (Perda Kota Bandung No. 4 Tahun 2019).',
      eligibility: 'Women and children in Kota Bandung, or anyone reporting on their behalf.',
    },
    {
      category: 'CASE_MANAGEMENT',
      name: 'Penanganan dan Rujukan Kasus',
      description: 'Case management and referral of women and children in need of special protection.',
      eligibility: 'Women and children with a registered complaint or referral.',
    },
    {
      category: 'LEGAL_AID',
      name: 'Pendampingan Hukum',
      description: 'Legal accompaniment for women and children in cases of violence.',
      eligibility: 'Women and children involved in a legal case in Kota Bandung.',
      requiresChildRole: true,
    },
  ]),
  sessions: officeHours(false),
  staff: staff(
    ['SOCIAL_WORKER', 3, ID_SU],
    ['PSYCHOLOGIST', 1, ID_SU],
    ['CASE_MANAGER', 2, ID_SU],
    ['OPERATOR', 1, ID_SU],
  ),
};

const DUKCAPIL_BDG: DemoAgency = {
  code: 'DUKCAPIL-BDG',
  name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Bandung',
  kind: 'CIVIL_REGISTRY',
  sector: 'SOCIAL',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: BANDUNG,
  areaServed: [BANDUNG],
  contact: {
    address: 'Jl. Ambon No. 1B, Kel. Citarum, Kec. Bandung Wetan, Kota Bandung, Jawa Barat 40115',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DUKCAPIL-BDG', [
    {
      category: 'CIVIL_REGISTRATION',
      name: 'Pelayanan Administrasi Kependudukan',
      description: 'Family card (KK), identity card (KTP-el), birth certificate and child identity card (KIA).',
      eligibility: 'Residents of Kota Bandung; free of charge.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(['OPERATOR', 6, ID_SU]),
};

// ---------------------------------------------------------------------------------------------
// Kota Tangerang Selatan (001)
// ---------------------------------------------------------------------------------------------

const LK3_TANGSEL: DemoAgency = {
  code: 'LK3-TANGSEL',
  name: 'Lembaga Konsultasi Kesejahteraan Keluarga (LK3) Kota Tangerang Selatan',
  kind: 'FAMILY_WELFARE_CONSULTATION',
  sector: 'SOCIAL',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: TANGSEL,
  areaServed: [TANGSEL],
  contact: {
    address:
      'Dinas Sosial Kota Tangerang Selatan, Jl. Maruga Raya No. 1, Kel. Serua, Kec. Ciputat, Kota Tangerang Selatan, Banten 15414',
    phone: null,
    fax: null,
    email: null,
  },
  operator: 'Dinas Sosial Kota Tangerang Selatan',
  services: services('LK3-TANGSEL', [
    {
      category: 'CONSULTATION',
      name: 'Konsultasi Keluarga',
      description: 'A place to consult on family problems and on improving family welfare.',
      eligibility: 'Families in Kota Tangerang Selatan.',
    },
    {
      category: 'COUNSELLING',
      name: 'Konseling Psikososial',
      description:
        'Social-work counselling for families with psychosocial problems: prevention, protection and rehabilitation.',
      eligibility: 'Families with psychosocial problems in Kota Tangerang Selatan.',
    },
    {
      category: 'CASE_MANAGEMENT',
      name: 'Rujukan',
      description: 'Referral (rujukan) to PUSPAGA, UPTD PPA and other agencies, and follow-up through to empowerment.',
      eligibility: 'Families in contact with LK3.',
    },
    {
      category: 'ESCORT',
      name: 'Pendampingan',
      description: 'Accompaniment of family members to services, offices and meetings.',
      eligibility: 'Families in contact with LK3.',
    },
  ]),
  sessions: officeHours(true),
  staff: staff(
    ['SOCIAL_WORKER', 3, ID_TANGSEL],
    ['COUNSELLOR', 2, ID_TANGSEL],
    ['PSYCHOLOGIST', 1, ID_TANGSEL],
    ['CASE_MANAGER', 1, ID_TANGSEL],
  ),
};

const UPTD_PPA_TANGSEL: DemoAgency = {
  code: 'UPTD-PPA-TANGSEL',
  name: 'UPTD Perlindungan Perempuan dan Anak (UPTD PPA, dahulu P2TP2A) Kota Tangerang Selatan',
  kind: 'WOMEN_CHILD_PROTECTION_UNIT',
  sector: 'WOMEN',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: TANGSEL,
  areaServed: [TANGSEL],
  contact: {
    address: 'Jl. Pajajaran No. 101, Kel. Pamulang Barat, Kec. Pamulang, Kota Tangerang Selatan, Banten 15417',
    phone: null,
    fax: null,
    email: null,
  },
  // The document names the city's women/child/family-planning office only as "DMP3KB"; left null.
  operator: null,
  services: services('UPTD-PPA-TANGSEL', [
    {
      category: 'COMPLAINT_INTAKE',
      name: 'Pengaduan Masyarakat',
      description: 'Intake of complaints of violence against women and children.',
      eligibility: 'Women and children in Kota Tangerang Selatan, or anyone reporting on their behalf.',
    },
    {
      category: 'LEGAL_AID',
      name: 'Pendampingan Hukum',
      description: 'Legal aid and accompaniment through police, prosecution and court.',
      eligibility: 'Women and child victims of violence; for children, their role in the case is recorded.',
      requiresChildRole: true,
    },
    {
      category: 'SHELTER',
      name: 'Rumah Aman',
      description: 'Temporary safe house for women and children at risk.',
      eligibility: 'Women and children at immediate risk of violence.',
      requiresChildRole: true,
    },
    {
      category: 'COUNSELLING',
      name: 'Konseling Psikologis',
      description: 'Psychological counselling for victims of violence.',
      eligibility: 'Women and children with an open case.',
    },
    {
      category: 'CASE_MANAGEMENT',
      name: 'Manajemen Kasus',
      description: 'Case management and coordination with LK3, PUSPAGA, police and health services.',
      eligibility: 'Women and children with an open case.',
    },
  ]),
  sessions: officeHours(true),
  staff: staff(
    ['SOCIAL_WORKER', 2, ID_TANGSEL],
    ['PSYCHOLOGIST', 2, ID_TANGSEL],
    ['CASE_MANAGER', 2, ID_TANGSEL],
    ['COUNSELLOR', 1, ID_TANGSEL],
    ['OPERATOR', 1, ID_TANGSEL],
  ),
};

const DINSOS_TANGSEL: DemoAgency = {
  code: 'DINSOS-TANGSEL',
  name: 'Dinas Sosial Kota Tangerang Selatan',
  kind: 'SOCIAL_AFFAIRS_OFFICE',
  sector: 'SOCIAL',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: TANGSEL,
  areaServed: [TANGSEL],
  contact: {
    address: 'Jl. Maruga Raya No. 1, Kel. Serua, Kec. Ciputat, Kota Tangerang Selatan, Banten 15414',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DINSOS-TANGSEL', [
    {
      category: 'COMPLAINT_INTAKE',
      name: 'Pengaduan Masalah Keluarga',
      description: 'Families may come to Dinas Sosial to report a family problem.',
      eligibility: 'Residents of Kota Tangerang Selatan.',
    },
    {
      category: 'CASE_MANAGEMENT',
      name: 'Rehabilitasi dan Rujukan Sosial',
      description: 'Social assistance, rehabilitation and referral of PMKS (people with social-welfare problems).',
      eligibility: 'Poor and vulnerable residents, PMKS.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(['SOCIAL_WORKER', 4, ID_TANGSEL], ['CASE_MANAGER', 2, ID_TANGSEL], ['OPERATOR', 2, ID_TANGSEL]),
};

const DUKCAPIL_TANGSEL: DemoAgency = {
  code: 'DUKCAPIL-TANGSEL',
  name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Tangerang Selatan',
  kind: 'CIVIL_REGISTRY',
  sector: 'SOCIAL',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: TANGSEL,
  areaServed: [TANGSEL],
  contact: {
    address: 'Jl. Maruga Raya No. 1, Kel. Serua, Kec. Ciputat, Kota Tangerang Selatan, Banten 15414',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DUKCAPIL-TANGSEL', [
    {
      category: 'CIVIL_REGISTRATION',
      name: 'Pelayanan Administrasi Kependudukan',
      description: 'Family card (KK), identity card (KTP-el), birth certificate and child identity card (KIA).',
      eligibility: 'Residents of Kota Tangerang Selatan; free of charge.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(['OPERATOR', 6, ID_TANGSEL]),
};

// ---------------------------------------------------------------------------------------------
// Kabupaten Jember (002)
// ---------------------------------------------------------------------------------------------

/** The six villages with a live Puskesos (document 002). Codes: Kepmendagri 300.2.2-2138/2025. */
const JEMBER_PUSKESOS_VILLAGES: readonly { village: string; district: string; code: string; slug: string }[] = [
  { village: 'Kepanjen', district: 'Gumukmas', code: '3509042001', slug: 'KEPANJEN' },
  { village: 'Mayangan', district: 'Gumukmas', code: '3509042002', slug: 'MAYANGAN' },
  { village: 'Harjomulyo', district: 'Silo', code: '3509302002', slug: 'HARJOMULYO' },
  { village: 'Dawuhan Mangli', district: 'Sukowono', code: '3509292011', slug: 'DAWUHANMANGLI' },
  { village: 'Pakis', district: 'Panti', code: '3509142001', slug: 'PAKIS' },
  { village: 'Sukowiryo', district: 'Jelbuk', code: '3509252005', slug: 'SUKOWIRYO' },
];

function puskesos(v: (typeof JEMBER_PUSKESOS_VILLAGES)[number]): DemoAgency {
  const code = `PUSKESOS-JBR-${v.slug}`;
  return {
    code,
    name: `Pusat Kesejahteraan Sosial (Puskesos) dan SLRT Desa ${v.village}, Kecamatan ${v.district}`,
    kind: 'SOCIAL_WELFARE_DESK',
    sector: 'SOCIAL',
    jurisdiction: 'ID',
    timeZone: JAKARTA,
    regionCode: v.code,
    areaServed: [v.code],
    contact: {
      address: `Kantor Desa ${v.village}, Kec. ${v.district}, Kabupaten Jember, Jawa Timur`,
      phone: null,
      fax: null,
      email: null,
    },
    operator: `Pemerintah Desa ${v.village}`,
    services: services(code, [
      {
        category: 'COMPLAINT_INTAKE',
        name: 'Pengaduan Masyarakat (Sekretariat SLRT)',
        description:
          'Poor and vulnerable residents and PMKS come to the village desk to say they need help.',
        eligibility: `Poor and vulnerable residents and PMKS of Desa ${v.village}.`,
      },
      {
        category: 'CASE_MANAGEMENT',
        name: 'Rujukan Terpadu',
        description:
          'Integrated referral (SLRT) to the agency that can help, e.g. Dispendukcapil for someone with no family card (KK).',
        eligibility: `Residents of Desa ${v.village} registered at the desk.`,
      },
      {
        category: 'ESCORT',
        name: 'Pengantaran ke Layanan',
        description: 'Accompanying the resident to the office they are referred to (e.g. Dispendukcapil).',
        eligibility: `Residents of Desa ${v.village} with an open referral.`,
      },
    ]),
    sessions: officeHours(true),
    staff: staff(['OPERATOR', 1, ID_JV_MAD], ['FACILITATOR', 1, ID_JV_MAD], ['VOLUNTEER', 2, ID_JV_MAD]),
  };
}

const DINSOS_JBR: DemoAgency = {
  code: 'DINSOS-JBR',
  name: 'Dinas Sosial Kabupaten Jember',
  kind: 'SOCIAL_AFFAIRS_OFFICE',
  sector: 'SOCIAL',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: JEMBER,
  areaServed: [JEMBER],
  contact: {
    address: 'Jl. Dharmawangsa No. 7, Kel. Kebonagung, Kec. Kaliwates, Kabupaten Jember, Jawa Timur 68131',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DINSOS-JBR', [
    {
      category: 'COMPLAINT_INTAKE',
      name: 'Sekretariat SLRT Kabupaten',
      description: 'District secretariat of the integrated referral system; receives escalations from village Puskesos.',
      eligibility: 'Poor and vulnerable residents and PMKS of Kabupaten Jember.',
    },
    {
      category: 'CASE_MANAGEMENT',
      name: 'Rujukan dan Rehabilitasi Sosial',
      description: 'Referral, social assistance and rehabilitation; supervision of the village Puskesos.',
      eligibility: 'Residents referred by a Puskesos or by another agency.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(
    ['SOCIAL_WORKER', 4, ID_JV_MAD],
    ['CASE_MANAGER', 2, ID_JV_MAD],
    ['FACILITATOR', 3, ID_JV_MAD],
    ['OPERATOR', 2, ID_JV_MAD],
  ),
};

const DUKCAPIL_JBR: DemoAgency = {
  code: 'DUKCAPIL-JBR',
  name: 'Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) Kabupaten Jember',
  kind: 'CIVIL_REGISTRY',
  sector: 'SOCIAL',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: JEMBER,
  areaServed: [JEMBER],
  contact: {
    address: 'Jl. Jawa No. 55, Kel. Sumbersari, Kec. Sumbersari, Kabupaten Jember, Jawa Timur 68121',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DUKCAPIL-JBR', [
    {
      category: 'CIVIL_REGISTRATION',
      name: 'Pelayanan Administrasi Kependudukan',
      description: 'Family card (KK), identity card (KTP-el), birth certificate; receives Puskesos referrals.',
      eligibility: 'Residents of Kabupaten Jember; free of charge.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(['OPERATOR', 6, ID_JV_MAD]),
};

// ---------------------------------------------------------------------------------------------
// Kota Mataram (003) - Asia/Makassar
// ---------------------------------------------------------------------------------------------

const BALAI_HARUM_MTR: DemoAgency = {
  code: 'BALAI-HARUM-MTR',
  name: 'Balai Rehabilitasi Sosial Anak "Balai Harum", Dinas Sosial Kota Mataram',
  kind: 'CHILD_REHABILITATION_CENTRE',
  sector: 'CHILDREN',
  jurisdiction: 'ID',
  timeZone: MAKASSAR,
  regionCode: MATARAM,
  areaServed: [MATARAM],
  contact: {
    address: 'Jl. Gora II, Kel. Selagalas, Kec. Sandubaya, Kota Mataram, Nusa Tenggara Barat 83237',
    phone: null,
    fax: null,
    email: null,
  },
  operator: 'Dinas Sosial Kota Mataram',
  services: services('BALAI-HARUM-MTR', [
    {
      category: 'REHABILITATION',
      name: 'Rawat Jalan',
      description:
        'Outpatient rehabilitation: integrated physical, mental and social recovery for children facing social and legal problems.',
      eligibility:
        'Children facing social or legal problems as victim, perpetrator or witness (the role is recorded and never confused); street children, beggars, children in conflict with the law.',
      requiresChildRole: true,
    },
    {
      category: 'SHELTER',
      name: 'Rumah Singgah',
      description: 'Shelter (rumah singgah) for children who cannot stay at home during rehabilitation.',
      eligibility: 'Children in rehabilitation who need a temporary place to stay; role in any case recorded.',
      requiresChildRole: true,
    },
    {
      category: 'ESCORT',
      name: 'Pendampingan Anak',
      description: 'Accompaniment of children through legal proceedings, with DP3A and LPA.',
      eligibility: 'Children in a Balai Harum programme.',
      requiresChildRole: true,
    },
  ]),
  sessions: officeHours(true),
  staff: staff(['PSYCHOLOGIST', 2, ID_SAS], ['SOCIAL_WORKER', 4, ID_SAS]),
};

const DINSOS_MTR: DemoAgency = {
  code: 'DINSOS-MTR',
  name: 'Dinas Sosial Kota Mataram',
  kind: 'SOCIAL_AFFAIRS_OFFICE',
  sector: 'SOCIAL',
  jurisdiction: 'ID',
  timeZone: MAKASSAR,
  regionCode: MATARAM,
  areaServed: [MATARAM],
  contact: {
    address: 'Jl. Pejanggik No. 16, Kel. Mataram Timur, Kec. Mataram, Kota Mataram, Nusa Tenggara Barat 83121',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DINSOS-MTR', [
    {
      category: 'COMPLAINT_INTAKE',
      name: 'Pusat Layanan Sosial',
      description: 'Social service desk; outreach team for street children, beggars and homeless people.',
      eligibility: 'Residents of Kota Mataram and PMKS found in the city.',
    },
    {
      category: 'CASE_MANAGEMENT',
      name: 'Tim Pembinaan dan Pendampingan',
      description: 'Guidance and accompaniment team; refers children to Balai Harum, DP3A and LPA.',
      eligibility: 'Children and families with social problems in Kota Mataram.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(['SOCIAL_WORKER', 3, ID_SAS], ['CASE_MANAGER', 1, ID_SAS], ['OPERATOR', 2, ID_SAS]),
};

const DP3A_MTR: DemoAgency = {
  code: 'DP3A-MTR',
  name: 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak (DP3A) Kota Mataram',
  kind: 'WOMEN_CHILD_PROTECTION_UNIT',
  sector: 'WOMEN',
  jurisdiction: 'ID',
  timeZone: MAKASSAR,
  regionCode: MATARAM,
  areaServed: [MATARAM],
  contact: {
    address: 'Jl. Udayana No. 4, Kel. Monjok, Kec. Selaparang, Kota Mataram, Nusa Tenggara Barat 83122',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DP3A-MTR', [
    {
      category: 'COMPLAINT_INTAKE',
      name: 'Pengaduan Kekerasan terhadap Perempuan dan Anak',
      description: 'Intake of reports of violence against women and children.',
      eligibility: 'Women and children in Kota Mataram, or anyone reporting on their behalf.',
    },
    {
      category: 'COUNSELLING',
      name: 'Konseling',
      description: 'Counselling for women and children affected by violence.',
      eligibility: 'Women and children with an open case.',
    },
    {
      category: 'LEGAL_AID',
      name: 'Pendampingan Hukum',
      description: 'Legal accompaniment of women and children, with LPA Kota Mataram.',
      eligibility: 'Women and children in a legal case; for children, their role is recorded.',
      requiresChildRole: true,
    },
    {
      category: 'CASE_MANAGEMENT',
      name: 'Manajemen Kasus',
      description: 'Case coordination with Dinas Sosial (Balai Harum) and LPA.',
      eligibility: 'Women and children with an open case.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(
    ['SOCIAL_WORKER', 2, ID_SAS],
    ['COUNSELLOR', 2, ID_SAS],
    ['CASE_MANAGER', 1, ID_SAS],
    ['OPERATOR', 1, ID_SAS],
  ),
};

const DUKCAPIL_MTR: DemoAgency = {
  code: 'DUKCAPIL-MTR',
  name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Mataram',
  kind: 'CIVIL_REGISTRY',
  sector: 'SOCIAL',
  jurisdiction: 'ID',
  timeZone: MAKASSAR,
  regionCode: MATARAM,
  areaServed: [MATARAM],
  contact: {
    address: 'Jl. Majapahit No. 12, Kel. Pagesangan, Kec. Mataram, Kota Mataram, Nusa Tenggara Barat 83127',
    phone: null,
    fax: null,
    email: null,
  },
  operator: null,
  services: services('DUKCAPIL-MTR', [
    {
      category: 'CIVIL_REGISTRATION',
      name: 'Pelayanan Administrasi Kependudukan',
      description: 'Family card (KK), identity card (KTP-el), birth certificate and child identity card (KIA).',
      eligibility: 'Residents of Kota Mataram; free of charge.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(['OPERATOR', 5, ID_SAS]),
};

// ---------------------------------------------------------------------------------------------
// Hong Kong: ChildPRO (004)
// ---------------------------------------------------------------------------------------------

const HK_LANGS = ['yue', 'en', 'zh'];

const CHILDPRO_ELIGIBILITY =
  'Families referred by a social worker of an FCPSU, or of an Integrated Family Service Centre / Integrated Services Centre operated by SWD or an NGO, in the team\'s service districts.';

function childProServices(code: string): DemoService[] {
  return services(code, [
    {
      category: 'HOME_VISIT',
      name: 'Home Visit Support',
      description:
        'Regular home visits to reach out, observe, assess and deliver tailored home-based training packages and timely intervention on parenting skills, child discipline and child care.',
      eligibility: CHILDPRO_ELIGIBILITY,
    },
    {
      category: 'GROUP_SESSION',
      name: 'Group Sessions',
      description:
        'Therapeutic/psychosocial groups to support recovery from traumatic or unresolved experiences, build resilience and self-protection skills of children and parenting capacity.',
      eligibility: CHILDPRO_ELIGIBILITY,
    },
    {
      category: 'INDIVIDUAL_SESSION',
      name: 'Individual Sessions',
      description: 'Individual therapeutic/psychosocial sessions tailored to the service user.',
      eligibility: CHILDPRO_ELIGIBILITY,
    },
    {
      category: 'CLINICAL_PSYCHOLOGY',
      name: 'Clinical Psychology Support',
      description:
        'Case consultation/assessment, advice, and short-term clinical psychological treatment by a clinical psychologist.',
      eligibility: CHILDPRO_ELIGIBILITY,
    },
    {
      category: 'NURSING',
      name: 'Nursing Support',
      description: 'Professional input from nursing staff on child care and health within the team approach.',
      eligibility: CHILDPRO_ELIGIBILITY,
    },
    {
      category: 'FAMILY_EDUCATION',
      name: 'Family Education and Enrichment Programmes',
      description:
        'Education programmes and family activities facilitating parent-child interaction and rebuilding support networks of relatives and significant others.',
      eligibility: CHILDPRO_ELIGIBILITY,
    },
    {
      category: 'ESCORT',
      name: 'StandbyU',
      description:
        'Care, support and escort/accompaniment to medical appointments, case conferences, school, training, groups, residential child care admission and family occasions; volunteers may help.',
      eligibility: CHILDPRO_ELIGIBILITY,
    },
  ]);
}

/** Each team: six sessions a week, Monday to Saturday; the two EVENING days differ per team. */
function childProSessions(eveningDays: readonly [Day, Day]): DemoSession[] {
  return MON_SAT.map((dayOfWeek) =>
    eveningDays.includes(dayOfWeek)
      ? { dayOfWeek, opens: '13:00', closes: '21:00', kind: 'EVENING' as const }
      : { dayOfWeek, opens: '09:00', closes: '18:00', kind: 'DAY' as const },
  );
}

interface ChildProRow {
  team: number;
  operator: string;
  districts: string[];
  address: string;
  phone: string;
  fax: string;
  email: string;
  eveningDays: readonly [Day, Day];
  socialWorkers: number;
}

/** The "Daftar Tim Layanan" table of document 004, copied character for character. */
const CHILDPRO_TABLE: readonly ChildProRow[] = [
  {
    team: 1,
    operator: "St. James' Settlement",
    // Central, Western, Southern & Islands; Eastern & Wan Chai: two SWD districts, named here by the
    // five District Council districts they are made of
    districts: ['Central and Western', 'Southern', 'Islands', 'Eastern', 'Wan Chai'],
    address: 'Room 1802-1806, 18/F, C.C. Wu Building, 302-308 Hennessy Road, Wan Chai, Hong Kong',
    phone: '3619 5123',
    fax: '3619 5022',
    email: 'cschildpro@sjs.org.hk',
    eveningDays: [2, 4],
    socialWorkers: 8,
  },
  {
    team: 2,
    operator: 'Hong Kong Catholic Marriage Advisory Council (The)',
    // Kwun Tong; Tseung Kwan O; Sai Kung (Tseung Kwan O lies in Sai Kung district; the leaflet names both)
    districts: ['Kwun Tong', 'Tseung Kwan O', 'Sai Kung'],
    address: 'Room 1011-1012, 10/F, Chevalier Commercial Centre, 8 Wang Hoi Road, Kowloon Bay, Kowloon',
    phone: '2810 1002',
    fax: '2810 1060',
    email: 'childpro@cmac.org.hk',
    eveningDays: [1, 3],
    socialWorkers: 6,
  },
  {
    team: 3,
    operator: 'Salvation Army (The)',
    // Wong Tai Sin; Kowloon City; Yau Tsim Mong
    districts: ['Wong Tai Sin', 'Kowloon City', 'Yau Tsim Mong'],
    address: '10/F, Wing Kwok Centre, 182 Woosung Street, Jordan, Kowloon',
    phone: '2267 9698',
    fax: '2267 9798',
    email: 'ChildPRO.yfc@hkm.salvationarmy.org',
    eveningDays: [3, 5],
    socialWorkers: 7,
  },
  {
    team: 4,
    operator: "Boys' and Girls' Clubs Association of Hong Kong (The)",
    // Sham Shui Po; Tsuen Wan; Kwai Chung; Tsing Yi. Kwai Chung and Tsing Yi together are Kwai Tsing
    // district, which the demo's families are registered in; it is named as well so that the demo world,
    // whose generator matches a family's district by name, stays as it was drawn.
    districts: ['Sham Shui Po', 'Tsuen Wan', 'Kwai Chung', 'Tsing Yi', 'Kwai Tsing'],
    address: 'Room 4511B-4515, 45/F, Metroplaza Tower 1, 223 Hing Fong Road, Kwai Fong, New Territories',
    phone: '2672 2868',
    fax: '2672 2882',
    email: 'bgcachildpro@bgca.org.hk',
    eveningDays: [2, 5],
    socialWorkers: 7,
  },
  {
    team: 5,
    operator: 'Tung Wah Group of Hospitals',
    // Shatin; Tai Po; North ("Sha Tin" as the Government spells the district)
    districts: ['Sha Tin', 'Tai Po', 'North'],
    address: 'Room 1901-1903 and 1918, 19/F, Shatin Galleria, 18-24 Shan Mei Street, Fo Tan, New Territories',
    phone: '2157 2232',
    fax: '3583 2208',
    email: 'childpro@tungwah.org.hk',
    eveningDays: [1, 4],
    socialWorkers: 7,
  },
  {
    team: 6,
    operator: 'Hong Kong Sheng Kung Hui Welfare Council Limited',
    // Tuen Mun; Yuen Long
    districts: ['Tuen Mun', 'Yuen Long'],
    address: 'Room 308-309, 3/F, Tower 1, One North, 8 Hong Yip Street, Yuen Long, New Territories',
    phone: '2117 3626',
    fax: '3586 3020',
    email: 'liucpss@skhwc.org.hk',
    eveningDays: [4, 6],
    socialWorkers: 6,
  },
];

function childProTeam(row: ChildProRow): DemoAgency {
  const code = `CHILDPRO-${row.team}`;
  return {
    code,
    name: `Child Protection Support Service (ChildPRO) Team ${row.team}, ${row.operator}`,
    kind: 'CHILD_PROTECTION_SUPPORT_TEAM',
    sector: 'CHILDREN',
    jurisdiction: 'HK',
    timeZone: HONG_KONG,
    regionCode: null,
    areaServed: [...row.districts],
    contact: { address: row.address, phone: row.phone, fax: row.fax, email: row.email },
    operator: row.operator,
    services: childProServices(code),
    sessions: childProSessions(row.eveningDays),
    staff: staff(
      ['SOCIAL_WORKER', row.socialWorkers, HK_LANGS],
      ['CLINICAL_PSYCHOLOGIST', 1, ['yue', 'en']],
      ['NURSE', 1, ['yue', 'en']],
      ['VOLUNTEER', 10, ['yue']],
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Hong Kong: referral sources (FCPSU, IFSC). No contact lines are invented for them: phone, fax and
// e-mail are null and the address names only the district the unit serves.
// ---------------------------------------------------------------------------------------------

/** SWD unit hours: Monday-Friday 09:00-18:00 (on the given days 13:00-21:00 EVENING instead),
 * Saturday 09:00-13:00. */
function swdHours(eveningDays: readonly Day[]): DemoSession[] {
  const sessions: DemoSession[] = MON_FRI.map((dayOfWeek) =>
    eveningDays.includes(dayOfWeek)
      ? { dayOfWeek, opens: '13:00', closes: '21:00', kind: 'EVENING' as const }
      : { dayOfWeek, opens: '09:00', closes: '18:00', kind: 'DAY' as const },
  );
  sessions.push({ dayOfWeek: 6, opens: '09:00', closes: '13:00', kind: 'DAY' });
  return sessions;
}

function swdUnit(
  code: string,
  kind: Extract<AgencyKind, 'FAMILY_CHILD_PROTECTIVE_UNIT' | 'INTEGRATED_FAMILY_SERVICE_CENTRE'>,
  label: string,
  districts: string[],
  address: string,
): DemoAgency {
  const fcpsu = kind === 'FAMILY_CHILD_PROTECTIVE_UNIT';
  return {
    code,
    name: fcpsu
      ? `Family and Child Protective Services Unit (${label}), Social Welfare Department`
      : `Integrated Family Service Centre (${label}), Social Welfare Department`,
    kind,
    sector: fcpsu ? 'CHILDREN' : 'SOCIAL',
    jurisdiction: 'HK',
    timeZone: HONG_KONG,
    regionCode: null,
    areaServed: districts,
    contact: { address, phone: null, fax: null, email: null },
    operator: 'Social Welfare Department',
    services: fcpsu
      ? services(code, [
          {
            category: 'CASE_MANAGEMENT',
            name: 'Child protection casework',
            description:
              'Investigation and casework for child abuse cases; refers families to the ChildPRO team of the district.',
            eligibility: 'Children who are victims of, or at risk of, abuse, and their families.',
          },
          {
            category: 'COUNSELLING',
            name: 'Family counselling',
            description: 'Counselling for families in child protection cases.',
            eligibility: 'Families with an open child protection case.',
          },
        ])
      : services(code, [
          {
            category: 'CONSULTATION',
            name: 'Family resource and enquiry',
            description: 'Enquiry, information and family life education for families in the district.',
            eligibility: 'Residents of the service boundary.',
          },
          {
            category: 'COUNSELLING',
            name: 'Family counselling',
            description: 'Intensive counselling and casework; may refer families to ChildPRO.',
            eligibility: 'Residents of the service boundary.',
          },
          {
            category: 'GROUP_SESSION',
            name: 'Family support groups',
            description: 'Support and mutual-help groups for parents and carers.',
            eligibility: 'Residents of the service boundary.',
          },
          {
            category: 'CASE_MANAGEMENT',
            name: 'Casework and referral',
            description: 'Casework, referral to ChildPRO and other services.',
            eligibility: 'Families with an open case.',
          },
        ]),
    sessions: swdHours(fcpsu ? [] : [2]),
    staff: fcpsu
      ? staff(['SOCIAL_WORKER', 10, HK_LANGS], ['CASE_MANAGER', 2, HK_LANGS])
      : staff(['SOCIAL_WORKER', 12, HK_LANGS], ['CASE_MANAGER', 2, HK_LANGS], ['VOLUNTEER', 6, ['yue']]),
  };
}

const HK_REFERRAL_SOURCES: readonly DemoAgency[] = [
  swdUnit(
    'FCPSU-KC-YTM',
    'FAMILY_CHILD_PROTECTIVE_UNIT',
    'Kowloon City/Yau Tsim Mong',
    ['Kowloon City', 'Yau Tsim Mong'],
    'Kowloon City and Yau Tsim Mong District, Kowloon',
  ),
  swdUnit(
    'FCPSU-EW',
    'FAMILY_CHILD_PROTECTIVE_UNIT',
    'Eastern/Wan Chai',
    ['Eastern', 'Wan Chai'],
    'Eastern and Wan Chai District, Hong Kong',
  ),
  swdUnit(
    'FCPSU-TM',
    'FAMILY_CHILD_PROTECTIVE_UNIT',
    'Tuen Mun',
    ['Tuen Mun'],
    'Tuen Mun District, New Territories',
  ),
  swdUnit(
    'IFSC-SSP',
    'INTEGRATED_FAMILY_SERVICE_CENTRE',
    'Sham Shui Po',
    ['Sham Shui Po'],
    'Sham Shui Po District, Kowloon',
  ),
  swdUnit(
    'IFSC-KT',
    'INTEGRATED_FAMILY_SERVICE_CENTRE',
    'Kwun Tong',
    ['Kwun Tong'],
    'Kwun Tong District, Kowloon',
  ),
  swdUnit(
    'IFSC-TP',
    'INTEGRATED_FAMILY_SERVICE_CENTRE',
    'Tai Po',
    ['Tai Po'],
    'Tai Po District, New Territories',
  ),
];

// ---------------------------------------------------------------------------------------------
// Agencies the documents name beside the others: PUSPAGA Kota Tangerang Selatan (001: LK3 sits beside
// PUSPAGA and UPTD P2TP2A) and LPA Kota Mataram (003: Balai Harum works with DP3A and LPA). Added after
// the demo's families were first drawn; their staff come from a random stream of their own (world.ts).
// ---------------------------------------------------------------------------------------------

const PUSPAGA_TANGSEL: DemoAgency = {
  code: 'PUSPAGA-TANGSEL',
  name: 'Pusat Pembelajaran Keluarga (PUSPAGA) Kota Tangerang Selatan',
  kind: 'FAMILY_LEARNING_CENTRE',
  sector: 'CHILDREN',
  jurisdiction: 'ID',
  timeZone: JAKARTA,
  regionCode: TANGSEL,
  areaServed: [TANGSEL],
  contact: {
    address: 'Jl. Witana Harja No. 3, Kel. Pamulang Barat, Kec. Pamulang, Kota Tangerang Selatan, Banten 15417',
    phone: null,
    fax: null,
    email: null,
  },
  // Set up by the mayor under the women's and child protection ministry; the city office is named only as "DMP3KB": left null.
  operator: null,
  services: services('PUSPAGA-TANGSEL', [
    {
      category: 'CONSULTATION',
      name: 'Layanan Konsultasi Keluarga',
      description: 'Consultation for parents and carers on parenting, children\'s rights and family problems.',
      eligibility: 'Parents, families and carers of children living in Kota Tangerang Selatan.',
    },
    {
      category: 'COUNSELLING',
      name: 'Layanan Konseling',
      description: 'Counselling by professional staff for families who need accompaniment in raising and protecting their children.',
      eligibility: 'Families in Kota Tangerang Selatan, including those referred by LK3 and UPTD PPA.',
    },
    {
      category: 'GROUP_SESSION',
      name: 'Kelas Pengasuhan Positif',
      description: 'Positive parenting sessions for small groups of parents: attachment, discipline without violence, safety at home.',
      eligibility: 'Parents and carers in Kota Tangerang Selatan.',
    },
    {
      category: 'COMMUNITY_EDUCATION',
      name: 'Edukasi Masyarakat',
      description: 'Community education on children\'s rights and protection from violence, exploitation and neglect.',
      eligibility: 'Community groups, schools and neighbourhoods (RT/RW) in Kota Tangerang Selatan.',
    },
    {
      category: 'HOME_VISIT',
      name: 'Kunjungan Rumah',
      description: 'Home visits to families in a PUSPAGA programme.',
      eligibility: 'Families already in contact with PUSPAGA Kota Tangerang Selatan.',
    },
  ]),
  sessions: officeHours(true),
  staff: staff(
    ['PSYCHOLOGIST', 1, ID_TANGSEL],
    ['COUNSELLOR', 2, ID_TANGSEL],
    ['FACILITATOR', 3, ID_TANGSEL],
    ['OPERATOR', 1, ID_TANGSEL],
  ),
};

const LPA_MTR: DemoAgency = {
  code: 'LPA-MTR',
  name: 'Lembaga Perlindungan Anak (LPA) Kota Mataram',
  kind: 'CHILD_PROTECTION_INSTITUTE',
  sector: 'CHILDREN',
  jurisdiction: 'ID',
  timeZone: MAKASSAR,
  regionCode: MATARAM,
  areaServed: [MATARAM],
  contact: {
    address: 'Jl. Catur Warga No. 7, Kel. Mataram Barat, Kec. Selaparang, Kota Mataram, Nusa Tenggara Barat 83121',
    phone: null,
    fax: null,
    email: null,
  },
  // A non-governmental institute, run by its own members: no operator above it.
  operator: null,
  services: services('LPA-MTR', [
    {
      category: 'COMPLAINT_INTAKE',
      name: 'Pengaduan Anak',
      description: 'Intake of reports about children at risk, from children, families, schools and neighbours.',
      eligibility: 'Children in Kota Mataram, or anyone reporting on their behalf.',
    },
    {
      category: 'ESCORT',
      name: 'Pendampingan Anak Berhadapan dengan Hukum',
      description: 'Accompaniment of children through police, prosecution and court, together with Balai Harum and DP3A.',
      eligibility: 'Children facing a legal case as victim, perpetrator or witness; the role is recorded.',
      requiresChildRole: true,
    },
    {
      category: 'COMMUNITY_EDUCATION',
      name: 'Sosialisasi Hak Anak',
      description: 'Community education on children\'s rights and child protection in the kelurahan.',
      eligibility: 'Community groups and schools in Kota Mataram.',
    },
  ]),
  sessions: officeHours(false),
  staff: staff(['SOCIAL_WORKER', 2, ID_SAS], ['FACILITATOR', 2, ID_SAS], ['VOLUNTEER', 4, ID_SAS]),
};

// ---------------------------------------------------------------------------------------------

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  PUSPAGA_BDG,
  DP3A_BDG,
  DUKCAPIL_BDG,
  LK3_TANGSEL,
  UPTD_PPA_TANGSEL,
  DINSOS_TANGSEL,
  DUKCAPIL_TANGSEL,
  ...JEMBER_PUSKESOS_VILLAGES.map(puskesos),
  DINSOS_JBR,
  DUKCAPIL_JBR,
  BALAI_HARUM_MTR,
  DINSOS_MTR,
  DP3A_MTR,
  DUKCAPIL_MTR,
  ...CHILDPRO_TABLE.map(childProTeam),
  ...HK_REFERRAL_SOURCES,
  PUSPAGA_TANGSEL,
  LPA_MTR,
];
