import type { WorldAgency, WorldFamily } from '../../demo/world-types';
import { demoUser, Stack, startStack, TestClaims } from '../support/stack';
import { act, familiesWithMinor, firstError, isMinor, minorOf, Parties, referralIn, tangselFamily, tangselParties } from './referral-fixtures';
import { clock } from '../../subgraphs/kit';

const EPISODE_FIELDS = `id status openedOn closedOn closureReason version childRole
  family { id } participants { id } service { id requiresChildRole } agency { id }
  leadWorker { id fullName } referral { id status events { action fromStatus toStatus } }`;

interface EpisodeView {
  id: string;
  status: string;
  openedOn: string;
  closedOn: string | null;
  closureReason: string | null;
  version: number;
  childRole: string | null;
  family: { id: string };
  participants: Array<{ id: string }>;
  service: { id: string; requiresChildRole: boolean };
  agency: { id: string };
  leadWorker: { id: string; fullName: string } | null;
  referral: { id: string; status: string; events: Array<{ action: string; fromStatus: string | null; toStatus: string }> } | null;
}

const OPEN = `mutation($input: OpenServiceEpisodeInput!) { openServiceEpisode(input: $input) { episode { ${EPISODE_FIELDS} } } }`;
const CHANGE = `mutation($input: ChangeEpisodeStatusInput!) { changeEpisodeStatus(input: $input) { episode { ${EPISODE_FIELDS} } } }`;
const ASSIGN = `mutation($input: AssignLeadWorkerInput!) { assignLeadWorker(input: $input) { episode { ${EPISODE_FIELDS} } } }`;
const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';

/** Today in an agency's zone, as the episode's dates are kept. */
function today(timeZone: string): string {
  return clock.today(timeZone);
}

/** Service episodes, opened from accepted referrals, under the same version rules. */
describe('service episodes through the gateway', () => {
  let stack: Stack;
  let parties: Parties;
  let uptd: WorldAgency;
  beforeAll(async () => {
    stack = await startStack();
    parties = tangselParties(stack.world);
    uptd = parties.receiverAgency;
  });
  afterAll(() => stack.stop());

  const episodeRows = async () => {
    const [{ n }] = await stack.subgraphs.services.subgraph.db.query<{ n: number }>('SELECT count(*)::int AS n FROM service_episode');
    return n;
  };
  const staffOf = (agency: WorldAgency, active = true) => stack.world.staff.find((s) => s.agencyId === agency.id && s.active === active)!;
  const serviceOf = (agency: WorldAgency, category: string) => agency.services.find((s) => s.category === category)!.id;

  function openInput(family: WorldFamily, overrides: Record<string, unknown> = {}) {
    const head = family.members.find((m) => m.relationship === 1)!;
    return { familyId: family.id, participantIds: [head.id, minorOf(family).id], serviceId: serviceOf(uptd, 'CASE_MANAGEMENT'), ...overrides };
  }

  async function open(as: TestClaims, input: Record<string, unknown>): Promise<EpisodeView> {
    const answer = await stack.query<{ openServiceEpisode: { episode: EpisodeView } }>(as, OPEN, { input });
    if (answer.errors) throw new Error(`openServiceEpisode failed: ${JSON.stringify(answer.errors)}`);
    return answer.data!.openServiceEpisode.episode;
  }

  async function refusedOpen(as: TestClaims, input: Record<string, unknown>) {
    const before = await episodeRows();
    const error = firstError(await stack.query(as, OPEN, { input }));
    expect(await episodeRows()).toBe(before);
    return error;
  }

  it('turns an accepted referral into an episode that shows on the family’s unified profile with its history', async () => {
    const family = tangselFamily(stack.world);
    const referral = await referralIn(stack, parties, 'ACCEPTED', family);
    const worker = staffOf(uptd);
    const episode = await open(parties.receiver, openInput(family, { referralId: referral.id, leadWorkerId: worker.id, notes: 'Safety plan agreed.' }));
    expect(episode).toMatchObject({
      status: 'OPEN',
      version: 1,
      openedOn: today(uptd.timeZone),
      closedOn: null,
      childRole: null,
      family: { id: family.id },
      agency: { id: uptd.id },
      leadWorker: { id: worker.id, fullName: worker.fullName },
      referral: {
        id: referral.id,
        status: 'ACCEPTED',
        events: [
          { action: 'CREATE', fromStatus: null, toStatus: 'SUBMITTED' },
          { action: 'ACCEPT', fromStatus: 'SUBMITTED', toStatus: 'ACCEPTED' },
        ],
      },
    });
    await act(stack, parties, 'START', referral);
    const audit = await stack.subgraphs.services.subgraph.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE operation = 'WRITE' AND record_type = 'ServiceEpisode' AND $1 = ANY(record_ids) AND $2 = ANY(family_ids)`,
      [episode.id, family.id],
    );
    expect(audit[0].n).toBe(1);

    const profileQuery = `query($kk: String!) { familyByKk(kkNumber: $kk) {
      id serviceEpisodes { id status agency { id } referral { id status events { action } } }
      referrals { id status events { action } }
    } }`;
    type Profile = {
      familyByKk: {
        id: string;
        serviceEpisodes: Array<{ id: string; referral: { id: string; status: string; events: Array<{ action: string }> } | null }>;
        referrals: Array<{ id: string; status: string; events: Array<{ action: string }> }>;
      };
    };
    for (const viewer of [parties.receiver, demoUser('tangsel-manager')]) {
      const profile = await stack.query<Profile>(viewer, profileQuery, { kk: family.kkNumber });
      expect(profile.errors).toBeUndefined();
      const shown = profile.data!.familyByKk.serviceEpisodes.find((e) => e.id === episode.id);
      expect(shown!.referral).toEqual({ id: referral.id, status: 'IN_PROGRESS', events: [{ action: 'CREATE' }, { action: 'ACCEPT' }, { action: 'START' }] });
      expect(profile.data!.familyByKk.referrals.find((r) => r.id === referral.id)!.events.map((e) => e.action)).toEqual(['CREATE', 'ACCEPT', 'START']);
    }
  });

  it('links an episode only to an ACCEPTED or IN_PROGRESS referral received by the caller’s agency, and only once', async () => {
    const family = tangselFamily(stack.world, 1);
    const submitted = await referralIn(stack, parties, 'SUBMITTED', family);
    expect(await refusedOpen(parties.receiver, openInput(family, { referralId: submitted.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'referralId',
      rule: 'REFERRAL_NOT_ACCEPTED',
      message: 'referralId: an episode is opened from an ACCEPTED or IN_PROGRESS referral; this one is SUBMITTED (REFERRAL_NOT_ACCEPTED)',
    });
    const accepted = await referralIn(stack, parties, 'ACCEPTED', family);
    const lk3Service = serviceOf(parties.senderAgency, parties.senderAgency.services[0].category);
    expect(await refusedOpen(parties.sender, openInput(family, { referralId: accepted.id, serviceId: lk3Service }))).toMatchObject({ field: 'referralId', rule: 'REFERRAL_NOT_RECEIVED' });
    expect(await refusedOpen(parties.receiver, openInput(tangselFamily(stack.world, 2), { referralId: accepted.id }))).toMatchObject({ field: 'referralId', rule: 'REFERRAL_OF_OTHER_FAMILY' });
    expect(await refusedOpen(parties.receiver, openInput(family, { referralId: UNKNOWN }))).toMatchObject({ field: 'referralId', rule: 'UNKNOWN_REFERRAL' });

    const attempts = await Promise.all(Array.from({ length: 5 }, () => stack.query(parties.receiver, OPEN, { input: openInput(family, { referralId: accepted.id }) })));
    expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
    for (const a of attempts.filter((x) => x.errors)) expect(firstError(a)).toMatchObject({ code: 'CONFLICT', rule: 'EPISODE_EXISTS_FOR_REFERRAL' });
    const [{ n }] = await stack.subgraphs.services.subgraph.db.query<{ n: number }>('SELECT count(*)::int AS n FROM service_episode WHERE referral_id = $1', [accepted.id]);
    expect(n).toBe(1);
  });

  it('refuses unknown or foreign references with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const family = tangselFamily(stack.world, 3);
    const stranger = tangselFamily(stack.world, 4).members[0];
    expect(await refusedOpen(parties.receiver, openInput(family, { familyId: UNKNOWN }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'familyId', rule: 'UNKNOWN_FAMILY' });
    expect(await refusedOpen(parties.receiver, openInput(family, { participantIds: [UNKNOWN] }))).toMatchObject({ field: 'participantIds', rule: 'UNKNOWN_PERSON' });
    expect(await refusedOpen(parties.receiver, openInput(family, { participantIds: [stranger.id] }))).toMatchObject({ field: 'participantIds', rule: 'NOT_A_FAMILY_MEMBER' });
    expect(await refusedOpen(parties.receiver, openInput(family, { serviceId: UNKNOWN }))).toMatchObject({ field: 'serviceId', rule: 'UNKNOWN_SERVICE' });
    expect(await refusedOpen(parties.receiver, openInput(family, { serviceId: serviceOf(parties.senderAgency, parties.senderAgency.services[0].category) }))).toMatchObject({
      field: 'serviceId',
      rule: 'SERVICE_OF_OTHER_AGENCY',
    });
    expect(await refusedOpen(parties.receiver, openInput(family, { leadWorkerId: UNKNOWN }))).toMatchObject({ field: 'leadWorkerId', rule: 'UNKNOWN_STAFF' });
    expect(await refusedOpen(parties.receiver, openInput(family, { leadWorkerId: staffOf(parties.senderAgency).id }))).toMatchObject({ field: 'leadWorkerId', rule: 'STAFF_OF_OTHER_AGENCY' });
    expect(await refusedOpen(demoUser('auditor'), openInput(family))).toMatchObject({ code: 'FORBIDDEN' });
  });

  describe('a child’s role in a legal matter', () => {
    const balaiHarum = () => stack.world.agencies.find((a) => a.code === 'BALAI-HARUM-MTR')!;
    const mataramFamily = () => familiesWithMinor(stack.world, '5271')[0];
    const rehabilitation = () => serviceOf(balaiHarum(), 'REHABILITATION');
    const psychologist = () => demoUser('balai-harum-psychologist');

    it('is required for a rehabilitation episode with a child, and refused when only adults take part', async () => {
      const family = mataramFamily();
      const adult = family.members.find((m) => !isMinor(m))!;
      const child = minorOf(family);
      expect(await refusedOpen(psychologist(), { familyId: family.id, participants: [{ personId: child.id }], serviceId: rehabilitation() })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'participants[0].childRole',
        rule: 'CHILD_ROLE_REQUIRED',
      });
      expect(await refusedOpen(psychologist(), { familyId: family.id, participantIds: [child.id], serviceId: rehabilitation() })).toMatchObject({
        field: 'participantIds[0]',
        rule: 'CHILD_ROLE_REQUIRED',
      });
      expect(await refusedOpen(psychologist(), { familyId: family.id, participants: [{ personId: adult.id, childRole: 'VICTIM' }], serviceId: rehabilitation() })).toMatchObject({
        field: 'participants[0].childRole',
        rule: 'CHILD_ROLE_FOR_ADULT',
      });
      const adultOnly = await open(psychologist(), { familyId: family.id, participantIds: [adult.id], serviceId: rehabilitation() });
      expect(adultOnly.childRole).toBeNull();
    });

    it('is stored and shown only to the episode’s agency', async () => {
      const family = mataramFamily();
      const episode = await open(psychologist(), { familyId: family.id, participants: [{ personId: minorOf(family).id, childRole: 'WITNESS' }], serviceId: rehabilitation() });
      expect(episode).toMatchObject({ childRole: null, service: { requiresChildRole: true }, openedOn: today(balaiHarum().timeZone) });
      const own = await stack.query<{ serviceEpisode: { participantRoles: Array<{ childRole: string | null }> } }>(
        psychologist(),
        `query($id: ID!) { serviceEpisode(id: $id) { participantRoles { childRole } } }`,
        { id: episode.id },
      );
      expect(own.data!.serviceEpisode.participantRoles).toEqual([{ childRole: 'WITNESS' }]);
      const dinsos = stack.world.agencies.find((a) => a.code === 'DINSOS-MTR')!;
      const manager: TestClaims = { sub: 'manager-mataram', agency: dinsos.id, roles: ['AREA_MANAGER'], jur: 'ID', area: ['5271'] };
      const seen = await stack.query<{ serviceEpisode: { id: string; childRole: string | null; participantRoles: Array<{ childRole: string | null }> } }>(
        manager,
        `query($id: ID!) { serviceEpisode(id: $id) { id childRole participantRoles { childRole } } }`,
        { id: episode.id },
      );
      expect(seen.data!.serviceEpisode).toEqual({ id: episode.id, childRole: null, participantRoles: [{ childRole: null }] });
      expect(firstError(seen)).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('status changes', () => {
    const change = (episode: { id: string; version: number }, status: string, closureReason?: string, as = parties.receiver) =>
      stack.query<{ changeEpisodeStatus: { episode: EpisodeView } }>(as, CHANGE, { input: { episodeId: episode.id, expectedVersion: episode.version, status, closureReason } });

    it('moves OPEN → ACTIVE → ON_HOLD → ACTIVE → CLOSED with versions; CLOSED is final', async () => {
      let episode = await open(parties.receiver, openInput(tangselFamily(stack.world, 5)));
      for (const status of ['ACTIVE', 'ON_HOLD', 'ACTIVE']) {
        const answer = await change(episode, status);
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.changeEpisodeStatus.episode).toMatchObject({ status, version: episode.version + 1, closedOn: null });
        episode = answer.data!.changeEpisodeStatus.episode;
      }
      expect(firstError(await change(episode, 'OPEN'))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'status',
        rule: 'INVALID_TRANSITION',
        currentStatus: 'ACTIVE',
        message: 'cannot move an episode that is ACTIVE to OPEN',
      });
      expect(firstError(await change(episode, 'CLOSED'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closureReason', rule: 'REQUIRED' });
      expect(firstError(await change(episode, 'ON_HOLD', 'why'))).toMatchObject({ field: 'closureReason', rule: 'NOT_CLOSING' });
      expect(firstError(await change({ id: episode.id, version: 2 }, 'ON_HOLD'))).toMatchObject({ code: 'CONFLICT', currentVersion: 4, currentStatus: 'ACTIVE' });
      const closed = await change(episode, 'CLOSED', 'Goals of the service plan met');
      expect(closed.data!.changeEpisodeStatus.episode).toMatchObject({ status: 'CLOSED', version: 5, closedOn: today(uptd.timeZone), closureReason: 'Goals of the service plan met' });
      episode = closed.data!.changeEpisodeStatus.episode;
      for (const status of ['OPEN', 'ACTIVE', 'ON_HOLD']) {
        expect(firstError(await change(episode, status))).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'INVALID_TRANSITION', currentStatus: 'CLOSED' });
      }
      expect(firstError(await change(episode, 'CLOSED', 'again'))).toMatchObject({ rule: 'INVALID_TRANSITION', currentStatus: 'CLOSED' });
      const assign = await stack.query(parties.receiver, ASSIGN, { input: { episodeId: episode.id, expectedVersion: 5, staffId: staffOf(uptd).id } });
      expect(firstError(assign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'episodeId', rule: 'EPISODE_CLOSED', currentStatus: 'CLOSED' });
      const [row] = await stack.subgraphs.services.subgraph.db.query<{ version: number; status: string }>('SELECT version, status FROM service_episode WHERE id = $1', [episode.id]);
      expect(row).toEqual({ version: 5, status: 'CLOSED' });
    });

    it('20 parallel changes on one version: exactly one succeeds, 19 get CONFLICT', async () => {
      const episode = await open(parties.receiver, openInput(tangselFamily(stack.world, 6)));
      const answers = await Promise.all(Array.from({ length: 20 }, () => change(episode, 'ACTIVE')));
      const succeeded = answers.filter((a) => !a.errors);
      const conflicts = answers.filter((a) => a.errors && firstError(a).code === 'CONFLICT');
      console.log(`20 parallel changeEpisodeStatus on version 1: ${succeeded.length} succeeded, ${conflicts.length} CONFLICT`);
      expect(succeeded).toHaveLength(1);
      expect(conflicts).toHaveLength(19);
    });

    it('lets only the episode’s agency change it', async () => {
      const episode = await open(parties.receiver, openInput(tangselFamily(stack.world, 7)));
      expect(firstError(await change(episode, 'ACTIVE', undefined, parties.sender))).toMatchObject({ code: 'NOT_FOUND', message: `service episode ${episode.id} not found or no access` });
      expect(firstError(await change(episode, 'ACTIVE', undefined, demoUser('tangsel-manager')))).toMatchObject({ code: 'FORBIDDEN' });
      expect(firstError(await change({ id: 'nope', version: 1 }, 'ACTIVE'))).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('assignLeadWorker', () => {
    const assign = (as: TestClaims, episode: { id: string; version: number }, staffId: string) =>
      stack.query<{ assignLeadWorker: { episode: EpisodeView } }>(as, ASSIGN, { input: { episodeId: episode.id, expectedVersion: episode.version, staffId } });

    it('assigns active staff of the episode’s agency, checked with the scheduling subgraph', async () => {
      const episode = await open(parties.receiver, openInput(tangselFamily(stack.world, 8)));
      const worker = staffOf(uptd);
      const answer = await assign(parties.receiver, episode, worker.id);
      expect(answer.data!.assignLeadWorker.episode).toMatchObject({ leadWorker: { id: worker.id, fullName: worker.fullName }, version: 2 });
      expect(firstError(await assign(parties.receiver, episode, worker.id))).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const current = { id: episode.id, version: 2 };
      expect(firstError(await assign(parties.receiver, current, staffOf(parties.senderAgency).id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffId', rule: 'STAFF_OF_OTHER_AGENCY' });
      expect(firstError(await assign(parties.receiver, current, UNKNOWN))).toMatchObject({ field: 'staffId', rule: 'UNKNOWN_STAFF' });
      expect(firstError(await assign(parties.receiver, current, 'staff-1'))).toMatchObject({ field: 'staffId', rule: 'UNKNOWN_STAFF' });
      const [row] = await stack.subgraphs.services.subgraph.db.query<{ version: number; lead_worker_id: string }>('SELECT version, lead_worker_id FROM service_episode WHERE id = $1', [episode.id]);
      expect(row).toEqual({ version: 2, lead_worker_id: worker.id });
    });

    it('refuses staff who are no longer active', async () => {
      const team = stack.world.agencies.find((a) => a.code === 'CHILDPRO-3')!;
      const inactive = stack.world.staff.find((s) => s.agencyId === team.id && !s.active)!;
      const episode = stack.world.episodes.find((e) => e.agencyId === team.id && e.status !== 'CLOSED')!;
      expect(firstError(await assign(demoUser('childpro-worker'), { id: episode.id, version: 1 }, inactive.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffId', rule: 'STAFF_INACTIVE' });
    });
  });
});
