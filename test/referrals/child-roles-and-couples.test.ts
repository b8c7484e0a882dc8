import type { WorldAgency, WorldFamily, WorldPerson } from '../../demo/world-types';
import { demoUser, Stack, startStack, TestClaims } from '../support/stack';
import { CREATE_REFERRAL, firstError, isMinor, referralIn, referralInput, tangselFamily, tangselParties } from './referral-fixtures';

const EPISODE = `id childRole family { id } participants { id } participantRoles { person { id } family { id } childRole } referral { id status }`;
const OPEN = `mutation($input: OpenServiceEpisodeInput!) { openServiceEpisode(input: $input) { episode { ${EPISODE} } } }`;
const READ = `query($id: ID!) { serviceEpisode(id: $id) { ${EPISODE} } }`;
const PROFILE = `query($id: ID!) { family(id: $id) { id serviceEpisodes { id childRole participantRoles { person { id } family { id } } } } }`;

interface EpisodeView {
  id: string;
  childRole: string | null;
  family: { id: string };
  participants: Array<{ id: string }>;
  participantRoles: Array<{ person: { id: string }; family: { id: string } | null; childRole: string | null }>;
  referral: { id: string; status: string } | null;
}

/**
 * Each child's own role in one episode (Balai Harum: a victim and a witness are never treated alike),
 * participants from more than one family card (PUSPAGA: a couple before marriage), and episodes opened
 * from referrals already in progress, through the gateway.
 */
describe('children’s roles per child, and participants from more than one family', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const agency = (code: string): WorldAgency => stack.world.agencies.find((a) => a.code === code)!;
  const serviceOf = (a: WorldAgency, category: string) => a.services.find((s) => s.category === category)!.id;
  /** Staff of an agency, signed as the test support signs any caller. */
  const staffOf = (code: string, roles = ['AGENCY_STAFF'], area: string[] = []): TestClaims => {
    const a = agency(code);
    const staff = stack.world.staff.find((s) => s.agencyId === a.id && s.active)!;
    return { sub: staff.id, staff: staff.id, agency: a.id, roles, jur: 'ID', area };
  };
  const minors = (f: WorldFamily): WorldPerson[] => f.members.filter((m) => m.relationship === 4 && isMinor(m));
  const adults = (f: WorldFamily): WorldPerson[] => f.members.filter((m) => !isMinor(m));
  const visible = (f: WorldFamily, region: string) => f.regionCode?.startsWith(region) && !f.addressProtected;

  async function episodeCount(): Promise<number> {
    const [{ n }] = await stack.subgraphs.services.subgraph.db.query<{ n: number }>('SELECT count(*)::int AS n FROM service_episode');
    return n;
  }

  async function open(as: TestClaims, input: Record<string, unknown>): Promise<EpisodeView> {
    const answer = await stack.query<{ openServiceEpisode: { episode: EpisodeView } }>(as, OPEN, { input });
    if (answer.errors) throw new Error(`openServiceEpisode failed: ${JSON.stringify(answer.errors)}`);
    return answer.data!.openServiceEpisode.episode;
  }

  describe('Balai Harum Mataram: a victim and a witness sibling in one rehabilitation episode', () => {
    const psychologist = () => demoUser('balai-harum-psychologist');
    const siblings = () => {
      const family = stack.world.families.find((f) => visible(f, '5271') && minors(f).length >= 2);
      if (!family) throw new Error('the demo world has no Mataram family with two children under 18');
      const [victim, witness] = minors(family);
      return { family, victim, witness };
    };
    const rehabilitation = () => serviceOf(agency('BALAI-HARUM-MTR'), 'REHABILITATION');

    it('records a different role for each child and shows both to Balai Harum only', async () => {
      const { family, victim, witness } = siblings();
      const episode = await open(psychologist(), {
        familyId: family.id,
        participants: [
          { personId: victim.id, childRole: 'VICTIM' },
          { personId: witness.id, childRole: 'WITNESS' },
        ],
        serviceId: rehabilitation(),
      });
      expect(episode.childRole).toBeNull();
      expect(episode.participantRoles).toEqual([
        { person: { id: victim.id }, family: { id: family.id }, childRole: 'VICTIM' },
        { person: { id: witness.id }, family: { id: family.id }, childRole: 'WITNESS' },
      ]);
      const stored = await stack.subgraphs.services.subgraph.db.query<{ person_id: string; child_role: string }>(
        'SELECT person_id, child_role FROM episode_participant WHERE episode_id = $1 ORDER BY child_role',
        [episode.id],
      );
      expect(stored).toEqual([
        { person_id: victim.id, child_role: 'VICTIM' },
        { person_id: witness.id, child_role: 'WITNESS' },
      ]);

      const again = await stack.query<{ serviceEpisode: EpisodeView }>(psychologist(), READ, { id: episode.id });
      expect(again.errors).toBeUndefined();
      expect(again.data!.serviceEpisode.participantRoles.map((p) => p.childRole)).toEqual(['VICTIM', 'WITNESS']);

      // DP3A Mataram's staff are not party to the episode: it does not exist for them.
      const dp3aStaff = await stack.query<{ serviceEpisode: EpisodeView | null }>(staffOf('DP3A-MTR'), READ, { id: episode.id });
      expect(dp3aStaff.errors).toBeUndefined();
      expect(dp3aStaff.data!.serviceEpisode).toBeNull();
      const dp3aProfile = await stack.query<{ family: { serviceEpisodes: Array<{ id: string }> } | null }>(staffOf('DP3A-MTR'), PROFILE, { id: family.id });
      expect((dp3aProfile.data!.family?.serviceEpisodes ?? []).map((e) => e.id)).not.toContain(episode.id);

      // A DP3A Mataram manager of the area sees the episode, and neither child's role.
      const dp3aManager = await stack.query<{ serviceEpisode: EpisodeView }>(staffOf('DP3A-MTR', ['AREA_MANAGER'], ['5271']), READ, { id: episode.id });
      expect(dp3aManager.data!.serviceEpisode.participantRoles).toEqual([
        { person: { id: victim.id }, family: { id: family.id }, childRole: null },
        { person: { id: witness.id }, family: { id: family.id }, childRole: null },
      ]);
      expect(dp3aManager.data!.serviceEpisode.childRole).toBeNull();
      expect(dp3aManager.errors!.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
        ['serviceEpisode.participantRoles.0.childRole', 'FORBIDDEN'],
        ['serviceEpisode.participantRoles.1.childRole', 'FORBIDDEN'],
      ]);
    });

    it('refuses a child without a role, naming that participant’s path, and writes nothing', async () => {
      const { family, victim, witness } = siblings();
      const before = await episodeCount();
      const answer = await stack.query(psychologist(), OPEN, {
        input: { familyId: family.id, participants: [{ personId: victim.id, childRole: 'VICTIM' }, { personId: witness.id }], serviceId: rehabilitation() },
      });
      expect(firstError(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participants[1].childRole', rule: 'CHILD_ROLE_REQUIRED' });
      const adult = adults(family)[0];
      const onAdult = await stack.query(psychologist(), OPEN, {
        input: {
          familyId: family.id,
          participants: [
            { personId: victim.id, childRole: 'VICTIM' },
            { personId: adult.id, childRole: 'WITNESS' },
          ],
          serviceId: rehabilitation(),
        },
      });
      expect(firstError(onAdult)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participants[1].childRole', rule: 'CHILD_ROLE_FOR_ADULT' });
      expect(await episodeCount()).toBe(before);
    });
  });

  describe('PUSPAGA Bandung: pre-marital guidance for a couple on two family cards', () => {
    const couple = () => {
      const families = stack.world.families.filter((f) => visible(f, '3273') && adults(f).length > 0);
      const [first, second] = families;
      return { first, second, bride: adults(first)[0], groom: adults(second)[0] };
    };

    it('opens one episode for both and shows it in each family’s profile', async () => {
      const { first, second, bride, groom } = couple();
      expect(first.id).not.toBe(second.id);
      const puspaga = staffOf('PUSPAGA-BDG');
      const episode = await open(puspaga, {
        familyId: first.id,
        participants: [{ personId: bride.id }, { personId: groom.id }],
        serviceId: serviceOf(agency('PUSPAGA-BDG'), 'PRE_MARITAL_GUIDANCE'),
      });
      expect(episode.family).toEqual({ id: first.id });
      expect(episode.participantRoles).toEqual([
        { person: { id: bride.id }, family: { id: first.id }, childRole: null },
        { person: { id: groom.id }, family: { id: second.id }, childRole: null },
      ]);

      for (const family of [first, second]) {
        const profile = await stack.query<{ family: { serviceEpisodes: Array<{ id: string; participantRoles: Array<{ family: { id: string } }> }> } }>(puspaga, PROFILE, { id: family.id });
        expect(profile.errors).toBeUndefined();
        const shown = profile.data!.family.serviceEpisodes.filter((e) => e.id === episode.id);
        expect(shown).toHaveLength(1);
        expect(shown[0].participantRoles.map((p) => p.family.id)).toEqual([first.id, second.id]);
      }

      // The write and the second family's read are in that family's audit trail.
      const audit = await stack.subgraphs.services.subgraph.db.query<{ operation: string }>(
        `SELECT DISTINCT operation FROM audit_log WHERE record_type = 'ServiceEpisode' AND $1 = ANY(record_ids) AND $2 = ANY(family_ids) ORDER BY operation`,
        [episode.id, second.id],
      );
      expect(audit.map((a) => a.operation)).toEqual(['READ', 'WRITE']);

      // An agency not party to the episode finds it in neither profile.
      const outsider = staffOf('DP3A-BDG');
      for (const family of [first, second]) {
        const profile = await stack.query<{ family: { serviceEpisodes: Array<{ id: string }> } | null }>(outsider, PROFILE, { id: family.id });
        expect((profile.data!.family?.serviceEpisodes ?? []).map((e) => e.id)).not.toContain(episode.id);
      }
    });

    it('refuses the episode when no participant is on the card it is recorded under', async () => {
      const { first, second } = couple();
      const before = await episodeCount();
      const answer = await stack.query(staffOf('PUSPAGA-BDG'), OPEN, {
        input: { familyId: first.id, participants: [{ personId: adults(second)[0].id }], serviceId: serviceOf(agency('PUSPAGA-BDG'), 'PRE_MARITAL_GUIDANCE') },
      });
      expect(firstError(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participants', rule: 'NOT_A_FAMILY_MEMBER' });
      expect(await episodeCount()).toBe(before);
    });

    it('refuses a participant whose family the caller may not see', async () => {
      const { first, bride } = couple();
      const elsewhere = stack.world.families.find((f) => visible(f, '5271') && adults(f).length > 0)!;
      const answer = await stack.query(staffOf('PUSPAGA-BDG'), OPEN, {
        input: { familyId: first.id, participants: [{ personId: bride.id }, { personId: adults(elsewhere)[0].id }], serviceId: serviceOf(agency('PUSPAGA-BDG'), 'PRE_MARITAL_GUIDANCE') },
      });
      expect(firstError(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participants[1].personId' });
      expect(['UNKNOWN_PERSON', 'PARTICIPANT_FAMILY_UNKNOWN']).toContain(firstError(answer).rule);
    });
  });

  it('opens an episode from a referral that is already IN_PROGRESS', async () => {
    const parties = tangselParties(stack.world);
    const family = tangselFamily(stack.world, 9);
    const referral = await referralIn(stack, parties, 'IN_PROGRESS', family);
    const head = family.members.find((m) => m.relationship === 1)!;
    const episode = await open(parties.receiver, {
      familyId: family.id,
      participants: [{ personId: head.id }],
      serviceId: serviceOf(parties.receiverAgency, 'CASE_MANAGEMENT'),
      referralId: referral.id,
    });
    expect(episode.referral).toEqual({ id: referral.id, status: 'IN_PROGRESS' });
    const [row] = await stack.subgraphs.services.subgraph.db.query<{ referring_agency_id: string }>('SELECT referring_agency_id FROM service_episode WHERE id = $1', [episode.id]);
    expect(row.referring_agency_id).toBe(parties.senderAgency.id);
  });

  it('keeps a referral’s roles per subject, shown to its sender and receiver only', async () => {
    const parties = tangselParties(stack.world);
    const family = tangselFamily(stack.world, 10);
    const head = family.members.find((m) => m.relationship === 1)!;
    const child = minors(family)[0];
    const input = referralInput(stack.world, family, { subjectIds: undefined, subjects: [{ personId: head.id }, { personId: child.id, childRole: 'WITNESS' }] });
    const created = await stack.query<{ createReferral: { referral: { id: string } } }>(parties.sender, CREATE_REFERRAL, { input });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createReferral.referral.id;
    const query = `query($id: ID!) { referral(id: $id) { subjects { id } subjectRoles { person { id } childRole } } }`;
    type Roles = { referral: { subjects: Array<{ id: string }>; subjectRoles: Array<{ person: { id: string }; childRole: string | null }> } | null };
    for (const party of [parties.sender, parties.receiver]) {
      const seen = await stack.query<Roles>(party, query, { id });
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.referral!.subjectRoles).toEqual([
        { person: { id: head.id }, childRole: null },
        { person: { id: child.id }, childRole: 'WITNESS' },
      ]);
    }
    const manager = await stack.query<Roles>(demoUser('tangsel-manager'), query, { id });
    expect(manager.data!.referral!.subjectRoles.map((s) => s.childRole)).toEqual([null, null]);
    expect(manager.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const adultRole = referralInput(stack.world, family, { subjectIds: undefined, subjects: [{ personId: head.id, childRole: 'VICTIM' }] });
    expect(firstError(await stack.query(parties.sender, CREATE_REFERRAL, { input: adultRole }))).toMatchObject({ field: 'subjects[0].childRole', rule: 'CHILD_ROLE_FOR_ADULT' });
  });
});
