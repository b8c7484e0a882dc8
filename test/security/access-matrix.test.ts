import { demoUser, Stack, startStack } from '../support/stack';
import type { World } from '../../demo/world-types';
import { at, CLEAR_DAYS_AHEAD, nextWeekday, SCHEDULE, Scheduled } from '../scheduling/scheduling-fixtures';

type Outcome = 'allow' | 'deny' | 'redact';

/**
 * Demo users x every root field and entity type: what each may see (need to know). "deny" is an
 * answer as if the record did not exist; "redact" is the record with its sensitive fields null and
 * FORBIDDEN errors at their paths.
 */
describe('who may see what', () => {
  let stack: Stack;
  let picks: ReturnType<typeof pick>;
  /** An appointment of LK3 with text in both its free-text fields (the demo world's have none). */
  let appointmentId: string;
  beforeAll(async () => {
    stack = await startStack();
    picks = pick(stack.world);
    appointmentId = await appointmentWithText();
  });
  afterAll(() => stack.stop());

  function pick(world: World) {
    const code = (c: string) => world.agencies.find((a) => a.code === c)!;
    const lk3 = code('LK3-TANGSEL');
    const guarded = new Set(world.families.filter((f) => f.addressProtected).map((f) => f.id));
    const referral = world.referrals.find((r) => r.fromAgencyId === lk3.id && r.events.some((e) => e.note) && !guarded.has(r.familyId))!;
    const episode = world.episodes.find((e) => e.agencyId === lk3.id && e.notes)!;
    const lk3Staff = new Set(world.staff.filter((s) => s.agencyId === lk3.id).map((s) => s.id));
    const appointment = world.appointments.find((a) => lk3Staff.has(a.staffId))!;
    const idFamily = world.families.find((f) => f.id === referral.familyId)!;
    const team = code('CHILDPRO-3');
    const hkFamily = world.families.find((f) => f.jurisdiction === 'HK' && team.areaServed.includes(f.hkDistrict!))!;
    const staff = world.staff.find((s) => lk3Staff.has(s.id))!;
    return { referral, episode, appointment, idFamily, hkFamily, staff, lk3 };
  }

  /** Books an LK3 worker on a Sunday under an emergency override for the picked appointment's family, then cancels it. */
  async function appointmentWithText(): Promise<string> {
    const counsellor = demoUser('lk3-counsellor');
    const worker = stack.world.staff.find((s) => s.agencyId === picks.lk3.id && s.active)!;
    const sunday = nextWeekday(picks.lk3, 7, CLEAR_DAYS_AHEAD + 14);
    const booked = await stack.query<Scheduled>(counsellor, SCHEDULE, {
      input: {
        kind: 'INDIVIDUAL_SESSION',
        staffIds: [worker.id],
        familyId: picks.appointment.familyId,
        place: 'CENTRE',
        startsAt: at(picks.lk3, sunday, '10:00'),
        endsAt: at(picks.lk3, sunday, '11:00'),
        emergencyOverride: { reason: 'The child cannot wait until Monday.' },
      },
    });
    if (booked.errors) throw new Error(`scheduleAppointment failed: ${JSON.stringify(booked.errors)}`);
    const [appointment] = booked.data!.scheduleAppointment.appointments;
    const cancelled = await stack.query(counsellor, `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { appointments { id } } }`, {
      input: { appointmentId: appointment.id, expectedVersion: appointment.version, reason: 'The mother asked to postpone.' },
    });
    if (cancelled.errors) throw new Error(`cancelAppointment failed: ${JSON.stringify(cancelled.errors)}`);
    return appointment.id;
  }

  const QUERIES = {
    'family (Indonesia)': () => ({ q: `{ r: family(id: "${picks.idFamily.id}") { id members { id } } }` }),
    'family (Hong Kong)': () => ({ q: `{ r: family(id: "${picks.hkFamily.id}") { id } }` }),
    familyByKk: () => ({ q: `{ r: familyByKk(kkNumber: "${picks.idFamily.kkNumber}") { id } }` }),
    personByNik: () => ({ q: `{ r: personByNik(nik: "${picks.idFamily.members[0].nik}") { id } }` }),
    serviceEpisode: () => ({ q: `{ r: serviceEpisode(id: "${picks.episode.id}") { id notes caseNotes { text } } }`, sensitive: ['notes', 'caseNotes'] }),
    referral: () => ({ q: `{ r: referral(id: "${picks.referral.id}") { id reason events { note } } }`, sensitive: ['reason'] }),
    appointment: () => ({ q: `{ r: appointment(id: "${appointmentId}") { id overrideReason cancelReason } }`, sensitive: ['overrideReason', 'cancelReason'] }),
    staff: () => ({ q: `{ r: staff(id: "${picks.staff.id}") { id fullName } }` }),
    agency: () => ({ q: `{ r: agency(id: "${picks.lk3.id}") { id name } }` }),
  };

  const MATRIX: Record<string, Record<keyof typeof QUERIES, Outcome>> = {
    'lk3-counsellor': {
      'family (Indonesia)': 'allow',
      'family (Hong Kong)': 'deny',
      familyByKk: 'allow',
      personByNik: 'allow',
      serviceEpisode: 'allow',
      referral: 'allow',
      appointment: 'allow',
      staff: 'allow',
      agency: 'allow',
    },
    'uptd-ppa-case-manager': {
      'family (Indonesia)': 'allow',
      'family (Hong Kong)': 'deny',
      familyByKk: 'allow',
      personByNik: 'allow',
      serviceEpisode: 'deny',
      referral: 'allow',
      appointment: 'deny',
      staff: 'allow',
      agency: 'allow',
    },
    'puskesos-operator': {
      'family (Indonesia)': 'deny',
      'family (Hong Kong)': 'deny',
      familyByKk: 'deny',
      personByNik: 'deny',
      serviceEpisode: 'deny',
      referral: 'deny',
      appointment: 'deny',
      staff: 'allow',
      agency: 'allow',
    },
    'dukcapil-jember-officer': {
      'family (Indonesia)': 'allow',
      'family (Hong Kong)': 'deny',
      familyByKk: 'allow',
      personByNik: 'allow',
      serviceEpisode: 'deny',
      referral: 'deny',
      appointment: 'deny',
      staff: 'allow',
      agency: 'allow',
    },
    'childpro-worker': {
      'family (Indonesia)': 'deny',
      'family (Hong Kong)': 'allow',
      familyByKk: 'deny',
      personByNik: 'deny',
      serviceEpisode: 'deny',
      referral: 'deny',
      appointment: 'deny',
      staff: 'deny',
      agency: 'allow',
    },
    'tangsel-manager': {
      'family (Indonesia)': 'allow',
      'family (Hong Kong)': 'deny',
      familyByKk: 'allow',
      personByNik: 'allow',
      serviceEpisode: 'redact',
      referral: 'redact',
      appointment: 'redact',
      staff: 'allow',
      agency: 'allow',
    },
    auditor: {
      'family (Indonesia)': 'deny',
      'family (Hong Kong)': 'deny',
      familyByKk: 'deny',
      personByNik: 'deny',
      serviceEpisode: 'deny',
      referral: 'deny',
      appointment: 'deny',
      staff: 'deny',
      agency: 'allow',
    },
    'lk3-system': {
      'family (Indonesia)': 'allow',
      'family (Hong Kong)': 'deny',
      familyByKk: 'allow',
      personByNik: 'allow',
      serviceEpisode: 'allow',
      referral: 'allow',
      appointment: 'allow',
      staff: 'allow',
      agency: 'allow',
    },
  };

  const cases = Object.entries(MATRIX).flatMap(([user, row]) => Object.entries(row).map(([field, outcome]) => [user, field, outcome] as const));

  it.each(cases)('%s on %s: %s', async (user, field, outcome) => {
    const { q, sensitive = [] } = QUERIES[field as keyof typeof QUERIES]() as { q: string; sensitive?: string[] };
    const answer = await stack.query<{ r: Record<string, unknown> | null }>(demoUser(user), q);
    expect(answer.status).toBe(200);
    if (outcome === 'deny') {
      expect(answer.data!.r).toBeNull();
      return;
    }
    expect(answer.data!.r).not.toBeNull();
    const forbidden = (answer.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN');
    if (outcome === 'redact') {
      expect(sensitive.length).toBeGreaterThan(0);
      for (const name of sensitive) {
        expect({ name, value: answer.data!.r![name] }).toEqual({ name, value: null });
        expect({ name, forbidden: forbidden.some((e) => e.path?.join('.') === `r.${name}`) }).toEqual({ name, forbidden: true });
      }
    } else {
      expect(forbidden).toEqual([]);
      // Case notes are a list of notes (empty when none was written); every other sensitive field is one text.
      for (const name of sensitive) expect({ name, value: answer.data!.r![name] }).toEqual({ name, value: name === 'caseNotes' ? expect.arrayContaining([]) : expect.any(String) });
    }
  });

  it('refuses the auditor for the role: staff of the auditor’s own agency would see the registry and the directory', async () => {
    const auditor = demoUser('auditor');
    expect(auditor.agency).toBeDefined();
    const asStaff = { ...auditor, roles: ['AGENCY_STAFF'] };
    for (const field of ['family (Indonesia)', 'familyByKk', 'personByNik', 'staff'] as const) {
      expect(MATRIX.auditor[field]).toBe('deny');
      const answer = await stack.query<{ r: Record<string, unknown> | null }>(asStaff, QUERIES[field]().q);
      expect({ field, seen: answer.data?.r != null }).toEqual({ field, seen: true });
    }
  });

  it('redacts why an emergency referral was made without consent from a manager who is not party to it', async () => {
    const world = stack.world;
    const lk3 = world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
    const referral = world.referrals.find((r) => r.fromAgencyId === lk3.id && r.noConsentReason)!;
    expect(referral).toBeDefined();
    const q = `{ r: referral(id: "${referral.id}") { id noConsentReason } }`;
    const party = await stack.query<{ r: { noConsentReason: string | null } }>(demoUser('lk3-counsellor'), q);
    expect(party.data!.r.noConsentReason).toBe(referral.noConsentReason);
    const manager = await stack.query<{ r: { noConsentReason: string | null } }>(demoUser('tangsel-manager'), q);
    expect(manager.data!.r.noConsentReason).toBeNull();
    expect(manager.errors!.find((e) => e.path?.join('.') === 'r.noConsentReason')!.extensions!.code).toBe('FORBIDDEN');
  });

  it('leaks nothing of 200 families outside the caller’s reach through any entry point', async () => {
    const world = stack.world;
    // A Hong Kong ChildPRO worker tries every Indonesian family, and an LK3 counsellor every Hong Kong
    // family: neither may see the registry entry or any record of them.
    const attempts = [
      { caller: demoUser('childpro-worker'), families: world.families.filter((f) => f.jurisdiction === 'ID'), jurisdiction: 'ID' },
      { caller: demoUser('lk3-counsellor'), families: world.families.filter((f) => f.jurisdiction === 'HK'), jurisdiction: 'HK' },
    ];
    let familiesTried = 0;
    let lookups = 0;
    for (const { caller, families, jurisdiction } of attempts) {
      for (const f of families) {
        const episodes = world.episodes.filter((e) => e.familyId === f.id).slice(0, 1);
        const referrals = world.referrals.filter((r) => r.familyId === f.id).slice(0, 1);
        const appointments = world.appointments.filter((a) => a.familyId === f.id).slice(0, 1);
        const q = `{
          f: family(id: "${f.id}") { id }
          ${f.kkNumber ? `k: familyByKk(kkNumber: "${f.kkNumber}") { id }` : ''}
          ${f.members[0].nik ? `n: personByNik(nik: "${f.members[0].nik}") { id }` : ''}
          ${episodes.map((e) => `e: serviceEpisode(id: "${e.id}") { id }`).join(' ')}
          ${referrals.map((r) => `r: referral(id: "${r.id}") { id }`).join(' ')}
          ${appointments.map((a) => `a: appointment(id: "${a.id}") { id }`).join(' ')}
        }`;
        const answer = await stack.query<Record<string, unknown>>(caller, q);
        for (const value of Object.values(answer.data!)) expect(value).toBeNull();
        familiesTried++;
        lookups += Object.keys(answer.data!).length;
      }
      const search = await stack.query<{ families: { totalCount: number } }>(caller, `{ families(filter: { jurisdiction: ${jurisdiction} }) { totalCount } }`);
      expect(search.data!.families.totalCount).toBe(0);
    }
    expect(familiesTried).toBeGreaterThanOrEqual(200);
    process.stdout.write(`no-leak check: ${familiesTried} families, ${lookups} look-ups through 6 entry points, 0 answered\n`);
  });

  it('shows an agency only its own side of a family: records of other agencies stay hidden', async () => {
    // A civil registry officer sees every family's identity fields, and none of the other agencies' records.
    const world = stack.world;
    const desk = world.agencies.find((a) => a.code === 'DUKCAPIL-JBR')!;
    const families = world.families
      .filter(
        (f) =>
          f.jurisdiction === 'ID' &&
          !world.referrals.some((r) => r.familyId === f.id && (r.fromAgencyId === desk.id || r.toAgencyId === desk.id)) &&
          !world.episodes.some((e) => e.familyId === f.id && e.agencyId === desk.id),
      )
      .slice(0, 200);
    expect(families.length).toBeGreaterThanOrEqual(130);
    for (let i = 0; i < families.length; i += 10) {
      const batch = families.slice(i, i + 10);
      const q = `{ ${batch.map((f, k) => `f${k}: family(id: "${f.id}") { id serviceEpisodes { id } referrals { id } appointments(window: ALL) { id } }`).join(' ')} }`;
      const answer = await stack.query<Record<string, { serviceEpisodes: unknown[]; referrals: unknown[]; appointments: unknown[] }>>(demoUser('dukcapil-jember-officer'), q);
      for (const family of Object.values(answer.data!)) {
        expect(family).not.toBeNull();
        expect(family.serviceEpisodes).toEqual([]);
        expect(family.referrals).toEqual([]);
        expect(family.appointments).toEqual([]);
      }
    }
  });
});
