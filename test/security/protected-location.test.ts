import type { WorldFamily } from '../../demo/world-types';
import { demoUser, GraphQLAnswer, Stack, startStack } from '../support/stack';
import { indonesianFamily, nik, REGISTER } from '../families/registry-fixtures';

type Page = { families: { totalCount: number; edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const SEARCH = `query($filter: FamilyFilter, $first: Int, $after: String) {
  families(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const PERSONS = `query($name: String!, $regionCode: String, $birthDate: Date) { searchPersons(name: $name, regionCode: $regionCode, birthDate: $birthDate) { id family { id } } }`;
const DUPLICATES = `query($id: ID!) { possibleDuplicates(familyId: $id) { reasons person { id family { id } } } }`;

/**
 * A family fleeing violence, as anyone but its protecting agency meets it: found by name or number by
 * those who work with it, never by place, and with the region digits of its numbers masked. Every
 * filter, count, page, cursor, duplicate reason and error is tried against every protected demo family.
 */
describe('a protected family cannot be located', () => {
  let stack: Stack;
  let protectedFamilies: WorldFamily[];
  let attempts = 0;
  let answered = 0;

  beforeAll(async () => {
    stack = await startStack();
    protectedFamilies = stack.world.families.filter((f) => f.addressProtected);
    expect(protectedFamilies.length).toBeGreaterThanOrEqual(5);
  });
  afterAll(async () => {
    console.log(`protected-family location attempts: ${attempts}, answered with the family: ${answered}`);
    await stack.stop();
  });

  const OTHERS = ['lk3-counsellor', 'tangsel-manager', 'puskesos-operator', 'dukcapil-jember-officer', 'lk3-system'];
  const protectedIds = () => new Set(protectedFamilies.flatMap((f) => [f.id, ...f.members.map((m) => m.id)]));

  /** Every family id of a filtered search, all pages walked with the cursor; the count must equal what was paged. */
  async function walk(as: string, filter: Record<string, unknown>): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 50; page++) {
      const answer: GraphQLAnswer<Page> = await stack.query<Page>(demoUser(as), SEARCH, { filter, first: 7, after });
      expect(answer.errors).toBeUndefined();
      total = answer.data!.families.totalCount;
      ids.push(...answer.data!.families.edges.map((e) => e.node.id));
      if (!answer.data!.families.pageInfo.hasNextPage) break;
      after = answer.data!.families.pageInfo.endCursor;
    }
    expect(total).toBe(ids.length);
    return ids;
  }

  function tally(found: string[]) {
    attempts++;
    const hidden = protectedIds();
    if (found.some((id) => hidden.has(id))) answered++;
    return found.filter((id) => hidden.has(id));
  }

  it('is never matched by a region or district filter, at any prefix length, with any other filter, on any page', async () => {
    for (const as of OTHERS) {
      for (const family of protectedFamilies.slice(0, 4)) {
        const code = family.regionCode!;
        for (const prefix of [code.slice(0, 2), code.slice(0, 4), code.slice(0, 6), code]) {
          expect(tally(await walk(as, { regionCode: prefix }))).toEqual([]);
        }
        expect(tally(await walk(as, { district: code.slice(0, 6) }))).toEqual([]);
        expect(tally(await walk(as, { regionCode: code, name: family.members[0].fullName }))).toEqual([]);
        expect(tally(await walk(as, { regionCode: code, hasChildren: true }))).toEqual([]);
        expect(tally(await walk(as, { regionCode: code, hasChildren: false }))).toEqual([]);
      }
    }
  });

  it('is found by name only by those who work with it, and never with a region', async () => {
    for (const family of protectedFamilies) {
      const name = family.members[0].fullName;
      const lk3 = await stack.query<{ searchPersons: Array<{ id: string }> }>(demoUser('lk3-counsellor'), PERSONS, { name });
      expect(lk3.data!.searchPersons.map((p) => p.id)).toContain(family.members[0].id);
      for (const as of OTHERS) {
        for (const regionCode of [family.regionCode!, family.regionCode!.slice(0, 4)]) {
          const answer = await stack.query<{ searchPersons: Array<{ id: string }> }>(demoUser(as), PERSONS, { name, regionCode, birthDate: family.members[0].birthDate });
          expect(answer.errors).toBeUndefined();
          expect(tally(answer.data!.searchPersons.map((p) => p.id))).toEqual([]);
        }
      }
      for (const as of ['tangsel-manager', 'puskesos-operator']) {
        const answer = await stack.query<{ searchPersons: Array<{ id: string }> }>(demoUser(as), PERSONS, { name });
        expect(tally(answer.data!.searchPersons.map((p) => p.id))).toEqual([]);
      }
    }
  });

  it('refuses LIKE wildcards and malformed region codes instead of matching them', async () => {
    const family = protectedFamilies[0];
    const tricks = ['%', `%${family.regionCode!.slice(-4)}`, '36%', '3674__', '_674', '3674\\', '367', '36740510011', 'abcd', '3674 05'];
    for (const regionCode of tricks) {
      attempts++;
      const answer = await stack.query(demoUser('lk3-counsellor'), SEARCH, { filter: { regionCode } });
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.regionCode', rule: 'REGION_CODE_FORMAT' });
      const persons = await stack.query(demoUser('lk3-counsellor'), PERSONS, { name: family.members[0].fullName, regionCode });
      expect(persons.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode', rule: 'REGION_CODE_FORMAT' });
      if (JSON.stringify(persons.data ?? null).includes(family.members[0].id)) answered++;
    }
    const district = await stack.query(demoUser('lk3-counsellor'), SEARCH, { filter: { district: '%' } });
    expect(district.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.district', rule: 'DISTRICT_FORMAT' });
  });

  it('never gives SAME_REGION for a protected person, and never shows them to a stranger as a duplicate', async () => {
    for (const family of protectedFamilies.slice(0, 6)) {
      const member = family.members[0];
      // A namesake born the same day, registered in the same village: record linkage must not say where the protected one lives.
      for (const as of ['lk3-counsellor', 'puskesos-operator', 'tangsel-manager']) {
        const twin = { nik: nik(member.birthDate!, member.sex), fullName: member.fullName, sex: member.sex, birthDate: member.birthDate, relationship: 'HEAD' };
        const input = indonesianFamily({ address: { regionCode: family.regionCode }, members: [twin] });
        const answer = await stack.query<{ registerFamily: { duplicates: Array<{ reasons: string[]; person: { id: string } }> } }>(demoUser(as), REGISTER, { input });
        if (as === 'tangsel-manager') {
          expect(answer.errors![0].extensions!.code).toBe('FORBIDDEN');
          continue;
        }
        attempts++;
        const mine = answer.data!.registerFamily.duplicates.filter((d) => protectedIds().has(d.person.id));
        if (as === 'puskesos-operator') expect(mine).toEqual([]);
        if (mine.some((d) => d.reasons.includes('SAME_REGION')) || (as === 'puskesos-operator' && mine.length > 0)) answered++;
        for (const d of mine) expect(d.reasons).not.toContain('SAME_REGION');
      }
    }
    // possibleDuplicates of a neighbour in the same village.
    for (const family of protectedFamilies) {
      const neighbour = stack.world.families.find((f) => f.regionCode === family.regionCode && !f.addressProtected);
      if (!neighbour) continue;
      attempts++;
      const answer = await stack.query<{ possibleDuplicates: Array<{ reasons: string[]; person: { id: string } }> }>(demoUser('lk3-counsellor'), DUPLICATES, { id: neighbour.id });
      expect(answer.errors).toBeUndefined();
      const mine = answer.data!.possibleDuplicates.filter((d) => protectedIds().has(d.person.id));
      if (mine.some((d) => d.reasons.includes('SAME_REGION'))) answered++;
      for (const d of mine) expect(d.reasons).not.toContain('SAME_REGION');
    }
  });

  it('masks the region digits of its numbers and withholds its place in errors, except from the protecting agency', async () => {
    const family = protectedFamilies[0];
    const q = `{ f: family(id: "${family.id}") { kkNumber kkNumberHistory { kkNumber } members { nik } address { street village regionCode } } }`;
    const lk3 = await stack.query<{ f: { kkNumber: string; kkNumberHistory: Array<{ kkNumber: string }>; members: Array<{ nik: string }>; address: unknown } }>(demoUser('lk3-counsellor'), q);
    attempts++;
    expect(lk3.data!.f.kkNumber).toBe(`******${family.kkNumber!.slice(6)}`);
    expect(lk3.data!.f.kkNumberHistory.every((c) => c.kkNumber.startsWith('******'))).toBe(true);
    expect(lk3.data!.f.members.every((m) => m.nik.startsWith('******'))).toBe(true);
    expect(lk3.data!.f.address).toBeNull();
    const text = JSON.stringify(lk3);
    for (const leak of [family.regionCode!, family.regionCode!.slice(0, 6), family.street!, family.kkNumber!]) expect(text).not.toContain(leak);
    if (text.includes(family.regionCode!.slice(0, 6))) answered++;
    const uptd = await stack.query<{ f: { kkNumber: string; address: { regionCode: string } } }>(demoUser('uptd-ppa-case-manager'), q);
    expect(uptd.data!.f.kkNumber).toBe(family.kkNumber);
    expect(uptd.data!.f.address.regionCode).toBe(family.regionCode);
    // The protecting agency finds it by place as well.
    const own = await walk('uptd-ppa-case-manager', { regionCode: family.regionCode });
    expect(own).toContain(family.id);
  });

  it('counts: at least 40 location attempts, none answered', () => {
    expect(attempts).toBeGreaterThanOrEqual(40);
    expect(answered).toBe(0);
  });
});
