import { randomUUID } from 'node:crypto';
import { clock } from '../../subgraphs/kit';
import { demoUser, Stack, startStack, TestClaims } from '../support/stack';
import { hongKongFamily, REGISTER } from '../families/registry-fixtures';

const TEAMS = `query($serves: String, $code: String) {
  agencies(kind: CHILD_PROTECTION_SUPPORT_TEAM, serves: $serves, code: $code) { id code areaServed referralAreaPolicy }
}`;
const AGENCIES = `query($serves: String, $kind: AgencyKind) { agencies(serves: $serves, kind: $kind) { id code } }`;
const CREATE = `mutation($input: CreateReferralInput!) {
  createReferral(input: $input) { replayed warnings { rule message } referral { id status toAgency { id } } }
}`;

interface Agency {
  id: string;
  code: string;
  areaServed: string[];
  referralAreaPolicy: string;
}
interface Created {
  replayed: boolean;
  warnings: Array<{ rule: string; message: string }>;
  referral: { id: string; status: string; toAgency: { id: string } };
}
interface Family {
  id: string;
  members: Array<{ id: string }>;
}

/**
 * Routing a referral to the team that serves the family: an FCPSU social worker finds the ChildPRO team
 * of the family's district in the directory and refers the family to it; a referral to a team that does
 * not serve the district is made with a warning, or refused by a team that asks for that.
 */
describe('routing a referral to the team serving the family', () => {
  let stack: Stack;
  let fcpsu: TestClaims;
  let kowloonCity: Family;
  let tko: Family;

  const register = async (hkDistrict: string, street: string): Promise<Family> => {
    const answer = await stack.query<{ registerFamily: { family: Family } }>(fcpsu, REGISTER, { input: hongKongFamily({ address: { street, hkDistrict } }) });
    expect(answer.errors).toBeUndefined();
    return answer.data!.registerFamily.family;
  };
  const teamsServing = async (serves: string) => {
    const answer = await stack.query<{ agencies: Agency[] }>(fcpsu, TEAMS, { serves });
    expect(answer.errors).toBeUndefined();
    return answer.data!.agencies;
  };
  const consentAt = new Date(clock.nowMs() - 3_600_000).toISOString();
  const refer = (family: Family, toAgencyId: string, idempotencyKey = `routing-${randomUUID()}`) => {
    const head = family.members[0].id;
    return stack.query<{ createReferral: Created }>(fcpsu, CREATE, {
      input: {
        idempotencyKey,
        familyId: family.id,
        subjectIds: [head],
        toAgencyId,
        needCategory: 'CHILD_PROTECTION',
        urgency: 'URGENT',
        reason: 'Harsh discipline of the children reported by the school; the parents asked for parenting support.',
        consent: { givenById: head, relationship: 'SELF', givenAt: consentAt, scope: 'Sharing the family’s records with the ChildPRO team' },
      },
    });
  };
  const referralRows = async () => Number((await stack.subgraphs.referrals.subgraph.db.query<{ n: string }>('SELECT count(*) AS n FROM referral'))[0].n);

  beforeAll(async () => {
    stack = await startStack();
    fcpsu = demoUser('fcpsu-referrer');
    kowloonCity = await register('Kowloon City', 'Ho Man Tin Estate');
    tko = await register('Tseung Kwan O', 'Po Lam Estate');
  });
  afterAll(() => stack.stop());

  it('lists the ChildPRO teams by the leaflet, each with its referral area policy (WARN unless set)', async () => {
    const teams = (await stack.query<{ agencies: Agency[] }>(fcpsu, TEAMS, {})).data!.agencies;
    expect(teams.map((t) => t.code).sort()).toEqual(['CHILDPRO-1', 'CHILDPRO-2', 'CHILDPRO-3', 'CHILDPRO-4', 'CHILDPRO-5', 'CHILDPRO-6']);
    expect(teams.every((t) => t.referralAreaPolicy === 'WARN')).toBe(true);
    expect(teams.find((t) => t.code === 'CHILDPRO-2')!.areaServed).toEqual(['Kwun Tong', 'Tseung Kwan O', 'Sai Kung']);
  });

  it('finds the one team serving each place, a service area by its district and a district by all its parts', async () => {
    const codes = async (place: string) => (await teamsServing(place)).map((t) => t.code);
    expect(await codes('Kowloon City')).toEqual(['CHILDPRO-3']);
    expect(await codes('Tseung Kwan O')).toEqual(['CHILDPRO-2']);
    expect(await codes('Sai Kung')).toEqual(['CHILDPRO-2']);
    expect(await codes('Tsing Yi')).toEqual(['CHILDPRO-4']);
    expect(await codes('Kwai Tsing')).toEqual(['CHILDPRO-4']);
    expect(await codes('Islands')).toEqual(['CHILDPRO-1']);
  });

  it('finds an agency by its exact code, and refuses a place it cannot read', async () => {
    const byCode = await stack.query<{ agencies: Agency[] }>(fcpsu, TEAMS, { code: 'CHILDPRO-5' });
    expect(byCode.data!.agencies.map((a) => a.code)).toEqual(['CHILDPRO-5']);
    expect((await stack.query<{ agencies: Agency[] }>(fcpsu, TEAMS, { code: 'childpro-5' })).data!.agencies).toEqual([]);
    const refused = await stack.query(fcpsu, TEAMS, { serves: 'Shatin' });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serves', rule: 'SERVES_FORMAT' });
  });

  it('lets an SLRT desk find the civil registry serving its family’s village (a missing KK goes to Dispendukcapil)', async () => {
    const desk = stack.world.agencies.find((a) => a.code === 'PUSKESOS-JBR-KEPANJEN')!;
    const village = stack.world.families.find((f) => f.regionCode === desk.regionCode)?.regionCode ?? desk.regionCode!;
    const answer = await stack.query<{ agencies: Array<{ code: string }> }>(demoUser('puskesos-operator'), AGENCIES, { serves: village, kind: 'CIVIL_REGISTRY' });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.agencies.map((a) => a.code)).toEqual(['DUKCAPIL-JBR']);
  });

  it('refers a family to the team found for its district without a warning', async () => {
    const [team] = await teamsServing('Kowloon City');
    const answer = await refer(kowloonCity, team.id);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createReferral).toMatchObject({ replayed: false, warnings: [], referral: { status: 'SUBMITTED', toAgency: { id: team.id } } });
  });

  it('serves a family registered in Tseung Kwan O by team 2, without a warning', async () => {
    const [team] = await teamsServing('Tseung Kwan O');
    expect(team.code).toBe('CHILDPRO-2');
    const answer = await refer(tko, team.id);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.createReferral.warnings).toEqual([]);
  });

  it('makes a referral to a team not serving the district with an OUTSIDE_SERVICE_AREA warning that names no place', async () => {
    const [team3] = (await stack.query<{ agencies: Agency[] }>(fcpsu, TEAMS, { code: 'CHILDPRO-3' })).data!.agencies;
    const key = `routing-${randomUUID()}`;
    const answer = await refer(tko, team3.id, key);
    expect(answer.errors).toBeUndefined();
    const created = answer.data!.createReferral;
    expect(created.referral.status).toBe('SUBMITTED');
    expect(created.warnings).toHaveLength(1);
    expect(created.warnings[0].rule).toBe('OUTSIDE_SERVICE_AREA');
    expect(created.warnings[0].message).not.toMatch(/Tseung Kwan O|Sai Kung|Po Lam/);
    // A retry answers with the first referral; nothing new is written, so there is nothing new to warn of.
    const retry = await refer(tko, team3.id, key);
    expect(retry.data!.createReferral).toMatchObject({ replayed: true, warnings: [], referral: { id: created.referral.id } });
  });

  it('refuses a referral outside the area of a team whose policy is REFUSE, writing nothing', async () => {
    // The team's row is in the services subgraph's reference cache before its policy changes; the
    // referrals subgraph's check reads it fresh all the same.
    const [team5] = (await stack.query<{ agencies: Agency[] }>(fcpsu, TEAMS, { code: 'CHILDPRO-5' })).data!.agencies;
    const cached = await stack.query<{ agency: Agency }>(fcpsu, `query($id: ID!) { agency(id: $id) { id referralAreaPolicy } }`, { id: team5.id });
    expect(cached.data!.agency.referralAreaPolicy).toBe('WARN');
    await stack.subgraphs.services.subgraph.db.query(`UPDATE agency SET referral_area_policy = 'REFUSE' WHERE code = 'CHILDPRO-5'`);
    const [changed] = (await stack.query<{ agencies: Agency[] }>(fcpsu, TEAMS, { code: 'CHILDPRO-5' })).data!.agencies;
    expect(changed.referralAreaPolicy).toBe('REFUSE');
    const before = await referralRows();
    const answer = await refer(kowloonCity, team5.id);
    expect(answer.data).toBeNull();
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toAgencyId', rule: 'OUTSIDE_SERVICE_AREA' });
    expect(answer.errors![0].message).not.toMatch(/Kowloon City|Ho Man Tin/);
    expect(await referralRows()).toBe(before);
  });
});
