import { signInternalToken } from '../subgraphs/kit';
import { demoUser, Stack, startStack } from './support/stack';
import { recordsOf, fullProfileFamily } from './support/world-picks';

/**
 * Each subgraph resolves its @key entities from representations (`_entities`), as the gateway asks
 * during query planning: one test per entity type and owning subgraph.
 */
describe('_entities for every @key type', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  async function entities(subgraph: 'families' | 'services' | 'referrals' | 'scheduling', typename: string, ids: string[], selection: string) {
    const claims = demoUser('tangsel-manager');
    const caller = { subject: claims.sub, staffId: null, agencyId: claims.agency ?? null, roles: ['AREA_MANAGER' as const], jurisdiction: 'ID' as const, area: ['3674'], serviceArea: [] };
    const res = await fetch(stack.subgraphs[subgraph].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-satupintu-identity': await signInternalToken(caller, subgraph) },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
        variables: { r: ids.map((id) => ({ __typename: typename, id })) },
      }),
    });
    const body = (await res.json()) as { data: { _entities: Array<Record<string, unknown> | null> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data._entities;
  }

  const unknownId = '00000000-0000-4000-8000-000000000000';

  it('families: Family and Person', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    expect(await entities('families', 'Family', [family.id, unknownId], 'id kkNumber')).toEqual([{ id: family.id, kkNumber: family.kkNumber }, null]);
    const person = family.members[0];
    expect(await entities('families', 'Person', [person.id, 'not-a-uuid'], 'id fullName')).toEqual([{ id: person.id, fullName: person.fullName }, null]);
  });

  it('services: Agency, Service, ServiceEpisode, and the Family and Person it extends', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const { episodes } = recordsOf(stack.world, family.id);
    const agency = stack.world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
    expect(await entities('services', 'Agency', [agency.id, unknownId], 'id code')).toEqual([{ id: agency.id, code: 'LK3-TANGSEL' }, null]);
    expect(await entities('services', 'Service', [agency.services[0].id], 'id name')).toEqual([{ id: agency.services[0].id, name: agency.services[0].name }]);
    expect(await entities('services', 'ServiceEpisode', [episodes[0].id, unknownId], 'id status')).toEqual([{ id: episodes[0].id, status: episodes[0].status }, null]);
    const [withEpisodes] = await entities('services', 'Family', [family.id], 'id serviceEpisodes { id }');
    expect((withEpisodes!.serviceEpisodes as unknown[]).length).toBe(episodes.length);
    const participant = episodes[0].participantIds[0];
    const [person] = await entities('services', 'Person', [participant], 'id serviceEpisodes { id }');
    expect((person!.serviceEpisodes as Array<{ id: string }>).map((e) => e.id)).toContain(episodes[0].id);
  });

  it('referrals: Referral, and the Family and Agency it extends', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const { referrals } = recordsOf(stack.world, family.id);
    expect(await entities('referrals', 'Referral', [referrals[0].id, unknownId], 'id status')).toEqual([{ id: referrals[0].id, status: referrals[0].status }, null]);
    const [f] = await entities('referrals', 'Family', [family.id], 'id referrals { id }');
    expect((f!.referrals as unknown[]).length).toBe(referrals.length);
    const [agency] = await entities('referrals', 'Agency', [referrals[0].toAgencyId], 'id incomingReferrals(first: 100) { totalCount }');
    expect((agency!.incomingReferrals as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });

  it('scheduling: Staff, Appointment, and the Family and Agency it extends', async () => {
    const family = fullProfileFamily(stack.world, '3674');
    const { appointments } = recordsOf(stack.world, family.id);
    const staff = stack.world.staff.find((s) => s.id === appointments[0].staffId)!;
    expect(await entities('scheduling', 'Staff', [staff.id, unknownId], 'id fullName')).toEqual([{ id: staff.id, fullName: staff.fullName }, null]);
    expect(await entities('scheduling', 'Appointment', [appointments[0].id], 'id kind')).toEqual([{ id: appointments[0].id, kind: appointments[0].kind }]);
    const [f] = await entities('scheduling', 'Family', [family.id], 'id appointments(window: ALL) { id }');
    expect((f!.appointments as unknown[]).length).toBe(appointments.length);
    const [agency] = await entities('scheduling', 'Agency', [staff.agencyId], 'id operatingSessions { dayOfWeek }');
    expect((agency!.operatingSessions as unknown[]).length).toBeGreaterThan(0);
  });
});
