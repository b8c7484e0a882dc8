import { readFileSync } from 'node:fs';
import { Kind, parse, TypeNode } from 'graphql';
import { clock, repoPath, SUBGRAPH_NAMES } from '../../subgraphs/kit';
import type { WorldFamily } from '../../demo/world-types';
import { demoUser, GraphQLAnswer, Stack, startStack, TestClaims } from '../support/stack';
import { Action, ACTION_MUTATIONS, act, createReferral, minorOf, Parties, referralInput, tangselFamily, tangselParties } from '../referrals/referral-fixtures';
import { at, CLEAR_DAYS_AHEAD, nextWeekday, SCHEDULE, Scheduled } from '../scheduling/scheduling-fixtures';

/**
 * Free text about a case (anything a worker types about a family) is shown only to the agencies party
 * to the record. A cross-agency manager who sees the record through their area (tangsel-manager, of
 * Dinas Sosial, party to none of the records made here) sees its structured fields and gets every
 * free-text field null with a FORBIDDEN error at its path.
 */

/** Every free-text field about a case, as `Type.field`. */
const SENSITIVE = [
  'Referral.reason',
  'Referral.noConsentReason',
  'Referral.outcome',
  'Consent.scope',
  'ReferralEvent.note',
  'ServiceEpisode.notes',
  'ServiceEpisode.closureReason',
  'Appointment.overrideReason',
  'Appointment.cancelReason',
] as const;
type SensitiveField = (typeof SENSITIVE)[number];

/** String fields of the same types that nobody types about a family, and why. */
const NOT_FREE_TEXT: Record<string, string> = {
  'Appointment.startsAtLocal': 'the start time, computed in the agency’s zone',
  'Appointment.endsAtLocal': 'the end time, computed in the agency’s zone',
};

/** The types of case records whose String fields must each be classified above. */
const CASE_TYPES = ['Referral', 'ReferralEvent', 'Consent', 'ServiceEpisode', 'Appointment'];

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** `Type.field` of every String field of the case types, in every subgraph's SDL. */
function caseStringFields(): string[] {
  const fields = new Set<string>();
  for (const name of SUBGRAPH_NAMES) {
    const document = parse(readFileSync(repoPath('schema', `${name}.graphql`), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      if (!CASE_TYPES.includes(definition.name.value)) continue;
      for (const field of definition.fields ?? []) {
        if (namedType(field.type) === 'String') fields.add(`${definition.name.value}.${field.name.value}`);
      }
    }
  }
  return [...fields].sort();
}

const REFERRAL = `query($id: ID!) { r: referral(id: $id) {
  id status urgency needCategory respondBy overdue declineReasonCode createdAt version
  fromAgency { id } toAgency { id } family { id } subjects { id }
  reason noConsentReason outcome
  consent { givenBy { id } relationship givenAt scope }
  events { action at fromStatus toStatus actorAgency { id } note }
} }`;
const EPISODE = `query($id: ID!) { r: serviceEpisode(id: $id) {
  id status openedOn closedOn version agency { id } service { id } family { id } participants { id } leadWorker { id }
  notes closureReason
} }`;
const APPOINTMENT = `query($id: ID!) { r: appointment(id: $id) {
  id kind status place startsAt endsAt startsAtLocal endsAtLocal bookingId version agency { id } family { id } staff { id }
  overrideReason cancelReason
} }`;

type CaseRecord = 'completed' | 'declined' | 'withdrawn' | 'emergency' | 'episode' | 'appointment';
const QUERY_OF: Record<CaseRecord, string> = {
  completed: REFERRAL,
  declined: REFERRAL,
  withdrawn: REFERRAL,
  emergency: REFERRAL,
  episode: EPISODE,
  appointment: APPOINTMENT,
};

/** What a worker typed, as the records below are made. */
const TEXT = {
  reason: 'The mother disclosed that her husband hits her and the children when he drinks.',
  scope: 'Sharing the counselling notes and the children’s school reports with UPTD PPA',
  noConsentReason: 'The child ran away from home after a beating; the parents could not be reached tonight.',
  notes: 'Father agreed to anger-management sessions; the children stay with their grandmother for now.',
  closureReason: 'Family moved to Bekasi to live with the mother’s brother.',
  overrideReason: 'Child disclosed abuse at school on Friday; the interview cannot wait until Monday.',
  cancelReason: 'Mother asked to postpone: the father found out about the appointment.',
};

/** One free-text field of one record with a value in it, and where it sits in the answer. */
interface Probe {
  label: string;
  field: SensitiveField;
  record: CaseRecord;
  /** The path below the record; an event is found by its action. */
  path: Array<string | { event: Action }>;
  expected: string;
}

const PROBES: Probe[] = [
  { label: 'why the family is referred', field: 'Referral.reason', record: 'completed', path: ['reason'], expected: TEXT.reason },
  { label: 'what the consent covers', field: 'Consent.scope', record: 'completed', path: ['consent', 'scope'], expected: TEXT.scope },
  { label: 'why an emergency referral was sent without consent', field: 'Referral.noConsentReason', record: 'emergency', path: ['noConsentReason'], expected: TEXT.noConsentReason },
  { label: 'the outcome of a completed referral', field: 'Referral.outcome', record: 'completed', path: ['outcome'], expected: ACTION_MUTATIONS.COMPLETE.extra.outcome },
  { label: 'the decline text recorded as the outcome', field: 'Referral.outcome', record: 'declined', path: ['outcome'], expected: ACTION_MUTATIONS.DECLINE.extra.reason },
  { label: 'the note of an acceptance', field: 'ReferralEvent.note', record: 'completed', path: [{ event: 'ACCEPT' }, 'note'], expected: ACTION_MUTATIONS.ACCEPT.extra.note },
  { label: 'the note of a start', field: 'ReferralEvent.note', record: 'completed', path: [{ event: 'START' }, 'note'], expected: ACTION_MUTATIONS.START.extra.note },
  { label: 'the outcome in the history', field: 'ReferralEvent.note', record: 'completed', path: [{ event: 'COMPLETE' }, 'note'], expected: ACTION_MUTATIONS.COMPLETE.extra.outcome },
  { label: 'the reason of a decline in the history', field: 'ReferralEvent.note', record: 'declined', path: [{ event: 'DECLINE' }, 'note'], expected: ACTION_MUTATIONS.DECLINE.extra.reason },
  { label: 'the reason of a withdrawal in the history', field: 'ReferralEvent.note', record: 'withdrawn', path: [{ event: 'WITHDRAW' }, 'note'], expected: ACTION_MUTATIONS.WITHDRAW.extra.reason },
  { label: 'the case notes of an episode', field: 'ServiceEpisode.notes', record: 'episode', path: ['notes'], expected: TEXT.notes },
  { label: 'why an episode was closed', field: 'ServiceEpisode.closureReason', record: 'episode', path: ['closureReason'], expected: TEXT.closureReason },
  { label: 'why an appointment was booked under an emergency override', field: 'Appointment.overrideReason', record: 'appointment', path: ['overrideReason'], expected: TEXT.overrideReason },
  { label: 'why an appointment was cancelled', field: 'Appointment.cancelReason', record: 'appointment', path: ['cancelReason'], expected: TEXT.cancelReason },
];

type Data = Record<string, unknown>;

function valueAt(data: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (node === null || node === undefined ? node : (node as Record<string | number, unknown>)[key]), data);
}

/** A copy of `data` with the value at `path` set to null. */
function withNullAt(data: unknown, path: Array<string | number>): unknown {
  if (path.length === 0) return null;
  const [key, ...rest] = path;
  if (Array.isArray(data)) return data.map((item, i) => (i === key ? withNullAt(item, rest) : item));
  const node = data as Record<string, unknown>;
  return { ...node, [key]: withNullAt(node[key], rest) };
}

describe('free text about a case is shown only to the agencies party to it', () => {
  let stack: Stack;
  let parties: Parties;
  const ids = {} as Record<CaseRecord, string>;
  /** The family of each record. */
  const familyOf = {} as Record<CaseRecord, string>;
  /** Who is party to each record (all must see the text). */
  const partiesOf = {} as Record<CaseRecord, TestClaims[]>;
  const manager = demoUser('tangsel-manager');

  beforeAll(async () => {
    stack = await startStack();
    const world = stack.world;
    parties = tangselParties(world);
    const families: WorldFamily[] = [0, 1, 2, 3, 4, 5].map((k) => tangselFamily(world, 20 + k));

    async function referral(record: CaseRecord, family: WorldFamily, path: Action[], overrides: Record<string, unknown> = {}): Promise<void> {
      let current: { id: string; version: number } = await createReferral(stack, parties, referralInput(world, family, overrides));
      for (const action of path) {
        const answer = await act(stack, parties, action, current);
        if (answer.errors) throw new Error(`${action} failed: ${JSON.stringify(answer.errors)}`);
        current = answer.data![ACTION_MUTATIONS[action].field].referral;
      }
      ids[record] = current.id;
      familyOf[record] = family.id;
      partiesOf[record] = [parties.sender, parties.receiver];
    }
    const head = families[0].members.find((m) => m.relationship === 1)!;
    await referral('completed', families[0], ['ACCEPT', 'START', 'COMPLETE'], {
      reason: TEXT.reason,
      consent: { givenById: head.id, relationship: 'SELF', givenAt: new Date(clock.nowMs() - 3_600_000).toISOString(), scope: TEXT.scope },
    });
    await referral('declined', families[1], ['DECLINE']);
    await referral('withdrawn', families[2], ['WITHDRAW']);
    await referral('emergency', families[3], [], { urgency: 'EMERGENCY', consent: null, noConsentReason: TEXT.noConsentReason });

    // An episode of UPTD PPA, with case notes, closed with a reason.
    const uptd = parties.receiverAgency;
    const family = families[4];
    const opened = await stack.query<{ openServiceEpisode: { episode: { id: string; version: number } } }>(
      parties.receiver,
      `mutation($input: OpenServiceEpisodeInput!) { openServiceEpisode(input: $input) { episode { id version } } }`,
      {
        input: {
          familyId: family.id,
          participantIds: [family.members.find((m) => m.relationship === 1)!.id, minorOf(family).id],
          serviceId: uptd.services.find((s) => s.category === 'CASE_MANAGEMENT')!.id,
          notes: TEXT.notes,
        },
      },
    );
    if (opened.errors) throw new Error(`openServiceEpisode failed: ${JSON.stringify(opened.errors)}`);
    const episode = opened.data!.openServiceEpisode.episode;
    const closed = await stack.query(parties.receiver, `mutation($input: ChangeEpisodeStatusInput!) { changeEpisodeStatus(input: $input) { episode { id } } }`, {
      input: { episodeId: episode.id, expectedVersion: episode.version, status: 'CLOSED', closureReason: TEXT.closureReason },
    });
    if (closed.errors) throw new Error(`changeEpisodeStatus failed: ${JSON.stringify(closed.errors)}`);
    ids.episode = episode.id;
    familyOf.episode = family.id;
    partiesOf.episode = [parties.receiver];

    // An appointment of LK3 booked on a Sunday under an emergency override, then cancelled.
    const lk3 = parties.senderAgency;
    const worker = world.staff.find((s) => s.agencyId === lk3.id && s.active)!;
    const sunday = nextWeekday(lk3, 7, CLEAR_DAYS_AHEAD + 14);
    const booked = await stack.query<Scheduled>(parties.sender, SCHEDULE, {
      input: {
        kind: 'INDIVIDUAL_SESSION',
        staffIds: [worker.id],
        familyId: families[5].id,
        place: 'CENTRE',
        startsAt: at(lk3, sunday, '10:00'),
        endsAt: at(lk3, sunday, '11:00'),
        emergencyOverride: { reason: TEXT.overrideReason },
      },
    });
    if (booked.errors) throw new Error(`scheduleAppointment failed: ${JSON.stringify(booked.errors)}`);
    const [appointment] = booked.data!.scheduleAppointment.appointments;
    const cancelled = await stack.query(parties.sender, `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { appointments { id } } }`, {
      input: { appointmentId: appointment.id, expectedVersion: appointment.version, reason: TEXT.cancelReason },
    });
    if (cancelled.errors) throw new Error(`cancelAppointment failed: ${JSON.stringify(cancelled.errors)}`);
    ids.appointment = appointment.id;
    familyOf.appointment = families[5].id;
    partiesOf.appointment = [parties.sender];
  });
  afterAll(() => stack?.stop());

  it('classifies every String field of Referral, ReferralEvent, Consent, ServiceEpisode and Appointment', () => {
    const classified = new Set<string>([...SENSITIVE, ...Object.keys(NOT_FREE_TEXT)]);
    const inSchema = caseStringFields();
    // A new String field must be added to SENSITIVE (and given the rule) or to NOT_FREE_TEXT with a reason.
    expect({ unclassified: inSchema.filter((f) => !classified.has(f)), notInSchema: [...classified].filter((f) => !inSchema.includes(f)) }).toEqual({ unclassified: [], notInSchema: [] });
  });

  it('probes every sensitive field with a record that has a value in it', () => {
    expect([...new Set(PROBES.map((p) => p.field))].sort()).toEqual([...SENSITIVE].sort());
  });

  async function read(as: TestClaims, record: CaseRecord): Promise<GraphQLAnswer<{ r: Data | null }>> {
    const answer = await stack.query<{ r: Data | null }>(as, QUERY_OF[record], { id: ids[record] });
    expect(answer.status).toBe(200);
    return answer;
  }

  /** The probe's path in the answer, `r` first, with an event's action turned into its index. */
  function pathIn(data: Data, probe: Probe): Array<string | number> {
    const path: Array<string | number> = ['r'];
    for (const step of probe.path) {
      if (typeof step === 'string') {
        path.push(step);
        continue;
      }
      const events = valueAt(data, [...path, 'events']) as Array<{ action: string }>;
      const index = events.findIndex((e) => e.action === step.event);
      expect(index).toBeGreaterThanOrEqual(0);
      path.push('events', index);
    }
    return path;
  }

  const forbiddenPaths = (answer: GraphQLAnswer<unknown>) => (answer.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path ?? []);

  it.each(PROBES.map((p) => [p.label, p] as const))('%s: the value for a party, redacted for tangsel-manager', async (_label, probe) => {
    for (const party of partiesOf[probe.record]) {
      const seen = await read(party, probe.record);
      expect(seen.errors).toBeUndefined();
      expect(valueAt(seen.data, pathIn(seen.data!, probe))).toBe(probe.expected);
    }

    const own = (await read(partiesOf[probe.record][0], probe.record)).data!;
    const managed = await read(manager, probe.record);
    expect(managed.data!.r).not.toBeNull();
    const path = pathIn(own, probe);
    expect(valueAt(managed.data, path)).toBeNull();
    const refused = forbiddenPaths(managed);
    expect(refused.map((p) => p.join('.'))).toContain(path.join('.'));
    // Only free-text fields are refused; every structured field is the same as the party sees it.
    const sensitiveNames = new Set(SENSITIVE.map((f) => f.split('.')[1]));
    for (const p of refused) expect(sensitiveNames.has(String(p[p.length - 1]))).toBe(true);
    expect(managed.errors!.length).toBe(refused.length);
    expect(managed.data).toEqual(refused.reduce<unknown>((data, p) => withNullAt(data, p), own));
  });

  it('refuses a free-text field to tangsel-manager even when it is empty, so the refusal tells nothing', async () => {
    // The withdrawn referral has no outcome, the completed one no reason for a referral without consent.
    for (const [record, field] of [
      ['withdrawn', 'outcome'],
      ['completed', 'noConsentReason'],
    ] as const) {
      const own = await read(parties.sender, record);
      expect(own.errors).toBeUndefined();
      expect(own.data!.r![field]).toBeNull();
      const managed = await read(manager, record);
      expect(managed.data!.r![field]).toBeNull();
      expect(forbiddenPaths(managed).map((p) => p.join('.'))).toContain(`r.${field}`);
    }
  });

  it('redacts the same fields when the records come through the family profile', async () => {
    const q = `query($id: ID!) { family(id: $id) {
      referrals { id status reason outcome consent { relationship scope } events { action note } }
      serviceEpisodes { id status notes closureReason }
      appointments(window: ALL) { id status overrideReason cancelReason }
    } }`;
    const lists = [
      ['completed', 'referrals', ['reason', 'outcome', 'consent.scope', 'events.1.note']],
      ['episode', 'serviceEpisodes', ['notes', 'closureReason']],
      ['appointment', 'appointments', ['overrideReason', 'cancelReason']],
    ] as const;
    for (const [record, list, fields] of lists) {
      const answer = await stack.query<{ family: Record<string, Array<{ id: string; status: string }>> }>(manager, q, { id: familyOf[record] });
      const index = answer.data!.family[list].findIndex((x) => x.id === ids[record]);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(answer.data!.family[list][index].status).toEqual(expect.any(String));
      const paths = forbiddenPaths(answer).map((p) => p.join('.'));
      for (const field of fields) expect(paths).toContain(`family.${list}.${index}.${field}`);
      if (record === 'completed') expect(answer.data!.family.referrals[index]).toMatchObject({ consent: { relationship: 'SELF', scope: null } });
    }
  });
});
