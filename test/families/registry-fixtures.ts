import { makeHkid, makeKk, makeNik } from '../../subgraphs/families/src/identifiers';
import type { GraphQLAnswer, Stack } from '../support/stack';

/** Fields of a family a registry test reads back. */
export const FAMILY_FIELDS = `id kkNumber version jurisdiction addressProtected caseReference
  address { street rtRw village district regency province regionCode }
  members { id nik hkid fullName sex birthDate relationship relationshipCode version dataQualityWarnings }`;

export const REGISTER = `mutation($input: RegisterFamilyInput!) {
  registerFamily(input: $input) {
    family { ${FAMILY_FIELDS} }
    duplicates { memberIndex score nameSimilarity reasons person { id fullName birthDate family { id } } }
  }
}`;

export interface MemberInput {
  nik?: string | null;
  hkid?: string | null;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  birthDate?: string | null;
  relationship: string;
}

/** Kota Tangerang Selatan, Kecamatan Serpong, Kelurahan Ciater: a village the system knows. */
export const VILLAGE = '3674011001';
const DISTRICT6 = VILLAGE.slice(0, 6);

let serial = 9000;
/** A fresh serial per call, above the demo world's (which count from 0001), so numbers never collide with it. */
export function nextSerial(): number {
  return ++serial;
}

/** A well-formed NIK of the test district whose date and sex agree with the arguments. */
export function nik(birthDate: string, sex: 'MALE' | 'FEMALE'): string {
  return makeNik(DISTRICT6, birthDate, sex, nextSerial());
}

/** A well-formed No. KK issued in the test district. */
export function kk(issuedOn = '2021-06-14'): string {
  return makeKk(DISTRICT6, issuedOn, nextSerial());
}

/** A well-formed HKID that no demo person holds (the demo world draws its digits from 100000-999999 under other letters). */
export function hkid(): string {
  return makeHkid('W', String(100000 + nextSerial()));
}

const MEN = ['Hendra Wijaya Kusuma', 'Bonifasius Tarigan', 'Yohanes Simanjuntak', 'Ketut Arsana Putra', 'Fransiskus Manurung', 'Gregorius Pandiangan'];
const WOMEN = ['Rahayu Puspitasari', 'Theresia Sembiring', 'Margaretha Sitompul', 'Ni Luh Ayu Lestari', 'Veronika Panjaitan', 'Elisabeth Situmorang'];

/** A birth date that differs between calls, so test families are not strong duplicates of each other. */
function birthDate(base: number, s: number): string {
  return `${base + (s % 20)}-${String((s % 12) + 1).padStart(2, '0')}-${String((s % 28) + 1).padStart(2, '0')}`;
}

/** A valid Indonesian registration: a head and a wife with consistent NIKs; parts may be replaced. */
export function indonesianFamily(over: Record<string, unknown> = {}): Record<string, unknown> {
  const s = nextSerial();
  const [hb, wb] = [birthDate(1960, s), birthDate(1965, s + 7)];
  return {
    kkNumber: kk(),
    address: { street: 'Jl. Raya Serpong No. 12', rtRw: '002/005', regionCode: VILLAGE },
    members: [
      { nik: nik(hb, 'MALE'), fullName: MEN[s % MEN.length], sex: 'MALE', birthDate: hb, relationship: 'HEAD' },
      { nik: nik(wb, 'FEMALE'), fullName: WOMEN[s % WOMEN.length], sex: 'FEMALE', birthDate: wb, relationship: 'WIFE' },
    ],
    ...over,
  };
}

/** A valid Hong Kong registration. */
export function hongKongFamily(over: Record<string, unknown> = {}): Record<string, unknown> {
  const s = nextSerial();
  return {
    caseReference: `SWD/FCW/2026/${s}`,
    address: { street: 'Lei Cheng Uk Estate', hkDistrict: 'Sham Shui Po' },
    members: [
      { hkid: hkid(), fullName: 'Kwok Wing Sze', sex: 'FEMALE', birthDate: birthDate(1975, s), relationship: 'HEAD' },
      { fullName: 'Kwok Ka Lok', sex: 'MALE', birthDate: birthDate(2006, s), relationship: 'CHILD' },
    ],
    ...over,
  };
}

/** How many rows each registry table holds now (read straight from the subgraph's database). */
export async function registryCounts(stack: Stack): Promise<Record<string, number>> {
  const [row] = await stack.subgraphs.families.subgraph.db.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM family) AS family, (SELECT count(*) FROM family_card) AS family_card,
            (SELECT count(*) FROM person) AS person, (SELECT count(*) FROM membership) AS membership,
            (SELECT count(*) FROM person_safety_link) AS person_safety_link,
            (SELECT coalesce(sum(version), 0) FROM family) AS family_versions, (SELECT coalesce(sum(version), 0) FROM person) AS person_versions`,
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

/** The one error of an answer (fails the test when there is none or more than one). */
export function onlyError(answer: GraphQLAnswer): { message: string; extensions: Record<string, unknown> } {
  if (!answer.errors || answer.errors.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(answer.errors ?? answer.data)}`);
  const [error] = answer.errors;
  return { message: error.message, extensions: error.extensions ?? {} };
}
