import { SignJWT } from 'jose';
import type { AccessRole } from '../domain/access-roles';
import type { StaffRole } from './reference/agency-types';
import { generateWorld } from './world';

/** A demo caller: who they are in the demo world and what their token claims. */
export interface DemoUser {
  key: string;
  description: string;
  agencyCode: string | null;
  staffRole: StaffRole | null;
  roles: AccessRole[];
  jurisdiction: 'ID' | 'HK';
  area: string[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { key: 'lk3-counsellor', description: 'Counsellor, LK3 Kota Tangerang Selatan', agencyCode: 'LK3-TANGSEL', staffRole: 'COUNSELLOR', roles: ['AGENCY_STAFF'], jurisdiction: 'ID', area: [] },
  {
    key: 'uptd-ppa-case-manager',
    description: 'Case manager, UPTD PPA Kota Tangerang Selatan',
    agencyCode: 'UPTD-PPA-TANGSEL',
    staffRole: 'CASE_MANAGER',
    roles: ['AGENCY_STAFF'],
    jurisdiction: 'ID',
    area: [],
  },
  {
    key: 'puskesos-operator',
    description: 'Operator, Puskesos/SLRT desk Kepanjen (Jember)',
    agencyCode: 'PUSKESOS-JBR-KEPANJEN',
    staffRole: 'OPERATOR',
    roles: ['AGENCY_STAFF'],
    jurisdiction: 'ID',
    area: [],
  },
  {
    key: 'dukcapil-jember-officer',
    description: 'Registry officer, Dispendukcapil Kabupaten Jember',
    agencyCode: 'DUKCAPIL-JBR',
    staffRole: null,
    roles: ['AGENCY_STAFF', 'REGISTRY_OFFICER'],
    jurisdiction: 'ID',
    area: [],
  },
  {
    key: 'balai-harum-psychologist',
    description: 'Psychologist, Balai Rehabilitasi Sosial Anak "Balai Harum" (Mataram)',
    agencyCode: 'BALAI-HARUM-MTR',
    staffRole: 'PSYCHOLOGIST',
    roles: ['AGENCY_STAFF'],
    jurisdiction: 'ID',
    area: [],
  },
  {
    key: 'childpro-worker',
    description: 'Social worker, ChildPRO team 3 (The Salvation Army)',
    agencyCode: 'CHILDPRO-3',
    staffRole: 'SOCIAL_WORKER',
    roles: ['AGENCY_STAFF'],
    jurisdiction: 'HK',
    area: [],
  },
  {
    key: 'puspaga-counsellor',
    description: 'Counsellor, PUSPAGA Kota Bandung (family learning centre)',
    agencyCode: 'PUSPAGA-BDG',
    staffRole: 'COUNSELLOR',
    roles: ['AGENCY_STAFF'],
    jurisdiction: 'ID',
    area: [],
  },
  {
    key: 'puspaga-tangsel-counsellor',
    description: 'Counsellor, PUSPAGA Kota Tangerang Selatan (family learning centre)',
    agencyCode: 'PUSPAGA-TANGSEL',
    staffRole: 'COUNSELLOR',
    roles: ['AGENCY_STAFF'],
    jurisdiction: 'ID',
    area: [],
  },
  {
    key: 'dp3a-mataram-case-manager',
    description: 'Case manager, DP3A Kota Mataram (women and child protection office)',
    agencyCode: 'DP3A-MTR',
    staffRole: 'CASE_MANAGER',
    roles: ['AGENCY_STAFF'],
    jurisdiction: 'ID',
    area: [],
  },
  {
    key: 'fcpsu-referrer',
    description: 'Social worker, Family and Child Protective Services Unit (Kowloon City/Yau Tsim Mong), SWD: refers families to ChildPRO',
    agencyCode: 'FCPSU-KC-YTM',
    staffRole: 'SOCIAL_WORKER',
    roles: ['AGENCY_STAFF'],
    jurisdiction: 'HK',
    area: [],
  },
  {
    key: 'tangsel-manager',
    description: 'Cross-agency manager, Dinas Sosial Kota Tangerang Selatan (area 3674)',
    agencyCode: 'DINSOS-TANGSEL',
    staffRole: null,
    roles: ['AREA_MANAGER'],
    jurisdiction: 'ID',
    area: ['3674'],
  },
  {
    key: 'mataram-manager',
    description: 'Cross-agency manager, Dinas Sosial Kota Mataram (area 5271)',
    agencyCode: 'DINSOS-MTR',
    staffRole: null,
    roles: ['AREA_MANAGER'],
    jurisdiction: 'ID',
    area: ['5271'],
  },
  {
    key: 'hk-manager',
    description: 'Cross-agency manager, SWD Kowloon City and Yau Tsim Mong District',
    agencyCode: 'FCPSU-KC-YTM',
    staffRole: null,
    roles: ['AREA_MANAGER'],
    jurisdiction: 'HK',
    area: ['Kowloon City', 'Yau Tsim Mong'],
  },
  // The auditor works for an agency whose staff would see Tangerang Selatan's families and the staff
  // directory, so what an auditor is refused is refused because of the role, not for want of an agency.
  { key: 'auditor', description: 'Data protection auditor, Dinas Sosial Kota Tangerang Selatan', agencyCode: 'DINSOS-TANGSEL', staffRole: null, roles: ['AUDITOR'], jurisdiction: 'ID', area: [] },
  {
    key: 'calendar-manager-id',
    description: 'Calendar manager: keeps the Indonesian public holidays and collective leave',
    agencyCode: null,
    staffRole: null,
    roles: ['CALENDAR_MANAGER'],
    jurisdiction: 'ID',
    area: [],
  },
  { key: 'calendar-manager-hk', description: 'Calendar manager: keeps the Hong Kong general holidays', agencyCode: null, staffRole: null, roles: ['CALENDAR_MANAGER'], jurisdiction: 'HK', area: [] },
  {
    key: 'lk3-system',
    description: 'Agency system (machine client) of LK3 Kota Tangerang Selatan',
    agencyCode: 'LK3-TANGSEL',
    staffRole: null,
    roles: ['AGENCY_SYSTEM'],
    jurisdiction: 'ID',
    area: [],
  },
];

/** The claims of a demo user: the agency and a staff member of the demo world. */
export function demoClaims(user: DemoUser) {
  const world = generateWorld({ families: 0, anchorDate: '2026-01-01' });
  const agency = user.agencyCode ? world.agencies.find((a) => a.code === user.agencyCode) : undefined;
  if (user.agencyCode && !agency) throw new Error(`demo agency ${user.agencyCode} is not in the demo world`);
  // An auditor checks the agency's work and is none of its case staff: their subject is their own, not
  // a staff member's (who would be the same person as the agency's manager).
  const staff = agency && !user.roles.includes('AUDITOR') ? world.staff.find((s) => s.agencyId === agency.id && (user.staffRole === null || s.role === user.staffRole)) : undefined;
  const subject = user.roles.includes('AGENCY_SYSTEM') ? `client:${user.key}` : (staff?.id ?? `user:${user.key}`);
  return { sub: subject, staff: user.staffRole ? staff?.id : undefined, agency: agency?.id, roles: user.roles, jur: user.jurisdiction, area: user.area };
}

/** Signs a demo user's bearer token (HS256, the embedded default's key). */
export async function demoToken(key: string, secret: string, ttl = '12h'): Promise<string> {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`unknown demo user "${key}"; one of: ${DEMO_USERS.map((u) => u.key).join(', ')}`);
  const { sub, ...claims } = demoClaims(user);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('satupintu')
    .setAudience('satupintu-gateway')
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
}
