import { demoUser, Stack, startStack, TestClaims } from '../support/stack';
import { FAMILY_FIELDS, hongKongFamily, REGISTER } from './registry-fixtures';

const BY_CASE_REFERENCE = `query($ref: String!) { familyByCaseReference(caseReference: $ref) { id caseReference address { district } } }`;
const BY_HKID = `query($hkid: String!) { personByHkid(hkid: $hkid) { id hkid family { id } } }`;
const FAMILY = `query($id: ID!) { family(id: $id) { id address { district } } }`;

interface Registered {
  id: string;
  caseReference: string;
  address: { district: string | null };
  members: Array<{ id: string; hkid: string | null }>;
}

/**
 * A Hong Kong address may name a service area within a district (Tseung Kwan O in Sai Kung), and the
 * areas that decide who sees a family follow the one containment rule of domain/area-coverage.ts. The
 * look-ups by case reference and by HKID answer as those by No. KK and NIK do: the family or person in
 * the caller's view, "registered" only outside it, audited either way.
 */
describe('Hong Kong places and the look-ups by case reference and HKID', () => {
  let stack: Stack;
  let fcpsu: TestClaims;
  /** Staff of an agency serving Kwun Tong only (IFSC Kwun Tong), next door to Tseung Kwan O. */
  let kwunTong: TestClaims;
  /** Staff of ChildPRO team 2, whose area names Kwun Tong, Tseung Kwan O and Sai Kung. */
  let team2: TestClaims;
  let tko: Registered;
  /** The head's HKID as registered (the registry shows it masked to staff without REGISTRY_OFFICER). */
  let hkidOfHead: string;
  const headHkid = () => hkidOfHead;

  const staffOf = (code: string, sub: string): TestClaims => {
    const agency = stack.world.agencies.find((a) => a.code === code)!;
    return { sub, agency: agency.id, roles: ['AGENCY_STAFF'], jur: 'HK' };
  };

  beforeAll(async () => {
    stack = await startStack();
    fcpsu = demoUser('fcpsu-referrer');
    kwunTong = staffOf('IFSC-KT', 'test-ifsc-kt');
    team2 = staffOf('CHILDPRO-2', 'test-childpro-2');
    const input = hongKongFamily({ address: { street: 'Po Lam Estate', hkDistrict: 'Tseung Kwan O' } });
    hkidOfHead = (input.members as Array<{ hkid?: string }>)[0].hkid!;
    const answer = await stack.query<{ registerFamily: { family: Registered } }>(fcpsu, REGISTER, { input });
    expect(answer.errors).toBeUndefined();
    tko = answer.data!.registerFamily.family;
  });
  afterAll(() => stack.stop());

  it('registers a family in Tseung Kwan O, and keeps refusing names that are no place', async () => {
    expect(tko.address.district).toBe('Tseung Kwan O');
    for (const hkDistrict of ['Shatin', 'tseung kwan o', 'Eastern and Wan Chai']) {
      const refused = await stack.query(fcpsu, REGISTER, { input: hongKongFamily({ address: { street: 'x', hkDistrict } }) });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address.hkDistrict', rule: 'HK_DISTRICT_UNKNOWN' });
    }
    expect(FAMILY_FIELDS).toContain('caseReference');
  });

  it('shows a family in Tseung Kwan O to the team serving it, and to a manager of Sai Kung, the district containing it', async () => {
    const byTeam = await stack.query<{ family: { id: string } | null }>(team2, FAMILY, { id: tko.id });
    expect(byTeam.data!.family).toEqual({ id: tko.id, address: { district: 'Tseung Kwan O' } });
    const manager: TestClaims = { sub: 'test-sai-kung-manager', agency: team2.agency, roles: ['AREA_MANAGER'], jur: 'HK', area: ['Sai Kung'] };
    expect((await stack.query<{ family: { id: string } | null }>(manager, FAMILY, { id: tko.id })).data!.family?.id).toBe(tko.id);
  });

  it('finds a family in Tseung Kwan O by that place and by Sai Kung, the district containing it, and not by Kwun Tong', async () => {
    const SEARCH = `query($district: String!) { families(filter: { jurisdiction: HK, district: $district }, first: 100) { edges { node { id } } } }`;
    const found = async (district: string) => {
      const answer = await stack.query<{ families: { edges: Array<{ node: { id: string } }> } }>(team2, SEARCH, { district });
      expect(answer.errors).toBeUndefined();
      return answer.data!.families.edges.map((e) => e.node.id);
    };
    expect(await found('Tseung Kwan O')).toContain(tko.id);
    expect(await found('Sai Kung')).toContain(tko.id);
    expect(await found('Kwun Tong')).not.toContain(tko.id);
  });

  it('does not show a family in Tseung Kwan O to an agency serving only Kwun Tong', async () => {
    const read = await stack.query<{ family: unknown }>(kwunTong, FAMILY, { id: tko.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.family).toBeNull();
    const manager: TestClaims = { sub: 'test-kwun-tong-manager', agency: kwunTong.agency, roles: ['AREA_MANAGER'], jur: 'HK', area: ['Kwun Tong'] };
    expect((await stack.query<{ family: unknown }>(manager, FAMILY, { id: tko.id })).data!.family).toBeNull();
  });

  it('finds a family by its case reference and a person by their HKID within the view, audited as reads', async () => {
    const family = await stack.query<{ familyByCaseReference: { id: string; caseReference: string } | null }>(fcpsu, BY_CASE_REFERENCE, { ref: `  ${tko.caseReference} ` });
    expect(family.errors).toBeUndefined();
    expect(family.data!.familyByCaseReference).toMatchObject({ id: tko.id, caseReference: tko.caseReference });
    const person = await stack.query<{ personByHkid: { id: string; family: { id: string } } | null }>(fcpsu, BY_HKID, { hkid: headHkid().replace(/[()]/g, '') });
    expect(person.errors).toBeUndefined();
    expect(person.data!.personByHkid).toMatchObject({ id: tko.members[0].id, family: { id: tko.id } });
    const reads = await stack.subgraphs.families.subgraph.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE $1 = ANY(family_ids) AND outcome <> 'DENIED' AND subject = $2`, [
      tko.id,
      fcpsu.sub,
    ]);
    expect(Number(reads[0].n)).toBeGreaterThan(0);
  });

  it('answers "registered" only to a caller outside the view, names nothing, and audits the refusal', async () => {
    const family = await stack.query<{ familyByCaseReference: unknown }>(kwunTong, BY_CASE_REFERENCE, { ref: tko.caseReference });
    expect(family.data!.familyByCaseReference).toBeNull();
    expect(family.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NEED_TO_KNOW', registered: true });
    const person = await stack.query<{ personByHkid: unknown }>(kwunTong, BY_HKID, { hkid: headHkid() });
    expect(person.data!.personByHkid).toBeNull();
    expect(person.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NEED_TO_KNOW', registered: true });
    for (const error of [...family.errors!, ...person.errors!]) expect(error.message).not.toMatch(/Tseung Kwan O|Po Lam|FCPSU/);
    const denied = await stack.subgraphs.families.subgraph.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE $1 = ANY(family_ids) AND outcome = 'DENIED' AND subject = $2`, [
      tko.id,
      kwunTong.sub,
    ]);
    expect(Number(denied[0].n)).toBeGreaterThanOrEqual(2);
  });

  it('finds nothing from another jurisdiction, and null for what is not registered', async () => {
    const lk3 = demoUser('lk3-counsellor');
    const family = await stack.query<{ familyByCaseReference: unknown }>(lk3, BY_CASE_REFERENCE, { ref: tko.caseReference });
    expect(family).toMatchObject({ data: { familyByCaseReference: null } });
    expect(family.errors).toBeUndefined();
    const person = await stack.query<{ personByHkid: unknown }>(lk3, BY_HKID, { hkid: headHkid() });
    expect(person.errors).toBeUndefined();
    expect(person.data!.personByHkid).toBeNull();
    expect((await stack.query(fcpsu, BY_CASE_REFERENCE, { ref: 'SWD/FCW/1999/NONE' })).data).toEqual({ familyByCaseReference: null });
  });

  it('refuses a malformed HKID or case reference with its rule', async () => {
    const hkid = await stack.query(fcpsu, BY_HKID, { hkid: 'A123456(4)' });
    expect(hkid.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hkid', rule: 'HKID_CHECK_DIGIT' });
    const empty = await stack.query(fcpsu, BY_CASE_REFERENCE, { ref: '   ' });
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseReference', rule: 'CASE_REFERENCE_EMPTY' });
    const long = await stack.query(fcpsu, BY_CASE_REFERENCE, { ref: 'X'.repeat(61) });
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseReference', rule: 'CASE_REFERENCE_LENGTH' });
  });
});
