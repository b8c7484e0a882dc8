import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clock } from '../platform/clock';
import { parseKk, parseNik } from '../subgraphs/families/src/identifiers';
import { shippedHolidays } from '../subgraphs/scheduling/src/holiday/calendar-file';
import { localToUtc } from './local-time';
import { SHOWCASE_FAMILIES } from './reference/showcase-families';
import { generateWorld } from './world';
import type { World, WorldFamily } from './world-types';

/** The demo world as the stack loads it: made on the clock's day (as test/support/global-setup.ts does). */
const anchor = clock.now().toISOString().slice(0, 10);
const world = generateWorld({ anchorDate: anchor });
const agencyById = new Map(world.agencies.map((a) => [a.id, a]));
const code = (c: string) => world.agencies.find((a) => a.code === c)!;

/** The agencies a family's records name: episodes, both ends of referrals, appointments. */
function agenciesOf(w: World, family: WorldFamily) {
  const ids = new Set([
    ...w.episodes.filter((e) => e.familyId === family.id).map((e) => e.agencyId),
    ...w.referrals.filter((r) => r.familyId === family.id).flatMap((r) => [r.fromAgencyId, r.toAgencyId]),
    ...w.appointments.filter((a) => a.familyId === family.id).map((a) => a.agencyId),
  ]);
  return [...ids].map((id) => agencyById.get(id)!);
}

describe('the demo world', () => {
  describe("the README's sample profile", () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const sample = readme.slice(readme.indexOf('## The unified family profile'), readme.indexOf('## Architecture'));
    const kkNumber = /"kkNumber": "(\d{16})"/.exec(sample)?.[1];
    const headNik = /"nik": "(\d{16})"/.exec(sample)?.[1];

    it('shows a No. KK and a head’s NIK that are in the generated world', () => {
      expect(kkNumber).toBe('3674030502260001');
      const family = world.families.find((f) => f.kkNumber === kkNumber);
      expect(family).toBeDefined();
      const head = family!.members.find((m) => m.relationship === 1)!;
      expect(head.nik).toBe(headNik);
      expect(sample).toContain(`"fullName": "${head.fullName}"`);
      expect(sample).toContain(`"id": "${family!.id.slice(0, 8)}-…"`);
    });

    it('is a family with records at three agencies or more, as the sample answer shows them', () => {
      const family = world.families.find((f) => f.kkNumber === kkNumber)!;
      expect(agenciesOf(world, family).length).toBeGreaterThanOrEqual(3);
      const lk3 = code('LK3-TANGSEL');
      const uptd = code('UPTD-PPA-TANGSEL');
      const episode = world.episodes.find((e) => e.familyId === family.id && e.agencyId === lk3.id)!;
      expect(episode.status).toBe('ACTIVE');
      const lead = world.staff.find((s) => s.id === episode.leadWorkerId)!;
      expect(sample).toContain(`"leadWorker": { "fullName": "${lead.fullName}", "role": "${lead.role}" }`);
      expect(sample).toContain(`"service": { "name": "${lk3.services.find((s) => s.id === episode.serviceId)!.name}" }`);
      expect(sample).toContain(`"agency": { "name": "${lk3.name}" }`);
      const referral = world.referrals.find((r) => r.familyId === family.id && r.fromAgencyId === lk3.id && r.toAgencyId === uptd.id)!;
      expect(referral).toMatchObject({ status: 'IN_PROGRESS', urgency: 'URGENT' });
      expect(referral.events.map((e) => e.action)).toEqual(['CREATE', 'ACCEPT', 'START']);
      const upcoming = world.appointments.filter((a) => a.familyId === family.id && Date.parse(a.endsAt) > Date.parse(`${anchor}T00:00:00Z`)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      expect(upcoming[0]).toMatchObject({ kind: 'HOME_VISIT', agencyId: lk3.id, place: 'HOME', status: 'SCHEDULED' });
      // The sample's local time of the visit is the one the world books (its date moves with the clock).
      expect(sample).toMatch(/"startsAtLocal": "\d{4}-\d{2}-\d{2}T10:00:00\+07:00"/);
      expect(upcoming[0].startsAt.slice(11, 16)).toBe('03:00');
    });
  });

  describe('the showcase families', () => {
    const showcase = world.families.slice(-SHOWCASE_FAMILIES.length);

    it('involve ten families or more with three agencies or more across sectors', () => {
      const crossing = showcase.filter((f) => {
        const agencies = agenciesOf(world, f);
        return agencies.length >= 3 && new Set(agencies.map((a) => a.sector)).size >= 2;
      });
      expect(crossing.length).toBeGreaterThanOrEqual(10);
      const allThree = crossing.filter((f) => new Set(agenciesOf(world, f).map((a) => a.sector)).size === 3);
      expect(allThree.length).toBeGreaterThanOrEqual(5);
    });

    it('carry NIKs and No. KKs the registry accepts, each unique in the world, and fixed ids', () => {
      const today = new Date(`${anchor}T12:00:00Z`);
      for (const f of showcase.filter((x) => x.jurisdiction === 'ID')) {
        if (f.kkNumber) expect(parseKk(f.kkNumber, today)).toMatchObject({ ok: true, value: { regionCode: f.regionCode!.slice(0, 6), issueDate: f.kkIssuedOn } });
        for (const m of f.members) if (m.nik) expect(parseNik(m.nik, today)).toMatchObject({ ok: true, value: { birthDate: m.birthDate, sex: m.sex } });
      }
      const niks = world.families.flatMap((f) => f.members.flatMap((m) => (m.nik ? [m.nik] : [])));
      expect(new Set(niks).size).toBe(niks.length);
      const kks = world.families.flatMap((f) => (f.kkNumber ? [f.kkNumber] : []));
      expect(new Set(kks).size).toBe(kks.length);
      const hkids = world.families.flatMap((f) => f.members.flatMap((m) => (m.hkid ? [m.hkid] : [])));
      expect(new Set(hkids).size).toBe(hkids.length);
      const later = generateWorld({ anchorDate: '2027-03-01' });
      expect(later.families.slice(-SHOWCASE_FAMILIES.length).map((f) => [f.id, f.kkNumber, f.members.map((m) => m.nik ?? m.hkid)])).toEqual(
        showcase.map((f) => [f.id, f.kkNumber, f.members.map((m) => m.nik ?? m.hkid)]),
      );
    });

    it('leave every generated family and record as it was without them', () => {
      const without = generateWorld({ anchorDate: anchor, showcase: false });
      // A showcase NIK or No. KK is serial 0001 of its region and date, so a generated person born on
      // the same day, of the same sex and place (or a card issued on the same day) takes the serial after
      // the showcase's: the only difference the showcase makes, and on most anchor days none.
      const reserved = new Map<string, number>();
      for (const f of showcase) for (const id of [f.kkNumber, ...f.members.map((m) => m.nik)]) if (id) reserved.set(id.slice(0, 12), (reserved.get(id.slice(0, 12)) ?? 0) + 1);
      const shifted = (id: string | null) => (id && reserved.has(id.slice(0, 12)) ? `${id.slice(0, 12)}${String(Number(id.slice(12)) + reserved.get(id.slice(0, 12))!).padStart(4, '0')}` : id);
      const expected = without.families.map((f) => ({ ...f, kkNumber: shifted(f.kkNumber), members: f.members.map((m) => ({ ...m, nik: shifted(m.nik) })) }));
      expect(world.families.slice(0, without.families.length)).toEqual(expected);
      expect(world.episodes.slice(0, without.episodes.length)).toEqual(without.episodes);
      expect(world.referrals.slice(0, without.referrals.length)).toEqual(without.referrals);
      expect(world.appointments.slice(0, without.appointments.length)).toEqual(without.appointments);
      expect(world.staff).toEqual(without.staff);
      expect(generateWorld({ families: 0, anchorDate: anchor }).families).toEqual([]);
    });

    it('give each child in a Mataram legal matter their own role, and roles that differ within one episode', () => {
      const harum = code('BALAI-HARUM-MTR');
      const episodes = world.episodes.filter((e) => e.agencyId === harum.id && showcase.some((f) => f.id === e.familyId));
      expect(episodes.some((e) => new Set(e.participants.map((p) => p.childRole)).size >= 2)).toBe(true);
      expect(episodes.flatMap((e) => e.participants.map((p) => p.childRole))).toEqual(expect.arrayContaining(['VICTIM', 'WITNESS', 'PERPETRATOR']));
      const zaini = showcase.find((f) => f.members.some((m) => m.fullName === 'Lalu Rizal Fahmi'))!;
      expect(agenciesOf(world, zaini).map((a) => a.code)).toEqual(expect.arrayContaining(['DINSOS-MTR', 'BALAI-HARUM-MTR', 'DP3A-MTR', 'LPA-MTR']));
    });

    it('include a Hong Kong family with an FCPSU, an IFSC and the ChildPRO team of its district', () => {
      const hk = showcase.filter((f) => f.jurisdiction === 'HK');
      expect(
        hk.some((f) => {
          const agencies = agenciesOf(world, f);
          return (
            ['FAMILY_CHILD_PROTECTIVE_UNIT', 'INTEGRATED_FAMILY_SERVICE_CENTRE'].every((k) => agencies.some((a) => a.kind === k)) &&
            agencies.some((a) => a.kind === 'CHILD_PROTECTION_SUPPORT_TEAM' && a.areaServed.includes(f.hkDistrict!))
          );
        }),
      ).toBe(true);
    });

    it('include a household a Jember desk met without a family card or NIKs, referred to Dispendukcapil', () => {
      const household = showcase.find((f) => f.jurisdiction === 'ID' && f.kkNumber === null)!;
      expect(household).toMatchObject({ regionCode: code('PUSKESOS-JBR-KEPANJEN').regionCode, kkIssuedOn: null });
      expect(household.members.every((m) => m.nik === null)).toBe(true);
      // The desk estimated their birth dates, and the registry is told so.
      expect(household.members.every((m) => m.birthDateApproximate === true)).toBe(true);
      const referral = world.referrals.find((r) => r.familyId === household.id)!;
      expect(referral).toMatchObject({ fromAgencyId: code('PUSKESOS-JBR-KEPANJEN').id, toAgencyId: code('DUKCAPIL-JBR').id, needCategory: 'CIVIL_DOCUMENTS', status: 'SUBMITTED' });
      expect(referral.subjectIds.sort()).toEqual(household.members.map((m) => m.id).sort());
    });
  });

  it('has PUSPAGA Kota Tangerang Selatan and LPA Kota Mataram, with their services, sessions and staff', () => {
    for (const [c, region, sector] of [
      ['PUSPAGA-TANGSEL', '3674', 'CHILDREN'],
      ['LPA-MTR', '5271', 'CHILDREN'],
    ]) {
      const agency = code(c);
      expect(agency).toMatchObject({ regionCode: region, areaServed: [region], sector, jurisdiction: 'ID' });
      expect(agency.services.length).toBeGreaterThan(0);
      expect(agency.sessions.length).toBeGreaterThan(0);
      expect(world.staff.filter((s) => s.agencyId === agency.id && s.active).length).toBeGreaterThan(0);
    }
    expect(code('PUSPAGA-TANGSEL').kind).toBe('FAMILY_LEARNING_CENTRE');
  });

  it('books every appointment inside its agency’s sessions and its worker’s roster, off holidays, never overlapping', () => {
    const holidays = new Set(shippedHolidays().map((h) => `${h.jurisdiction}${h.date}`));
    const staffById = new Map(world.staff.map((s) => [s.id, s]));
    const byWorker = new Map<string, Array<[number, number]>>();
    for (const a of world.appointments) {
      const agency = agencyById.get(a.agencyId)!;
      const worker = staffById.get(a.staffId)!;
      expect(worker).toMatchObject({ agencyId: agency.id, active: true });
      const local = new Intl.DateTimeFormat('sv-SE', { timeZone: agency.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(a.startsAt));
      expect(holidays.has(`${agency.jurisdiction}${local}`)).toBe(false);
      const day = new Date(`${local}T12:00:00Z`).getUTCDay() || 7;
      const fits = agency.sessions.some(
        (s) =>
          s.dayOfWeek === day &&
          worker.rosterSessionIds.includes(s.id) &&
          localToUtc(local, s.opens, agency.timeZone).getTime() <= Date.parse(a.startsAt) &&
          Date.parse(a.endsAt) <= localToUtc(local, s.closes, agency.timeZone).getTime(),
      );
      expect(fits).toBe(true);
      const slots = byWorker.get(worker.id) ?? [];
      expect(slots.some(([s, e]) => Date.parse(a.startsAt) < e && s < Date.parse(a.endsAt))).toBe(false);
      slots.push([Date.parse(a.startsAt), Date.parse(a.endsAt)]);
      byWorker.set(worker.id, slots);
    }
  });
});
