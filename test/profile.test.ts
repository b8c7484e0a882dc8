import { demoUser, Stack, startStack } from './support/stack';
import { PROFILE_BY_KK, PROFILE_BY_NIK } from './support/profile-query';
import { fullProfileFamily, recordsOf } from './support/world-picks';
import { clock } from '../subgraphs/kit';

type Profile = {
  id: string;
  kkNumber: string;
  members: Array<{ id: string; nik: string; relationship: string }>;
  serviceEpisodes: Array<{ id: string; agency: { name: string }; leadWorker: { fullName: string } | null; service: { name: string } }>;
  referrals: Array<{ id: string; fromAgency: { name: string }; toAgency: { name: string }; events: Array<{ action: string; actor: { fullName: string } | null }> }>;
  appointments: Array<{ id: string; startsAt: string; startsAtLocal: string; staff: { fullName: string; agency: { name: string } } }>;
};

describe('the unified family profile through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  function expectFullProfile(profile: Profile, familyId: string) {
    const world = stack.world;
    const family = world.families.find((f) => f.id === familyId)!;
    const records = recordsOf(world, familyId);
    expect(profile.id).toBe(familyId);
    expect(profile.kkNumber).toBe(family.kkNumber);
    expect(profile.members.map((m) => m.id).sort()).toEqual(family.members.map((m) => m.id).sort());
    expect(profile.members[0].relationship).toBe('HEAD');
    expect(profile.serviceEpisodes.map((e) => e.id).sort()).toEqual(records.episodes.map((e) => e.id).sort());
    for (const episode of profile.serviceEpisodes) {
      expect(episode.agency.name).toEqual(expect.any(String));
      expect(episode.service.name).toEqual(expect.any(String));
    }
    expect(profile.serviceEpisodes.some((e) => e.leadWorker?.fullName)).toBe(true);
    expect(profile.referrals.map((r) => r.id).sort()).toEqual(records.referrals.map((r) => r.id).sort());
    for (const referral of profile.referrals) {
      const expected = records.referrals.find((r) => r.id === referral.id)!;
      expect(referral.fromAgency.name).toBe(world.agencies.find((a) => a.id === expected.fromAgencyId)!.name);
      expect(referral.toAgency.name).toBe(world.agencies.find((a) => a.id === expected.toAgencyId)!.name);
      expect(referral.events.map((e) => e.action)).toEqual(expected.events.map((e) => e.action));
      expect(referral.events[0].action).toBe('CREATE');
    }
    const upcoming = records.appointments.filter((a) => Date.parse(a.endsAt) > clock.nowMs());
    expect(profile.appointments.map((a) => a.id).sort()).toEqual(upcoming.map((a) => a.id).sort());
    expect(profile.appointments.length).toBeGreaterThan(0);
    for (const a of profile.appointments) {
      expect(a.staff.fullName).toEqual(expect.any(String));
      expect(a.startsAtLocal).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[78]:00$/);
    }
    const starts = profile.appointments.map((a) => a.startsAt);
    expect([...starts].sort()).toEqual(starts);
  }

  it('answers by No. KK with members, episodes, referrals with history, and upcoming appointments', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const answer = await stack.query<{ familyByKk: Profile }>(demoUser('tangsel-manager'), PROFILE_BY_KK, { kk: family.kkNumber });
    expect(answer.errors).toBeUndefined();
    expectFullProfile(answer.data!.familyByKk, family.id);
  });

  it('answers by a member’s NIK with the same profile', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const child = family.members[family.members.length - 1];
    const answer = await stack.query<{ personByNik: { fullName: string; family: Profile } }>(demoUser('tangsel-manager'), PROFILE_BY_NIK, { nik: child.nik });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.personByNik.fullName).toBe(child.fullName);
    expectFullProfile(answer.data!.personByNik.family, family.id);
  });

  it('answers a Hong Kong family to a ChildPRO worker of its district', async () => {
    const world = stack.world;
    const team = world.agencies.find((a) => a.code === 'CHILDPRO-3')!;
    const family = world.families.find((f) => f.hkDistrict && team.areaServed.includes(f.hkDistrict) && recordsOf(world, f.id).referrals.some((r) => r.toAgencyId === team.id));
    expect(family).toBeDefined();
    const answer = await stack.query<{ family: { id: string; kkNumber: null; members: Array<{ nik: null }>; referrals: Array<{ toAgency: { name: string } }> } }>(
      demoUser('childpro-worker'),
      `query($id: ID!) { family(id: $id) { id kkNumber members { nik } referrals { toAgency { name } } } }`,
      { id: family!.id },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.family.kkNumber).toBeNull();
    expect(answer.data!.family.referrals.map((r) => r.toAgency.name)).toContain(team.name);
  });

  it('pages through a region’s families with a cursor and a total count', async () => {
    const q = `query($after: String) { families(filter: { regionCode: "3509" }, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id address { regency } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const answer: {
        data?: { families: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string; address: { regency: string } } }> } } | null;
      } = await stack.query(demoUser('dukcapil-jember-officer'), q, { after });
      const families = answer.data!.families;
      total = families.totalCount;
      seen.push(...families.edges.map((e) => e.node.id));
      for (const e of families.edges) expect(e.node.address.regency).toBe('Kabupaten Jember');
      if (!families.pageInfo.hasNextPage) break;
      after = families.pageInfo.endCursor;
    }
    const expected = stack.world.families.filter((f) => f.regionCode?.startsWith('3509'));
    expect(total).toBe(expected.length);
    expect(new Set(seen).size).toBe(expected.length);
  });
});
