import { shippedHolidays } from '../subgraphs/scheduling/src/holiday/calendar-file';
import { KNOWN_REGIONS, makeHkid, makeKk, makeNik } from '../subgraphs/families/src/identifiers';
import { DEMO_AGENCIES } from './reference/agencies';
import { SHOWCASE_FAMILIES, ShowcaseFamily } from './reference/showcase-families';
import { HK_ESTATES, NAMES, STREETS } from './reference/names';
import { ACTION_OF, appointmentKindOf, City, PLACE_REFERRALS, PlaceReferral, REFERRAL_FLOWS, referralEventNote, referralFromHistory, RESPONSE_HOURS } from './case-conventions';
import { addDays, isoDayOfWeek, localToUtc } from './local-time';
import { namedUuid, Random } from './random';
import type { World, WorldAgency, WorldAppointment, WorldEpisode, WorldFamily, WorldPerson, WorldReferral, WorldReferralEvent, WorldStaff } from './world-types';

/** How big a world to make, and the day it is made relative to. */
export interface WorldOptions {
  /** Number of families. @default 200 */
  families?: number;
  /** The day "today" is for the data (YYYY-MM-DD): past records end before it, upcoming ones follow it. */
  anchorDate: string;
  /** @default 20261123 */
  seed?: number;
  /** Whether to add the named showcase families (reference/showcase-families.ts) after the generated ones. @default true when `families` is above 0 */
  showcase?: boolean;
}

const CITY_WEIGHTS: ReadonlyArray<[City, number]> = [
  ['3273', 0.22],
  ['3674', 0.24],
  ['3509', 0.22],
  ['5271', 0.14],
  ['HK', 0.18],
];
const POOLS = { '3273': NAMES.sundanese, '3674': NAMES.betawi, '3509': NAMES.madurese, '5271': NAMES.sasak } as const;
const JEMBER_ALT = NAMES.javanese;

function buildAgencies(): WorldAgency[] {
  return DEMO_AGENCIES.map((a) => ({
    code: a.code,
    name: a.name,
    kind: a.kind,
    sector: a.sector,
    jurisdiction: a.jurisdiction,
    timeZone: a.timeZone,
    regionCode: a.regionCode,
    areaServed: a.areaServed,
    contact: a.contact,
    operator: a.operator,
    id: namedUuid(a.code),
    services: a.services.map((s) => ({ ...s, id: namedUuid(`${a.code}/service/${s.code}`) })),
    sessions: a.sessions.map((s, i) => ({ ...s, id: namedUuid(`${a.code}/session/${i}`) })),
  }));
}

function cityOfAgency(a: { jurisdiction: string; regionCode: string | null }): City {
  return a.jurisdiction === 'HK' ? 'HK' : ((a.regionCode ?? '').slice(0, 4) as City);
}

function personName(rng: Random, city: City, sex: 'MALE' | 'FEMALE', surname?: string): string {
  if (city === 'HK') {
    const given = rng.pick(sex === 'MALE' ? NAMES.hongKong.givenMale : NAMES.hongKong.givenFemale);
    return `${surname ?? rng.pick(NAMES.hongKong.surnames)} ${given}`;
  }
  const pool = city === '3509' && rng.chance(0.4) ? JEMBER_ALT : POOLS[city];
  return rng.pick(sex === 'MALE' ? pool.male : pool.female);
}

/**
 * Agencies added to the demo after its families were first drawn. Their staff come from a random stream
 * of their own (seeded by the agency's code) rather than the world's, so that adding one moves no other
 * demo record: every generated family, NIK and appointment stays what it was.
 */
const OWN_STREAM_AGENCIES: ReadonlySet<string> = new Set(['PUSPAGA-TANGSEL', 'LPA-MTR']);

const streamOf = (name: string) => new Random(parseInt(namedUuid(name).slice(0, 8), 16));

function buildStaff(worldRng: Random, agencies: WorldAgency[]): WorldStaff[] {
  const staff: WorldStaff[] = [];
  for (const agency of agencies) {
    const plan = DEMO_AGENCIES.find((a) => a.code === agency.code)!.staff;
    const rng = OWN_STREAM_AGENCIES.has(agency.code) ? streamOf(`${agency.code}/staff`) : worldRng;
    let n = 0;
    for (const { role, count, languages } of plan) {
      for (let i = 0; i < count; i++) {
        const sex = rng.chance(0.6) ? 'FEMALE' : 'MALE';
        const partTime = role === 'VOLUNTEER' || rng.chance(0.15);
        staff.push({
          id: namedUuid(`${agency.code}/staff/${n++}`),
          agencyId: agency.id,
          fullName: personName(rng, cityOfAgency(agency), sex),
          role,
          languages,
          active: !rng.chance(0.05),
          rosterSessionIds: agency.sessions.filter((_, k) => !partTime || k % 2 === i % 2).map((s) => s.id),
        });
      }
    }
  }
  return staff;
}

const isoDateMinusYears = (anchor: string, years: number, rng: Random) => addDays(anchor, -Math.floor(years * 365.25) - rng.int(0, 364));

/** Counters that make each generated NIK and No. KK unique within its region and date. */
class SerialCounter {
  private readonly next = new Map<string, number>();
  take(key: string): number {
    const n = (this.next.get(key) ?? 0) + 1;
    this.next.set(key, n);
    return n;
  }
}

function buildFamily(rng: Random, anchor: string, city: City, serials: SerialCounter, agencies: WorldAgency[], index: number): WorldFamily {
  const members: WorldPerson[] = [];
  const femaleHead = rng.chance(0.18);
  const headAge = rng.int(26, 58);
  const hkSurname = city === 'HK' ? rng.pick(NAMES.hongKong.surnames) : undefined;
  const add = (sex: 'MALE' | 'FEMALE', age: number, relationship: number, surname?: string) =>
    members.push({ id: rng.uuid(), nik: null, hkid: null, fullName: personName(rng, city, sex, surname), sex, birthDate: isoDateMinusYears(anchor, age, rng), relationship });
  add(femaleHead ? 'FEMALE' : 'MALE', headAge, 1, hkSurname);
  if (!femaleHead) add('FEMALE', Math.max(19, headAge - rng.int(0, 6)), 3);
  const children = rng.int(femaleHead ? 1 : 0, 4);
  for (let i = 0; i < children; i++) add(rng.chance(0.5) ? 'MALE' : 'FEMALE', rng.int(0, Math.min(22, headAge - 18)), 4, hkSurname);
  if (rng.chance(0.15)) add(rng.chance(0.6) ? 'FEMALE' : 'MALE', headAge + rng.int(22, 30), 7);
  if (rng.chance(0.05)) add('FEMALE', rng.int(18, 50), 10);
  if (city === 'HK') {
    const district = rng.pick(Object.keys(HK_ESTATES));
    for (const m of members) m.hkid = makeHkid(rng.pick(['A', 'B', 'C', 'D', 'E', 'G', 'K', 'P', 'R', 'V', 'Y', 'Z']), String(rng.int(100000, 999999)));
    return {
      id: rng.uuid(),
      jurisdiction: 'HK',
      kkNumber: null,
      kkIssuedOn: null,
      caseReference: `SWD/FCW/${2025 + (index % 2)}/${String(10000 + index).padStart(5, '0')}`,
      street: `${rng.pick(HK_ESTATES[district])}`,
      rtRw: null,
      regionCode: null,
      hkDistrict: district,
      addressProtected: false,
      protectingAgencyId: null,
      createdAt: `${addDays(anchor, -rng.int(10, 600))}T0${rng.int(1, 9)}:00:00Z`,
      members,
    };
  }
  const villages = KNOWN_REGIONS.filter((r) => r.level === 'VILLAGE' && r.code.startsWith(city));
  const desks = agencies.filter((a) => a.kind === 'SOCIAL_WELFARE_DESK' && a.regionCode?.startsWith(city));
  const village = city === '3509' && desks.length && rng.chance(0.6) ? rng.pick(desks).regionCode! : rng.pick(villages).code;
  const district6 = village.slice(0, 6);
  for (const m of members) m.nik = makeNik(district6, m.birthDate, m.sex, serials.take(`${district6}${m.birthDate}${m.sex}`));
  const kkIssuedOn = addDays(anchor, -rng.int(30, 3000));
  return {
    id: rng.uuid(),
    jurisdiction: 'ID',
    kkNumber: makeKk(district6, kkIssuedOn, serials.take(`kk${district6}${kkIssuedOn}`)),
    kkIssuedOn,
    caseReference: null,
    street: `${rng.pick(STREETS[city])} No. ${rng.int(1, 180)}`,
    rtRw: `${String(rng.int(1, 15)).padStart(3, '0')}/${String(rng.int(1, 12)).padStart(3, '0')}`,
    regionCode: village,
    hkDistrict: null,
    addressProtected: false,
    protectingAgencyId: null,
    createdAt: `${addDays(anchor, -rng.int(10, 900))}T0${rng.int(1, 9)}:00:00Z`,
    members,
  };
}

function weighted<T>(rng: Random, items: ReadonlyArray<readonly [T, number]>): T {
  let r = rng.next();
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}

/** Who sends and who receives each place's referral among the demo agencies. */
interface Scenario extends PlaceReferral {
  from: string[];
  to: (family: WorldFamily, agencies: WorldAgency[]) => WorldAgency | undefined;
}

const byCode = (agencies: WorldAgency[], code: string) => agencies.find((a) => a.code === code);
const childProFor = (family: WorldFamily, agencies: WorldAgency[]) => agencies.find((a) => a.kind === 'CHILD_PROTECTION_SUPPORT_TEAM' && a.areaServed.includes(family.hkDistrict ?? ''));

const SCENARIOS: Record<City, Scenario> = {
  '3509': { ...PLACE_REFERRALS['3509'], from: ['DESK'], to: (_f, a) => byCode(a, 'DUKCAPIL-JBR') },
  '3674': { ...PLACE_REFERRALS['3674'], from: ['LK3-TANGSEL'], to: (_f, a) => byCode(a, 'UPTD-PPA-TANGSEL') },
  '3273': { ...PLACE_REFERRALS['3273'], from: ['PUSPAGA-BDG'], to: (_f, a) => byCode(a, 'DP3A-BDG') },
  '5271': { ...PLACE_REFERRALS['5271'], from: ['DINSOS-MTR', 'DP3A-MTR'], to: (_f, a) => byCode(a, 'BALAI-HARUM-MTR') },
  HK: { ...PLACE_REFERRALS.HK, from: ['FCPSU', 'IFSC'], to: childProFor },
};

function senderFor(rng: Random, family: WorldFamily, scenario: Scenario, agencies: WorldAgency[]): WorldAgency | undefined {
  const kind = rng.pick(scenario.from);
  if (kind === 'DESK') return agencies.find((a) => a.regionCode === family.regionCode) ?? byCode(agencies, 'DINSOS-JBR');
  if (kind === 'FCPSU' || kind === 'IFSC') {
    const units = agencies.filter((a) => a.code.startsWith(kind));
    return units.find((a) => a.areaServed.includes(family.hkDistrict ?? '')) ?? rng.pick(units);
  }
  return byCode(agencies, kind);
}

/** Builds a deterministic demo world: agencies of the source documents, their staff, families and records. */
export function generateWorld(options: WorldOptions): World {
  const rng = new Random(options.seed ?? 20261123);
  const anchor = options.anchorDate;
  const agencies = buildAgencies();
  const staff = buildStaff(rng, agencies);
  const staffOf = (agencyId: string) => staff.filter((s) => s.agencyId === agencyId && s.active);
  const serials = new SerialCounter();
  const showcase = (options.showcase ?? (options.families ?? 200) > 0) ? SHOWCASE_FAMILIES : [];
  // The showcase families' NIKs and No. KKs are serial 0001 of their region and date: taken before any
  // generated family's, so that a generated one of the same region and date takes the next serial.
  const showcaseIdentifiers = showcase.map((f) => reserveIdentifiers(f, serials));
  const families: WorldFamily[] = [];
  const episodes: WorldEpisode[] = [];
  const referrals: WorldReferral[] = [];
  const region = (f: WorldFamily) => f.regionCode ?? f.hkDistrict ?? '';
  const count = options.families ?? 200;

  const isChildOn = (person: WorldPerson, day: string) => person.birthDate > addDays(day, -18 * 365);
  type ChildRole = WorldEpisode['participants'][number]['childRole'];
  const openEpisode = (
    family: WorldFamily,
    agency: WorldAgency,
    category: string,
    participants: WorldPerson[],
    openedOn: string,
    referral: { id: string; fromAgencyId: string } | null,
    childRole: ChildRole,
  ) => {
    const service = agency.services.find((s) => s.category === category) ?? agency.services[0];
    const status = weighted<WorldEpisode['status']>(rng, [
      ['ACTIVE', 0.55],
      ['OPEN', 0.15],
      ['ON_HOLD', 0.1],
      ['CLOSED', 0.2],
    ]);
    const closedOn = status === 'CLOSED' ? addDays(openedOn, rng.int(7, 60)) : null;
    const workers = staffOf(agency.id);
    episodes.push({
      id: rng.uuid(),
      familyId: family.id,
      familyRegion: region(family),
      participantIds: participants.map((p) => p.id),
      // Each child has their own role where the service records one: the drawn role for the first child,
      // and for a sibling in the same matter that of a witness, so that the demo shows roles that differ.
      participants: participants.map((p, i) => ({
        personId: p.id,
        familyId: family.id,
        childRole: service.requiresChildRole && isChildOn(p, openedOn) ? (participants.slice(0, i).some((q) => isChildOn(q, openedOn)) ? 'WITNESS' : (childRole ?? 'VICTIM')) : null,
      })),
      serviceId: service.id,
      agencyId: agency.id,
      status,
      openedOn,
      closedOn: closedOn && closedOn < anchor ? closedOn : status === 'CLOSED' ? addDays(anchor, -1) : null,
      closureReason: status === 'CLOSED' ? rng.pick(['Goals of the service plan met', 'Family moved out of the service area', 'Referred on to another agency']) : null,
      leadWorkerId: workers.length ? rng.pick(workers).id : null,
      notes: rng.chance(0.7) ? 'Home situation assessed; service plan agreed with the family.' : null,
      referralId: referral?.id ?? null,
      referringAgencyId: referral?.fromAgencyId ?? null,
      followUpOn: null,
    });
  };

  for (let i = 0; i < count; i++) {
    const city = weighted(rng, CITY_WEIGHTS);
    const family = buildFamily(rng, anchor, city, serials, agencies, i);
    families.push(family);
    const scenario = SCENARIOS[city];
    const adults = family.members.filter((m) => m.relationship !== 4);
    const children = family.members.filter((m) => m.birthDate > addDays(anchor, -18 * 365));
    const from = senderFor(rng, family, scenario, agencies);
    const to = scenario.to(family, agencies);
    if (from && rng.chance(0.6)) openEpisode(family, from, from.services[0].category, adults.slice(0, 1), addDays(anchor, -rng.int(20, 200)), null, null);
    if (!from || !to || !rng.chance(0.75)) continue;
    const subjects = scenario.childSubject && children.length ? [rng.pick(children)] : family.members.filter((m) => m.relationship !== 1 || !scenario.childSubject).slice(0, 2);
    const urgency = weighted(rng, scenario.urgency);
    const createdAt = new Date(`${addDays(anchor, -rng.int(0, 90))}T0${rng.int(1, 8)}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`);
    const flow = weighted(rng, REFERRAL_FLOWS);
    const consenter = adults[0];
    const withoutConsent = urgency === 'EMERGENCY' && rng.chance(0.3);
    const senders = staffOf(from.id);
    const receivers = staffOf(to.id);
    const id = rng.uuid();
    let at = createdAt.getTime();
    const events: WorldReferralEvent[] = flow.map((status, k) => {
      if (k > 0) at += rng.int(2, 72) * 3_600_000;
      const bySender = status === 'SUBMITTED' || status === 'WITHDRAWN';
      const actors = bySender ? senders : receivers;
      return {
        id: rng.uuid(),
        at: new Date(Math.min(at, Date.parse(`${anchor}T00:00:00Z`) - 60_000)).toISOString(),
        action: ACTION_OF[status],
        fromStatus: k === 0 ? null : flow[k - 1],
        toStatus: status,
        actorStaffId: actors.length ? rng.pick(actors).id : null,
        actorAgencyId: bySender ? from.id : to.id,
        note: referralEventNote(status, k),
      };
    });
    const status = flow[flow.length - 1];
    const childSubject = subjects.find((s) => children.includes(s));
    referrals.push({
      id,
      familyId: family.id,
      familyRegion: region(family),
      subjectIds: subjects.map((s) => s.id),
      fromAgencyId: from.id,
      toAgencyId: to.id,
      requestedServiceId: to.services.find((s) => s.category === scenario.serviceCategory)?.id ?? null,
      needCategory: scenario.need,
      urgency,
      reason: scenario.reason,
      consentGivenById: withoutConsent ? null : consenter.id,
      consentRelationship: withoutConsent ? null : subjects.some((s) => s.id === consenter.id) ? 'SELF' : 'PARENT',
      consentGivenAt: withoutConsent ? null : createdAt.toISOString(),
      consentScope: withoutConsent ? null : 'Sharing the family’s records with the receiving agency for this referral',
      noConsentReason: withoutConsent ? 'Immediate danger to the child; consent to be sought after placement' : null,
      status,
      respondBy: new Date(createdAt.getTime() + RESPONSE_HOURS[urgency] * 3_600_000).toISOString(),
      outcome: status === 'COMPLETED' ? 'Service plan completed; family linked to follow-up support.' : status === 'DECLINED' ? 'Declined: outside the service area.' : null,
      declineReasonCode: status === 'DECLINED' ? 'OUTSIDE_SERVICE_AREA' : null,
      ...referralFromHistory(urgency, createdAt, events),
    });
    if (to.code === 'UPTD-PPA-TANGSEL' && rng.chance(0.3)) {
      family.addressProtected = true;
      family.protectingAgencyId = to.id;
    }
    if (status === 'ACCEPTED' || status === 'IN_PROGRESS' || status === 'COMPLETED') {
      const role =
        childSubject && to.services.some((s) => s.requiresChildRole)
          ? weighted<ChildRole>(rng, [
              ['VICTIM', 0.5],
              ['PERPETRATOR', 0.3],
              ['WITNESS', 0.2],
            ])
          : null;
      openEpisode(family, to, scenario.serviceCategory, subjects, events[1].at.slice(0, 10), { id, fromAgencyId: from.id }, role);
    }
  }
  const booked = new Map<string, Array<[number, number]>>();
  const appointments = buildAppointments(rng, anchor, agencies, staff, families, episodes, booked);
  showcase.forEach((spec, i) => {
    const built = buildShowcaseFamily(spec, showcaseIdentifiers[i], anchor, agencies, staff, booked);
    families.push(built.family);
    episodes.push(...built.episodes);
    referrals.push(...built.referrals);
    appointments.push(...built.appointments);
  });
  return { agencies, staff, families, episodes, referrals, appointments };
}

/** The NIKs (by person key) and No. KK of a showcase family, taken from the serial counter. */
interface ShowcaseIdentifiers {
  kkNumber: string | null;
  niks: Map<string, string>;
}

function reserveIdentifiers(spec: ShowcaseFamily, serials: SerialCounter): ShowcaseIdentifiers {
  const niks = new Map<string, string>();
  if (!spec.village) return { kkNumber: null, niks };
  const district6 = spec.village.slice(0, 6);
  const kkNumber = spec.kkIssuedOn ? makeKk(district6, spec.kkIssuedOn, serials.take(`kk${district6}${spec.kkIssuedOn}`)) : null;
  if (spec.nik !== false) for (const m of spec.members) niks.set(m.key, makeNik(district6, m.birthDate, m.sex, serials.take(`${district6}${m.birthDate}${m.sex}`)));
  return { kkNumber, niks };
}

/** The first working day from `date` (forwards, or backwards for a past one) on which the worker can see the family at `at`. */
function freeSlot(agency: WorldAgency, worker: WorldStaff, date: string, at: string, minutes: number, step: 1 | -1, booked: Map<string, Array<[number, number]>>): { start: Date; end: Date } {
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  for (let day = date, tries = 0; tries < 60; day = addDays(day, step), tries++) {
    if (HOLIDAYS.has(`${agency.jurisdiction}${day}`)) continue;
    for (const session of agency.sessions.filter((s) => s.dayOfWeek === isoDayOfWeek(day) && worker.rosterSessionIds.includes(s.id))) {
      for (const startMinute of [toMinutes(at), toMinutes(session.opens)]) {
        if (startMinute < toMinutes(session.opens) || startMinute + minutes > toMinutes(session.closes)) continue;
        const start = localToUtc(day, `${String(Math.floor(startMinute / 60)).padStart(2, '0')}:${String(startMinute % 60).padStart(2, '0')}`, agency.timeZone);
        const end = new Date(start.getTime() + minutes * 60_000);
        const slots = booked.get(worker.id) ?? [];
        if (slots.some(([s, e]) => start.getTime() < e && s < end.getTime())) continue;
        slots.push([start.getTime(), end.getTime()]);
        booked.set(worker.id, slots);
        return { start, end };
      }
    }
  }
  throw new Error(`no free slot for ${agency.code} near ${date}`);
}

/** A showcase family and its records, with ids fixed by the family's key and dates counted from the world's day. */
function buildShowcaseFamily(
  spec: ShowcaseFamily,
  identifiers: ShowcaseIdentifiers,
  anchor: string,
  agencies: WorldAgency[],
  staff: WorldStaff[],
  booked: Map<string, Array<[number, number]>>,
): { family: WorldFamily; episodes: WorldEpisode[]; referrals: WorldReferral[]; appointments: WorldAppointment[] } {
  const idOf = (what: string) => namedUuid(`showcase/${spec.key}${what}`);
  const agencyOf = (code: string) => byCode(agencies, code) ?? fail(`showcase ${spec.key}: no agency ${code}`);
  const daysAgo = (n: number) => addDays(anchor, -n);
  const hk = Boolean(spec.hkDistrict);
  const members: WorldPerson[] = spec.members.map((m) => ({
    id: idOf(`/person/${m.key}`),
    nik: identifiers.niks.get(m.key) ?? null,
    hkid: m.hkid ? makeHkid(m.hkid.prefix, m.hkid.digits) : null,
    fullName: m.fullName,
    sex: m.sex,
    birthDate: m.birthDate,
    birthDateApproximate: m.birthDateApproximate ?? false,
    relationship: m.relationship,
  }));
  const person = (key: string) => members[spec.members.findIndex((m) => m.key === key)] ?? fail(`showcase ${spec.key}: no member ${key}`);
  const family: WorldFamily = {
    id: idOf(''),
    jurisdiction: hk ? 'HK' : 'ID',
    kkNumber: identifiers.kkNumber,
    kkIssuedOn: identifiers.kkNumber ? spec.kkIssuedOn : null,
    caseReference: spec.caseReference ?? null,
    street: spec.street,
    rtRw: spec.rtRw ?? null,
    regionCode: spec.village ?? null,
    hkDistrict: spec.hkDistrict ?? null,
    addressProtected: false,
    protectingAgencyId: null,
    createdAt: `${daysAgo(spec.createdDaysAgo)}T01:00:00.000Z`,
    members,
  };
  const region = family.regionCode ?? family.hkDistrict ?? '';
  // The lead worker: the first active member of the role who works every session of the agency, else any active one.
  const workerOf = (agency: WorldAgency, role: string) => {
    const active = staff.filter((s) => s.agencyId === agency.id && s.active);
    return (
      active.find((s) => s.role === role && s.rosterSessionIds.length === agency.sessions.length) ??
      active.find((s) => s.role === role) ??
      active[0] ??
      fail(`showcase ${spec.key}: no staff at ${agency.code}`)
    );
  };
  const anchorMs = Date.parse(`${anchor}T00:00:00Z`);

  const referrals: WorldReferral[] = spec.referrals.map((r) => {
    const from = agencyOf(r.from);
    const to = agencyOf(r.to);
    const createdAt = new Date(`${daysAgo(r.createdDaysAgo)}T02:00:00.000Z`);
    const events: WorldReferralEvent[] = r.path.map((status, k) => {
      const bySender = status === 'SUBMITTED' || status === 'WITHDRAWN';
      const actorAgency = bySender ? from : to;
      return {
        id: idOf(`/referral/${r.key}/event/${k}`),
        at: new Date(Math.min(createdAt.getTime() + k * 26 * 3_600_000, anchorMs - 60_000)).toISOString(),
        action: ACTION_OF[status],
        fromStatus: k === 0 ? null : r.path[k - 1],
        toStatus: status,
        actorStaffId: workerOf(actorAgency, bySender ? 'SOCIAL_WORKER' : 'CASE_MANAGER').id,
        actorAgencyId: actorAgency.id,
        note: referralEventNote(status, k),
      };
    });
    const consenter = person(r.consenter);
    const subjectIds = r.subjects.map((key) => person(key).id);
    const status = r.path[r.path.length - 1];
    return {
      id: idOf(`/referral/${r.key}`),
      familyId: family.id,
      familyRegion: region,
      subjectIds,
      fromAgencyId: from.id,
      toAgencyId: to.id,
      requestedServiceId: to.services.find((s) => s.category === r.requestedCategory)?.id ?? null,
      needCategory: r.need,
      urgency: r.urgency,
      reason: r.reason,
      consentGivenById: consenter.id,
      consentRelationship: subjectIds.includes(consenter.id) ? 'SELF' : 'PARENT',
      consentGivenAt: createdAt.toISOString(),
      consentScope: 'Sharing the family’s records with the receiving agency for this referral',
      noConsentReason: null,
      status,
      respondBy: new Date(createdAt.getTime() + RESPONSE_HOURS[r.urgency] * 3_600_000).toISOString(),
      outcome: status === 'COMPLETED' ? 'Service plan completed; family linked to follow-up support.' : null,
      declineReasonCode: null,
      ...referralFromHistory(r.urgency, createdAt, events),
    };
  });
  const referralOf = (key: string) => referrals[spec.referrals.findIndex((r) => r.key === key)] ?? fail(`showcase ${spec.key}: no referral ${key}`);

  const episodes: WorldEpisode[] = spec.episodes.map((e) => {
    const agency = agencyOf(e.agency);
    const service = agency.services.find((s) => s.category === e.category) ?? fail(`showcase ${spec.key}: ${agency.code} has no ${e.category} service`);
    const referral = e.referral ? referralOf(e.referral) : null;
    // An episode opened from a referral opens no earlier than the day the referral was accepted.
    const accepted = referral?.events.find((x) => x.toStatus === 'ACCEPTED')?.at.slice(0, 10);
    const openedOn = accepted && accepted > daysAgo(e.openedDaysAgo) ? accepted : daysAgo(e.openedDaysAgo);
    const participants = e.participants.map((p) => (typeof p === 'string' ? { key: p, role: null } : { key: p[0], role: p[1] }));
    return {
      id: idOf(`/episode/${e.key}`),
      familyId: family.id,
      familyRegion: region,
      participantIds: participants.map((p) => person(p.key).id),
      participants: participants.map((p) => ({ personId: person(p.key).id, familyId: family.id, childRole: service.requiresChildRole ? p.role : null })),
      serviceId: service.id,
      agencyId: agency.id,
      status: e.status,
      openedOn,
      closedOn: e.status === 'CLOSED' ? daysAgo(e.closedDaysAgo ?? 1) : null,
      closureReason: e.status === 'CLOSED' ? (spec.referrals.some((r) => r.from === e.agency) ? 'Referred on to another agency' : 'Goals of the service plan met') : null,
      leadWorkerId: workerOf(agency, e.lead).id,
      notes: e.notes ?? 'Home situation assessed; service plan agreed with the family.',
      referralId: referral?.id ?? null,
      referringAgencyId: referral?.fromAgencyId ?? null,
      followUpOn: null,
    };
  });

  const appointments: WorldAppointment[] = spec.appointments.map((a, i) => {
    const episode = episodes[spec.episodes.findIndex((e) => e.key === a.episode)] ?? fail(`showcase ${spec.key}: no episode ${a.episode}`);
    const agency = agencies.find((x) => x.id === episode.agencyId)!;
    const worker = staff.find((s) => s.id === episode.leadWorkerId)!;
    const past = a.inDays < 0;
    const { start, end } = freeSlot(agency, worker, addDays(anchor, a.inDays), a.at, a.minutes, past ? -1 : 1, booked);
    return {
      id: idOf(`/appointment/${i}`),
      kind: a.kind,
      staffId: worker.id,
      agencyId: agency.id,
      familyId: family.id,
      familyRegion: region,
      episodeId: episode.id,
      referralId: episode.referralId,
      place: a.place,
      startsAt: start.toISOString(),
      endsAt: end.toISOString(),
      status: past ? 'COMPLETED' : 'SCHEDULED',
    };
  });
  return { family, episodes, referrals, appointments };
}

function fail(message: string): never {
  throw new Error(message);
}

const HOLIDAYS = new Set(shippedHolidays().map((h) => `${h.jurisdiction}${h.date}`));

/** Appointments for open episodes, inside the agency's sessions and the worker's roster, never overlapping. */
function buildAppointments(
  rng: Random,
  anchor: string,
  agencies: WorldAgency[],
  staff: WorldStaff[],
  families: WorldFamily[],
  episodes: WorldEpisode[],
  booked: Map<string, Array<[number, number]>>,
): WorldAppointment[] {
  const appointments: WorldAppointment[] = [];
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const staffById = new Map(staff.map((s) => [s.id, s]));
  const familyById = new Map(families.map((f) => [f.id, f]));
  for (const episode of episodes) {
    if (episode.status === 'CLOSED' || !episode.leadWorkerId) continue;
    const agency = agencyById.get(episode.agencyId)!;
    const worker = staffById.get(episode.leadWorkerId)!;
    const family = familyById.get(episode.familyId)!;
    const category = agency.services.find((s) => s.id === episode.serviceId)?.category ?? '';
    const wanted = rng.int(1, 4);
    for (let made = 0, tries = 0; made < wanted && tries < 40; tries++) {
      const date = addDays(anchor, rng.int(-45, 28));
      if (date < episode.openedOn || HOLIDAYS.has(`${agency.jurisdiction}${date}`)) continue;
      const sessions = agency.sessions.filter((s) => s.dayOfWeek === isoDayOfWeek(date) && worker.rosterSessionIds.includes(s.id));
      if (!sessions.length) continue;
      const session = rng.pick(sessions);
      const minutes = rng.pick([60, 90]);
      const [oh, om] = session.opens.split(':').map(Number);
      const [ch, cm] = session.closes.split(':').map(Number);
      const latest = ch * 60 + cm - minutes - (oh * 60 + om);
      if (latest < 0) continue;
      const startMinute = oh * 60 + om + Math.floor(rng.int(0, latest) / 30) * 30;
      const start = localToUtc(date, `${String(Math.floor(startMinute / 60)).padStart(2, '0')}:${String(startMinute % 60).padStart(2, '0')}`, agency.timeZone);
      const end = new Date(start.getTime() + minutes * 60_000);
      const slots = booked.get(worker.id) ?? [];
      if (slots.some(([s, e]) => start.getTime() < e && s < end.getTime())) continue;
      slots.push([start.getTime(), end.getTime()]);
      booked.set(worker.id, slots);
      const past = end.getTime() <= Date.parse(`${anchor}T00:00:00Z`);
      const kind = appointmentKindOf(category);
      appointments.push({
        id: rng.uuid(),
        kind,
        staffId: worker.id,
        agencyId: agency.id,
        familyId: family.id,
        familyRegion: episode.familyRegion,
        episodeId: episode.id,
        referralId: episode.referralId,
        place: kind === 'HOME_VISIT' ? 'HOME' : kind === 'ESCORT' ? rng.pick(['HOSPITAL', 'COURT', 'SCHOOL'] as const) : 'CENTRE',
        startsAt: start.toISOString(),
        endsAt: end.toISOString(),
        status: past
          ? weighted<WorldAppointment['status']>(rng, [
              ['COMPLETED', 0.8],
              ['NO_SHOW', 0.1],
              ['CANCELLED', 0.1],
            ])
          : 'SCHEDULED',
      });
      made++;
    }
  }
  return appointments;
}
