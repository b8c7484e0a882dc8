/**
 * Types for the demo reference data: the agencies of the five agency systems the demo world is
 * drawn from (see agencies.ts) as the demo seeder loads them. Pure types, no I/O.
 */

export type Jurisdiction = 'ID' | 'HK';

export type Sector = 'SOCIAL' | 'WOMEN' | 'CHILDREN';

export type AgencyKind =
  | 'FAMILY_LEARNING_CENTRE'
  | 'FAMILY_WELFARE_CONSULTATION'
  | 'SOCIAL_WELFARE_DESK'
  | 'WOMEN_CHILD_PROTECTION_UNIT'
  | 'CHILD_REHABILITATION_CENTRE'
  | 'CHILD_PROTECTION_SUPPORT_TEAM'
  | 'CHILD_PROTECTION_INSTITUTE'
  | 'SOCIAL_AFFAIRS_OFFICE'
  | 'CIVIL_REGISTRY'
  | 'FAMILY_CHILD_PROTECTIVE_UNIT'
  | 'INTEGRATED_FAMILY_SERVICE_CENTRE';

export type ServiceCategory =
  | 'CONSULTATION'
  | 'COUNSELLING'
  | 'PRE_MARITAL_GUIDANCE'
  | 'COMMUNITY_EDUCATION'
  | 'HOME_VISIT'
  | 'GROUP_SESSION'
  | 'INDIVIDUAL_SESSION'
  | 'CLINICAL_PSYCHOLOGY'
  | 'NURSING'
  | 'FAMILY_EDUCATION'
  | 'ESCORT'
  | 'REHABILITATION'
  | 'SHELTER'
  | 'COMPLAINT_INTAKE'
  | 'CIVIL_REGISTRATION'
  | 'LEGAL_AID'
  | 'CASE_MANAGEMENT';

export type StaffRole =
  | 'SOCIAL_WORKER'
  | 'PSYCHOLOGIST'
  | 'CLINICAL_PSYCHOLOGIST'
  | 'NURSE'
  | 'COUNSELLOR'
  | 'CASE_MANAGER'
  | 'FACILITATOR'
  | 'OPERATOR'
  | 'VOLUNTEER';

export interface DemoService {
  code: string;
  category: ServiceCategory;
  name: string;
  description: string;
  feeFree: boolean;
  eligibility: string;
  /** true for child rehabilitation/shelter (and legal) services where a child's legal role
   * VICTIM/PERPETRATOR/WITNESS must be recorded */
  requiresChildRole: boolean;
}

export interface DemoSession {
  /** ISO: 1 Monday .. 7 Sunday */
  dayOfWeek: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** 'HH:MM' local */
  opens: string;
  closes: string;
  kind: 'DAY' | 'EVENING';
}

export interface DemoStaffPlan {
  role: StaffRole;
  count: number;
  /** BCP-47: 'id','jv','su','mad','sas','en','yue','zh' */
  languages: string[];
}

export interface DemoAgency {
  /** stable natural key, e.g. 'PUSPAGA-BDG', 'LK3-TANGSEL', 'CHILDPRO-1' */
  code: string;
  /** official name as in the documents */
  name: string;
  kind: AgencyKind;
  sector: Sector;
  jurisdiction: Jurisdiction;
  /** IANA: Asia/Jakarta (Bandung, Tangerang Selatan, Jember), Asia/Makassar (Mataram), Asia/Hong_Kong */
  timeZone: string;
  /** Kemendagri digits of the agency's seat: regency/city 4 digits, or a 10-digit village code for a
   * village Puskesos desk; null in HK */
  regionCode: string | null;
  /** region codes (digits) in ID; HK district names (the 18 District Council districts) in HK */
  areaServed: string[];
  contact: { address: string; phone: string | null; fax: string | null; email: string | null };
  /** e.g. the NGO running a ChildPRO team */
  operator: string | null;
  services: DemoService[];
  sessions: DemoSession[];
  staff: DemoStaffPlan[];
}
