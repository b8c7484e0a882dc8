import { addDays, clock } from '../../subgraphs/kit';
import type { WorldFamily } from '../../demo/world-types';
import { demoUser, GraphQLAnswer, Stack, startStack, TestClaims } from '../support/stack';
import { act, createReferral, firstError, minorOf, Parties, referralInput, ReferralView, tangselFamily, tangselParties } from './referral-fixtures';

/**
 * A referral that leads to a case, and back: LK3 Tangerang Selatan refers a family to UPTD PPA and
 * keeps accompanying it. UPTD PPA starts the referral and opens its case in one call; LK3 sees that the
 * case was taken up (its status, nothing of its content), reads the notes UPTD PPA shares with it, links
 * its own episode; the family's withdrawal of consent stops UPTD PPA reading what it agreed to share;
 * follow-up dates and accepted-but-not-started referrals show when they are due; an agency outside all
 * this sees none of it.
 */

const OPEN = `mutation($input: OpenServiceEpisodeInput!) { openServiceEpisode(input: $input) { episode { id status version openedOn referral { id } } } }`;
const ADD_NOTE = `mutation($input: AddEpisodeNoteInput!) { addEpisodeNote(input: $input) { note { id at visibility text author { id } authorAgency { id } } episode { id version } } }`;
const LINK = `mutation($input: LinkEpisodeToReferralInput!) { linkEpisodeToReferral(input: $input) { episode { id version sentReferrals { id } } } }`;
const WITHDRAW_CONSENT = `mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { referral { id version status consent { withdrawnAt withdrawnBy { id } } events { action fromStatus toStatus note actorAgency { id } } } } }`;
const REFERRAL_FOLLOW_UP = `mutation($input: SetReferralFollowUpInput!) { setReferralFollowUp(input: $input) { referral { id version followUpOn } } }`;
const EPISODE_FOLLOW_UP = `mutation($input: SetEpisodeFollowUpInput!) { setEpisodeFollowUp(input: $input) { episode { id version followUpOn } } }`;
const SET_ROLE = `mutation($input: SetParticipantRoleInput!) { setParticipantRole(input: $input) { episode { id version participantRoles { person { id } childRole } } } }`;
const CASE_VIEW = `query($id: ID!) { referral(id: $id) {
  id status version overdue startBy followUpOn reason consent { scope withdrawnAt }
  receivingEpisode { status openedOn closedOn }
  sharedCaseNotes { visibility text author { id } }
  sendingEpisode { id }
  events { action }
} }`;
const EPISODE_VIEW = `query($id: ID!) { serviceEpisode(id: $id) { id version followUpOn caseNotes { id visibility text author { id } authorAgency { id } } } }`;
const INBOX = `query($agency: ID!, $overdue: Boolean, $followUpDue: Boolean) { agency(id: $agency) {
  incomingReferrals(overdue: $overdue, followUpDue: $followUpDue, first: 100) { totalCount edges { node { id overdue followUpOn } } }
} }`;
const OUTBOX = `query($agency: ID!, $followUpDue: Boolean) { agency(id: $agency) {
  outgoingReferrals(followUpDue: $followUpDue, first: 100) { totalCount edges { node { id followUpOn } } }
} }`;
const DUE_EPISODES = `query($first: Int, $after: String) { episodesFollowUpDue(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id followUpOn } } } }`;
const STATS = `query($agency: ID!, $from: DateTime!, $to: DateTime!) { referralStats(agencyId: $agency, from: $from, to: $to) { overdue } }`;

interface CaseView {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
  startBy: string | null;
  followUpOn: string | null;
  reason: string | null;
  consent: { scope: string | null; withdrawnAt: string | null } | null;
  receivingEpisode: { status: string; openedOn: string; closedOn: string | null } | null;
  sharedCaseNotes: Array<{ visibility: string; text: string; author: { id: string } | null }> | null;
  sendingEpisode: { id: string } | null;
  events: Array<{ action: string }>;
}

interface Opened {
  id: string;
  status: string;
  version: number;
  openedOn: string;
  referral: { id: string } | null;
}

const DAY_MS = 86_400_000;

describe('a referral that leads to a case, and back', () => {
  let stack: Stack;
  let parties: Parties;
  let family: WorldFamily;
  let referral: ReferralView;
  let episode: Opened;
  const outsider = demoUser('puskesos-operator');
  const manager = demoUser('tangsel-manager');

  beforeAll(async () => {
    stack = await startStack();
    parties = tangselParties(stack.world);
    family = tangselFamily(stack.world, 40);
  });
  afterAll(async () => {
    jest.useRealTimers();
    await stack?.stop();
  });

  const head = (f: WorldFamily) => f.members.find((m) => m.relationship === 1)!;
  const uptdService = (category: string) => parties.receiverAgency.services.find((s) => s.category === category)!.id;
  const today = () => clock.today(parties.receiverAgency.timeZone);
  const count = async (subgraph: 'services' | 'referrals', table: string) => {
    const [{ n }] = await stack.subgraphs[subgraph].subgraph.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return n;
  };

  function openInput(f: WorldFamily, overrides: Record<string, unknown> = {}) {
    return { familyId: f.id, participants: [{ personId: head(f).id }, { personId: minorOf(f).id }], serviceId: uptdService('CASE_MANAGEMENT'), ...overrides };
  }

  async function view(as: TestClaims, id: string): Promise<GraphQLAnswer<{ referral: CaseView | null }>> {
    return stack.query<{ referral: CaseView | null }>(as, CASE_VIEW, { id });
  }

  async function accepted(f: WorldFamily, overrides: Record<string, unknown> = {}): Promise<ReferralView> {
    const sent = await createReferral(stack, parties, referralInput(stack.world, f, overrides));
    const answer = await act(stack, parties, 'ACCEPT', sent);
    if (answer.errors) throw new Error(`accept failed: ${JSON.stringify(answer.errors)}`);
    return answer.data!.acceptReferral.referral;
  }

  /** Runs `body` with the kit clock (and every Date in this process, tokens included) moved ahead by `days`. */
  async function later<T>(days: number, body: () => Promise<T>): Promise<T> {
    jest.useFakeTimers({
      now: Date.now() + days * DAY_MS,
      doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'queueMicrotask', 'hrtime', 'performance'],
    });
    try {
      return await body();
    } finally {
      jest.useRealTimers();
    }
  }

  it('the receiving agency starts the accepted referral and opens its case in one call', async () => {
    referral = await accepted(family);
    const answer = await stack.query<{ openServiceEpisode: { episode: Opened } }>(parties.receiver, OPEN, {
      input: openInput(family, { referralId: referral.id, startReferral: { expectedVersion: referral.version, note: 'Intake interview done.' } }),
    });
    expect(answer.errors).toBeUndefined();
    episode = answer.data!.openServiceEpisode.episode;
    expect(episode).toMatchObject({ status: 'OPEN', openedOn: today(), referral: { id: referral.id } });
    const seen = (await view(parties.receiver, referral.id)).data!.referral!;
    expect(seen).toMatchObject({ status: 'IN_PROGRESS', version: referral.version + 1, overdue: false });
    expect(seen.events.map((e) => e.action)).toEqual(['CREATE', 'ACCEPT', 'START']);
  });

  it('refuses a second open from the same referral before starting anything, and a start without a referral', async () => {
    const before = { episodes: await count('services', 'service_episode'), events: await count('referrals', 'referral_event') };
    const again = await stack.query(parties.receiver, OPEN, { input: openInput(family, { referralId: referral.id, startReferral: { expectedVersion: referral.version } }) });
    expect(firstError(again)).toMatchObject({ code: 'CONFLICT', field: 'referralId', rule: 'EPISODE_EXISTS_FOR_REFERRAL' });
    const bare = await stack.query(parties.receiver, OPEN, { input: openInput(family, { startReferral: { expectedVersion: 1 } }) });
    expect(firstError(bare)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startReferral', rule: 'START_WITHOUT_REFERRAL' });
    expect({ episodes: await count('services', 'service_episode'), events: await count('referrals', 'referral_event') }).toEqual(before);
  });

  it('writes nothing when the referral cannot be started, and a retry after a start completes the open', async () => {
    const f = tangselFamily(stack.world, 41);
    const fresh = await accepted(f);
    const before = await count('services', 'service_episode');
    const stale = await stack.query(parties.receiver, OPEN, { input: openInput(f, { referralId: fresh.id, startReferral: { expectedVersion: fresh.version - 1 } }) });
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION', field: 'startReferral.expectedVersion', currentVersion: fresh.version });
    expect(await count('services', 'service_episode')).toBe(before);
    expect((await view(parties.receiver, fresh.id)).data!.referral).toMatchObject({ status: 'ACCEPTED', version: fresh.version });
    // The state a failure after the start leaves: IN_PROGRESS and no episode. The same call again opens it.
    const started = await act(stack, parties, 'START', fresh);
    expect(started.errors).toBeUndefined();
    const retry = await stack.query<{ openServiceEpisode: { episode: Opened } }>(parties.receiver, OPEN, {
      input: openInput(f, { referralId: fresh.id, startReferral: { expectedVersion: fresh.version } }),
    });
    expect(retry.errors).toBeUndefined();
    expect(retry.data!.openServiceEpisode.episode.referral).toEqual({ id: fresh.id });
    expect((await view(parties.receiver, fresh.id)).data!.referral!.events.map((e) => e.action)).toEqual(['CREATE', 'ACCEPT', 'START']);
  });

  it('shows the sender that the case was taken up: its status and dates, nothing of its content', async () => {
    const lk3 = (await view(parties.sender, referral.id)).data!.referral!;
    expect(lk3.receivingEpisode).toEqual({ status: 'OPEN', openedOn: today(), closedOn: null });
    const asSender = await stack.query<{ serviceEpisode: unknown }>(parties.sender, EPISODE_VIEW, { id: episode.id });
    expect(asSender.data!.serviceEpisode).toBeNull();
    expect((await view(parties.receiver, referral.id)).data!.referral!.receivingEpisode).toEqual({ status: 'OPEN', openedOn: today(), closedOn: null });
    const area = await view(manager, referral.id);
    expect(area.data!.referral).toMatchObject({ id: referral.id, receivingEpisode: null, sharedCaseNotes: null });
  });

  it('appends case notes: the referrer reads those shared with it, the delivering agency all of them, oldest first', async () => {
    const before = await count('services', 'episode_case_note');
    const privateNote = await stack.query<{ addEpisodeNote: { note: { text: string; author: { id: string } | null; authorAgency: { id: string } } } }>(parties.receiver, ADD_NOTE, {
      input: { episodeId: episode.id, text: 'The father denies everything; the mother is afraid to go home.', visibility: 'AGENCY' },
    });
    expect(privateNote.errors).toBeUndefined();
    expect(privateNote.data!.addEpisodeNote.note).toMatchObject({ author: { id: parties.receiver.staff }, authorAgency: { id: parties.receiverAgency.id } });
    const shared = await stack.query(parties.receiver, ADD_NOTE, {
      input: { episodeId: episode.id, text: 'Safety plan agreed; LK3 keeps the weekly counselling.', visibility: 'SHARED_WITH_REFERRER' },
    });
    expect(shared.errors).toBeUndefined();
    expect(await count('services', 'episode_case_note')).toBe(before + 2);

    const lk3 = (await view(parties.sender, referral.id)).data!.referral!;
    expect(lk3.sharedCaseNotes).toEqual([{ visibility: 'SHARED_WITH_REFERRER', text: 'Safety plan agreed; LK3 keeps the weekly counselling.', author: { id: parties.receiver.staff } }]);
    const own = await stack.query<{ serviceEpisode: { caseNotes: Array<{ visibility: string; text: string }> } }>(parties.receiver, EPISODE_VIEW, { id: episode.id });
    expect(own.data!.serviceEpisode.caseNotes.map((n) => n.visibility)).toEqual(['AGENCY', 'SHARED_WITH_REFERRER']);
    const area = await stack.query<{ serviceEpisode: { caseNotes: unknown } | null }>(manager, EPISODE_VIEW, { id: episode.id });
    expect(area.data!.serviceEpisode).toMatchObject({ caseNotes: null });
    expect(area.errors?.some((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.join('.') === 'serviceEpisode.caseNotes')).toBe(true);
  });

  it('refuses a note shared with a referrer that does not exist, an empty note and a note by another agency, writing nothing', async () => {
    const f = tangselFamily(stack.world, 42);
    const plain = await stack.query<{ openServiceEpisode: { episode: Opened } }>(parties.receiver, OPEN, { input: openInput(f) });
    expect(plain.errors).toBeUndefined();
    const before = await count('services', 'episode_case_note');
    const noReferrer = await stack.query(parties.receiver, ADD_NOTE, { input: { episodeId: plain.data!.openServiceEpisode.episode.id, text: 'x', visibility: 'SHARED_WITH_REFERRER' } });
    expect(firstError(noReferrer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visibility', rule: 'NO_REFERRER' });
    const empty = await stack.query(parties.receiver, ADD_NOTE, { input: { episodeId: episode.id, text: '  ', visibility: 'AGENCY' } });
    expect(firstError(empty)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', rule: 'REQUIRED' });
    const byOutsider = await stack.query(outsider, ADD_NOTE, { input: { episodeId: episode.id, text: 'x', visibility: 'AGENCY' } });
    expect(firstError(byOutsider)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await count('services', 'episode_case_note')).toBe(before);
  });

  it('links the sender’s own episode to the referral, which shows it to the sender only', async () => {
    const lk3Service = parties.senderAgency.services.find((s) => s.category === 'COUNSELLING')!.id;
    const own = await stack.query<{ openServiceEpisode: { episode: Opened } }>(parties.sender, OPEN, {
      input: { familyId: family.id, participants: [{ personId: head(family).id }], serviceId: lk3Service },
    });
    expect(own.errors).toBeUndefined();
    const lk3Episode = own.data!.openServiceEpisode.episode;
    const notSent = await stack.query(parties.receiver, LINK, { input: { episodeId: episode.id, expectedVersion: 1, referralId: referral.id } });
    expect(firstError(notSent)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralId', rule: 'REFERRAL_NOT_SENT' });
    const stale = await stack.query(parties.sender, LINK, { input: { episodeId: lk3Episode.id, expectedVersion: lk3Episode.version + 1, referralId: referral.id } });
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION', currentVersion: lk3Episode.version });
    const linked = await stack.query<{ linkEpisodeToReferral: { episode: { version: number; sentReferrals: Array<{ id: string }> } } }>(parties.sender, LINK, {
      input: { episodeId: lk3Episode.id, expectedVersion: lk3Episode.version, referralId: referral.id },
    });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkEpisodeToReferral.episode).toEqual({ id: lk3Episode.id, version: lk3Episode.version + 1, sentReferrals: [{ id: referral.id }] });
    const twice = await stack.query(parties.sender, LINK, { input: { episodeId: lk3Episode.id, expectedVersion: lk3Episode.version + 1, referralId: referral.id } });
    expect(firstError(twice)).toMatchObject({ code: 'CONFLICT', field: 'referralId', rule: 'REFERRAL_ALREADY_LINKED' });
    expect((await view(parties.sender, referral.id)).data!.referral!.sendingEpisode).toEqual({ id: lk3Episode.id });
    expect((await view(parties.receiver, referral.id)).data!.referral!.sendingEpisode).toBeNull();
  });

  it('corrects a child’s role later, under the rules of opening', async () => {
    const child = minorOf(family);
    const current = (await stack.query<{ serviceEpisode: { version: number } }>(parties.receiver, EPISODE_VIEW, { id: episode.id })).data!.serviceEpisode;
    const set = await stack.query<{ setParticipantRole: { episode: { version: number; participantRoles: Array<{ person: { id: string }; childRole: string | null }> } } }>(parties.receiver, SET_ROLE, {
      input: { episodeId: episode.id, expectedVersion: current.version, personId: child.id, childRole: 'WITNESS' },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setParticipantRole.episode.participantRoles).toContainEqual({ person: { id: child.id }, childRole: 'WITNESS' });
    const version = set.data!.setParticipantRole.episode.version;
    expect(version).toBe(current.version + 1);
    const adult = await stack.query(parties.receiver, SET_ROLE, { input: { episodeId: episode.id, expectedVersion: version, personId: head(family).id, childRole: 'VICTIM' } });
    expect(firstError(adult)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'childRole', rule: 'CHILD_ROLE_FOR_ADULT' });
    const stranger = await stack.query(parties.receiver, SET_ROLE, {
      input: { episodeId: episode.id, expectedVersion: version, personId: tangselFamily(stack.world, 43).members[0].id, childRole: 'VICTIM' },
    });
    expect(firstError(stranger)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId', rule: 'NOT_A_PARTICIPANT' });
    const sender = await stack.query(parties.sender, SET_ROLE, { input: { episodeId: episode.id, expectedVersion: version, personId: child.id, childRole: 'VICTIM' } });
    expect(firstError(sender)).toMatchObject({ code: 'NOT_FOUND' });
    const after = await stack.query<{ serviceEpisode: { version: number } }>(parties.receiver, EPISODE_VIEW, { id: episode.id });
    expect(after.data!.serviceEpisode.version).toBe(version);
  });

  it('shows follow-up dates in each owner’s lists once they are due, and an accepted referral not begun past its window as overdue', async () => {
    const waiting = await accepted(tangselFamily(stack.world, 44));
    const waitingView = (await view(parties.receiver, waiting.id)).data!.referral!;
    expect(waitingView.overdue).toBe(false);
    expect(Date.parse(waitingView.startBy!)).toBeGreaterThan(clock.nowMs());
    const inTwoDays = addDays(today(), 2);
    const past = await stack.query(parties.receiver, REFERRAL_FOLLOW_UP, { input: { referralId: referral.id, followUpOn: addDays(today(), -1) } });
    expect(firstError(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'followUpOn', rule: 'FOLLOW_UP_IN_PAST' });
    const receiverSet = await stack.query<{ setReferralFollowUp: { referral: { version: number; followUpOn: string } } }>(parties.receiver, REFERRAL_FOLLOW_UP, {
      input: { referralId: referral.id, followUpOn: inTwoDays },
    });
    expect(receiverSet.errors).toBeUndefined();
    // A reminder of one side: the referral's version stays, so the other side's workflow change is not stale.
    expect(receiverSet.data!.setReferralFollowUp.referral).toMatchObject({ followUpOn: inTwoDays, version: referral.version + 1 });
    expect((await stack.query(parties.sender, REFERRAL_FOLLOW_UP, { input: { referralId: referral.id, followUpOn: inTwoDays } })).errors).toBeUndefined();
    expect((await view(manager, referral.id)).data!.referral!.followUpOn).toBeNull();
    const current = (await stack.query<{ serviceEpisode: { version: number } }>(parties.receiver, EPISODE_VIEW, { id: episode.id })).data!.serviceEpisode;
    const episodeSet = await stack.query<{ setEpisodeFollowUp: { episode: { followUpOn: string } } }>(parties.receiver, EPISODE_FOLLOW_UP, {
      input: { episodeId: episode.id, expectedVersion: current.version, followUpOn: inTwoDays },
    });
    expect(episodeSet.errors).toBeUndefined();

    const inbox = async (variables: Record<string, unknown>) =>
      (
        await stack.query<{ agency: { incomingReferrals: { edges: Array<{ node: { id: string; overdue: boolean; followUpOn: string | null } }> } } }>(parties.receiver, INBOX, {
          agency: parties.receiverAgency.id,
          ...variables,
        })
      ).data!.agency.incomingReferrals.edges.map((e) => e.node);
    const outbox = async () =>
      (
        await stack.query<{ agency: { outgoingReferrals: { edges: Array<{ node: { id: string } }> } } }>(parties.sender, OUTBOX, { agency: parties.senderAgency.id, followUpDue: true })
      ).data!.agency.outgoingReferrals.edges.map((e) => e.node.id);
    const dueEpisodes = async () =>
      (await stack.query<{ episodesFollowUpDue: { edges: Array<{ node: { id: string } }> } }>(parties.receiver, DUE_EPISODES, { first: 100 })).data!.episodesFollowUpDue.edges.map((e) => e.node.id);
    const statsOverdue = async () => {
      const now = clock.nowMs();
      const answer = await stack.query<{ referralStats: { overdue: number } }>(parties.receiver, STATS, {
        agency: parties.receiverAgency.id,
        from: new Date(now - 300 * DAY_MS).toISOString(),
        to: new Date(now + DAY_MS).toISOString(),
      });
      return answer.data!.referralStats.overdue;
    };

    expect((await inbox({ followUpDue: true })).map((n) => n.id)).not.toContain(referral.id);
    expect(await outbox()).not.toContain(referral.id);
    expect(await dueEpisodes()).not.toContain(episode.id);
    expect((await inbox({ overdue: true })).map((n) => n.id)).not.toContain(waiting.id);
    const overdueNow = await statsOverdue();

    await later(30, async () => {
      const due = await inbox({ followUpDue: true });
      expect(due.find((n) => n.id === referral.id)).toEqual({ id: referral.id, overdue: false, followUpOn: inTwoDays });
      expect((await inbox({ followUpDue: false })).map((n) => n.id)).not.toContain(referral.id);
      expect(await outbox()).toContain(referral.id);
      expect(await dueEpisodes()).toContain(episode.id);
      // Accepted, never begun, past the same response time again: overdue in the field, the filter and the count.
      expect((await view(parties.receiver, waiting.id)).data!.referral!.overdue).toBe(true);
      const overdue = (await inbox({ overdue: true })).map((n) => n.id);
      expect(overdue).toContain(waiting.id);
      expect(overdue).not.toContain(referral.id);
      expect(await statsOverdue()).toBeGreaterThan(overdueNow);
      expect((await inbox({})).filter((n) => n.overdue).length).toBe(await statsOverdue());
      // The outsider's own list holds none of UPTD PPA's reminders.
      const theirs = await stack.query<{ episodesFollowUpDue: { edges: Array<{ node: { id: string } }> } }>(outsider, DUE_EPISODES, { first: 100 });
      expect(theirs.data!.episodesFollowUpDue.edges.map((e) => e.node.id)).not.toContain(episode.id);
    });
  });

  it('pages the due episodes and refuses a page size or cursor it did not hand out', async () => {
    const bad = await stack.query(parties.receiver, DUE_EPISODES, { first: 0 });
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', rule: 'PAGE_SIZE' });
    const cursor = await stack.query(parties.receiver, DUE_EPISODES, { first: 5, after: 'bm9wZQ' });
    expect(firstError(cursor)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'CURSOR' });
  });

  it('records a withdrawal of consent, after which the receiving agency reads neither the reason nor the consent scope and opens no episode', async () => {
    const f = tangselFamily(stack.world, 45);
    const second = await accepted(f);
    const before = (await view(parties.receiver, second.id)).data!.referral!;
    expect(before.reason).toEqual(expect.any(String));
    const stranger = await stack.query(parties.sender, WITHDRAW_CONSENT, {
      input: { referralId: second.id, expectedVersion: second.version, withdrawnById: tangselFamily(stack.world, 46).members[0].id, reason: 'x' },
    });
    expect(firstError(stranger)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withdrawnById', rule: 'NOT_CONSENTING_PERSON' });
    const byOutsider = await stack.query(outsider, WITHDRAW_CONSENT, { input: { referralId: second.id, expectedVersion: second.version, withdrawnById: head(f).id, reason: 'x' } });
    expect(firstError(byOutsider)).toMatchObject({ code: 'NOT_FOUND' });
    const withdrawn = await stack.query<{
      withdrawConsent: {
        referral: {
          version: number;
          status: string;
          consent: { withdrawnAt: string; withdrawnBy: { id: string } };
          events: Array<{ action: string; fromStatus: string; toStatus: string; note: string; actorAgency: { id: string } }>;
        };
      };
    }>(parties.sender, WITHDRAW_CONSENT, {
      input: { referralId: second.id, expectedVersion: second.version, withdrawnById: head(f).id, reason: 'The mother called: she no longer wants UPTD PPA involved.' },
    });
    expect(withdrawn.errors).toBeUndefined();
    const after = withdrawn.data!.withdrawConsent.referral;
    expect(after).toMatchObject({ status: 'ACCEPTED', version: second.version + 1, consent: { withdrawnBy: { id: head(f).id } } });
    expect(after.events.at(-1)).toEqual({
      action: 'WITHDRAW_CONSENT',
      fromStatus: 'ACCEPTED',
      toStatus: 'ACCEPTED',
      note: 'The mother called: she no longer wants UPTD PPA involved.',
      actorAgency: { id: parties.senderAgency.id },
    });

    const asReceiver = await view(parties.receiver, second.id);
    expect(asReceiver.data!.referral).toMatchObject({ reason: null, consent: { scope: null } });
    const forbidden = (asReceiver.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.join('.'));
    expect(forbidden).toEqual(expect.arrayContaining(['referral.reason', 'referral.consent.scope']));
    expect((await view(parties.sender, second.id)).data!.referral).toMatchObject({ reason: expect.any(String), consent: { scope: expect.any(String) } });

    const episodes = await count('services', 'service_episode');
    const open = await stack.query(parties.receiver, OPEN, { input: openInput(f, { referralId: second.id, startReferral: { expectedVersion: after.version } }) });
    expect(firstError(open)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralId', rule: 'CONSENT_WITHDRAWN' });
    expect(await count('services', 'service_episode')).toBe(episodes);
    expect((await view(parties.receiver, second.id)).data!.referral).toMatchObject({ status: 'ACCEPTED', version: after.version });

    const twice = await stack.query(parties.receiver, WITHDRAW_CONSENT, { input: { referralId: second.id, expectedVersion: after.version, withdrawnById: head(f).id, reason: 'Again.' } });
    expect(firstError(twice)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralId', rule: 'CONSENT_ALREADY_WITHDRAWN' });
  });

  it('refuses to withdraw consent from an EMERGENCY referral made without it', async () => {
    const f = tangselFamily(stack.world, 47);
    const emergency = await createReferral(stack, parties, referralInput(stack.world, f, { urgency: 'EMERGENCY', consent: null, noConsentReason: 'The child ran away after a beating tonight.' }));
    const answer = await stack.query(parties.sender, WITHDRAW_CONSENT, { input: { referralId: emergency.id, expectedVersion: emergency.version, withdrawnById: head(f).id, reason: 'x' } });
    expect(firstError(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralId', rule: 'NO_CONSENT_RECORDED' });
    expect((await view(parties.sender, emergency.id)).data!.referral!.version).toBe(emergency.version);
  });

  it('shows an agency outside the referral nothing of it', async () => {
    expect((await view(outsider, referral.id)).data!.referral).toBeNull();
    expect((await stack.query<{ serviceEpisode: unknown }>(outsider, EPISODE_VIEW, { id: episode.id })).data!.serviceEpisode).toBeNull();
    expect(firstError(await stack.query(outsider, REFERRAL_FOLLOW_UP, { input: { referralId: referral.id, followUpOn: today() } }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await stack.query(outsider, INBOX, { agency: parties.receiverAgency.id, followUpDue: true }))).toMatchObject({ code: 'FORBIDDEN' });
  });
});
