import { KNOWN_REGIONS, makeHkid, makeKk, makeNik } from '../../subgraphs/families/src/identifiers';
import type { Random } from '../../demo/random';
import { AgencyIndex, City, CITY_WEIGHTS } from './agency-index';
import type { BulkRow } from './bulk-tables';
import { CopyFileWriter } from './copy-file-writer';
import { isoOfDay } from './day-numbers';
import { fastUuid } from './fast-uuid';
import { hkEstate, HK_DISTRICTS_WITH_ESTATES, hkSurname, personName, streetOf } from './person-names';

/** What the case generator needs to know of a family it has written. */
export interface BenchFamily {
  id: string;
  city: City;
  /** The family's region as the case subgraphs keep it: its 10-digit village code, or its Hong Kong district. */
  region: string;
  members: Array<{ id: string; relationship: number; isChild: boolean }>;
  /** The family's row, written by `FamilyGenerator.finish` once its cases are known (they decide whether its address is protected). */
  row: BulkRow<'family'>;
}

export interface FamilyWriters {
  family: CopyFileWriter<'family'>;
  card: CopyFileWriter<'family_card'>;
  person: CopyFileWriter<'person'>;
  membership: CopyFileWriter<'membership'>;
}

/** HKID letters the demo world uses. */
const HKID_LETTERS = ['A', 'B', 'C', 'D', 'E', 'G', 'K', 'P', 'R', 'V', 'Y', 'Z'];

export function weighted<T>(rng: Random, items: ReadonlyArray<readonly [T, number]>): T {
  let r = rng.next();
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

/**
 * Writes families with their members, the same household shapes as the demo world (a head, usually
 * a spouse, 0-4 children, sometimes a parent or a helper), with NIK and No. KK that parseNik/parseKk
 * accept and that are unique: the serial (digits 13-16) counts up per region of issue and date, as
 * Dukcapil's do. HKIDs are unique by construction (letter and number from a counter).
 */
export class FamilyGenerator {
  private readonly serials = new Map<number, number>();
  private hkPersons = 0;
  private readonly villages: Record<Exclude<City, 'HK'>, string[]>;
  private readonly desks: Record<Exclude<City, 'HK'>, string[]>;

  constructor(
    private readonly rng: Random,
    private readonly anchorDay: number,
    agencies: AgencyIndex,
    private readonly out: FamilyWriters,
  ) {
    const villagesOf = (city: string) => KNOWN_REGIONS.filter((r) => r.level === 'VILLAGE' && r.code.startsWith(city)).map((r) => r.code);
    this.villages = { '3273': villagesOf('3273'), '3674': villagesOf('3674'), '3509': villagesOf('3509'), '5271': villagesOf('5271') };
    this.desks = { '3273': [], '3674': [], '3509': agencies.deskVillages('3509'), '5271': [] };
  }

  /** The next serial for a region of issue (6 digits), a date (day number) and a kind (0 KK, 1 man, 2 woman). */
  private serial(district6: string, day: number, kind: number): number {
    const key = (Number(district6) * 100_000 + day + 50_000) * 3 + kind;
    const n = (this.serials.get(key) ?? 0) + 1;
    this.serials.set(key, n);
    return n;
  }

  next(index: number): BenchFamily {
    const rng = this.rng;
    const city = weighted(rng, CITY_WEIGHTS);
    const id = fastUuid(rng);
    const members: Array<{ id: string; sex: 'MALE' | 'FEMALE'; birthDay: number; relationship: number; name: string }> = [];
    const femaleHead = rng.chance(0.18);
    const headAge = rng.int(26, 58);
    const surname = city === 'HK' ? hkSurname(rng) : undefined;
    const add = (sex: 'MALE' | 'FEMALE', age: number, relationship: number, withSurname?: string) =>
      members.push({ id: fastUuid(rng), sex, birthDay: this.anchorDay - Math.floor(age * 365.25) - rng.int(0, 364), relationship, name: personName(rng, city, sex, withSurname) });
    add(femaleHead ? 'FEMALE' : 'MALE', headAge, 1, surname);
    if (!femaleHead) add('FEMALE', Math.max(19, headAge - rng.int(0, 6)), 3);
    const children = rng.int(femaleHead ? 1 : 0, 4);
    for (let i = 0; i < children; i++) add(rng.chance(0.5) ? 'MALE' : 'FEMALE', rng.int(0, Math.min(22, headAge - 18)), 4, surname);
    if (rng.chance(0.15)) add(rng.chance(0.6) ? 'FEMALE' : 'MALE', headAge + rng.int(22, 30), 7);
    if (rng.chance(0.05)) add('FEMALE', rng.int(18, 50), 10);
    const createdDay = this.anchorDay - rng.int(10, 900);
    const createdAt = `${isoOfDay(createdDay)}T0${rng.int(1, 9)}:00:00Z`;

    let region: string;
    let since: string;
    let row: BulkRow<'family'>;
    if (city === 'HK') {
      region = rng.pick(HK_DISTRICTS_WITH_ESTATES);
      since = isoOfDay(createdDay);
      row = {
        id,
        jurisdiction: 'HK',
        case_reference: `SWD/FCW/${2025 + (index % 2)}/${String(10000 + index).padStart(6, '0')}`,
        street: hkEstate(rng, region),
        rt_rw: null,
        region_code: null,
        hk_district: region,
        address_protected: false,
        protecting_agency_id: null,
        created_at: createdAt,
      };
    } else {
      const desks = this.desks[city];
      region = desks.length && rng.chance(0.6) ? rng.pick(desks) : rng.pick(this.villages[city]);
      const district6 = region.slice(0, 6);
      const issuedDay = this.anchorDay - rng.int(30, 3000);
      since = isoOfDay(issuedDay);
      row = {
        id,
        jurisdiction: 'ID',
        case_reference: null,
        street: streetOf(rng, city),
        rt_rw: `${String(rng.int(1, 15)).padStart(3, '0')}/${String(rng.int(1, 12)).padStart(3, '0')}`,
        region_code: region,
        hk_district: null,
        address_protected: false,
        protecting_agency_id: null,
        created_at: createdAt,
      };
      this.out.card.write({ id: fastUuid(rng), family_id: id, kk_number: makeKk(district6, since, this.serial(district6, issuedDay, 0)), valid_from: since });
    }
    for (const m of members) {
      const birthDate = isoOfDay(m.birthDay);
      let nik: string | null = null;
      let hkid: string | null = null;
      if (city === 'HK') {
        const k = this.hkPersons++;
        hkid = makeHkid(HKID_LETTERS[k % HKID_LETTERS.length], String(100000 + Math.floor(k / HKID_LETTERS.length)).padStart(6, '0'));
      } else {
        const district6 = region.slice(0, 6);
        nik = makeNik(district6, birthDate, m.sex, this.serial(district6, m.birthDay, m.sex === 'MALE' ? 1 : 2));
      }
      this.out.person.write({ id: m.id, nik, hkid, full_name: m.name, sex: m.sex, birth_date: birthDate });
      this.out.membership.write({ id: fastUuid(this.rng), person_id: m.id, family_id: id, relationship: m.relationship, valid_from: since });
    }
    return { id, city, region, row, members: members.map((m) => ({ id: m.id, relationship: m.relationship, isChild: m.birthDay > this.anchorDay - 18 * 365 })) };
  }

  /** Writes the family's own row; a family protected by an agency (fleeing violence) has its address withheld from others. */
  finish(family: BenchFamily, protectingAgencyId: string | null): void {
    this.out.family.write({ ...family.row, address_protected: protectingAgencyId !== null, protecting_agency_id: protectingAgencyId });
  }
}
