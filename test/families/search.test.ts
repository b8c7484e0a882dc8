import { randomUUID } from 'node:crypto';
import { KNOWN_REGIONS } from '../../subgraphs/families/src/identifiers';
import type { WorldFamily } from '../../demo/world-types';
import { demoUser, Stack, startStack } from '../support/stack';
import { indonesianFamily, onlyError, REGISTER, VILLAGE } from './registry-fixtures';

type Page = { families: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: { id: string; createdAt: string } }> } };
const SEARCH = `query($filter: FamilyFilter, $first: Int, $after: String) {
  families(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id createdAt } } }
}`;
const PERSONS = `query($name: String!, $birthDate: Date, $regionCode: String, $first: Int) {
  searchPersons(name: $name, birthDate: $birthDate, regionCode: $regionCode, first: $first) { id fullName birthDate family { id } }
}`;

/** Misspellings a registry operator makes: a letter dropped or typed twice in the last word, the words swapped. */
function misspellings(name: string): Record<string, string> {
  const words = name.split(' ');
  const last = words[words.length - 1];
  const i = Math.floor(last.length / 2);
  return {
    'a dropped letter': [...words.slice(0, -1), last.slice(0, i) + last.slice(i + 1)].join(' '),
    'a doubled letter': [...words.slice(0, -1), last.slice(0, i) + last[i] + last.slice(i)].join(' '),
    'the words swapped': [...words].reverse().join(' '),
  };
}

describe('family search through the gateway', () => {
  let stack: Stack;
  let uniqueHeads: WorldFamily[];

  beforeAll(async () => {
    stack = await startStack();
    const count = new Map<string, number>();
    for (const f of stack.world.families) for (const m of f.members) count.set(m.fullName, (count.get(m.fullName) ?? 0) + 1);
    // Heads whose name no one else in the demo world bears: the right answer to a search is then one family.
    // In Hong Kong, those of the districts the demo ChildPRO worker's team serves (the registry is need to know).
    const team = stack.world.agencies.find((a) => a.code === 'CHILDPRO-3')!;
    uniqueHeads = stack.world.families.filter(
      (f) => count.get(f.members[0].fullName) === 1 && f.members[0].fullName.includes(' ') && (f.jurisdiction === 'ID' || team.areaServed.includes(f.hkDistrict!)),
    );
  });
  afterAll(() => stack.stop());

  // A civil registry officer searches names across the jurisdiction; a ChildPRO worker those of the team's districts.
  const caller = (f: WorldFamily) => demoUser(f.jurisdiction === 'HK' ? 'childpro-worker' : 'dukcapil-jember-officer');

  async function firstHit(f: WorldFamily, name: string): Promise<string | undefined> {
    const answer = await stack.query<Page>(caller(f), SEARCH, { filter: { name }, first: 5 });
    expect(answer.errors).toBeUndefined();
    return answer.data!.families.edges[0]?.node.id;
  }

  it('finds the right family first by a misspelled member name on the demo data', async () => {
    const picks = uniqueHeads.filter((f) => f.jurisdiction === 'ID').slice(0, 8);
    expect(picks).toHaveLength(8);
    for (const family of picks) {
      for (const [kind, name] of Object.entries(misspellings(family.members[0].fullName))) {
        expect([kind, name, await firstHit(family, name)]).toEqual([kind, name, family.id]);
      }
    }
  });

  it('finds names written in the old spelling (oe for u, dj for j, j for y) and in any case', async () => {
    const family = uniqueHeads.find((f) => f.jurisdiction === 'ID' && /u/.test(f.members[0].fullName) && /y/.test(f.members[0].fullName))!;
    const old = family.members[0].fullName.replace(/u/g, 'oe').replace(/y/g, 'j');
    expect(await firstHit(family, old)).toBe(family.id);
    expect(await firstHit(family, family.members[0].fullName.toUpperCase())).toBe(family.id);
    const registered = await stack.query<{ registerFamily: { family: { id: string } } }>(demoUser('lk3-counsellor'), REGISTER, {
      input: indonesianFamily({ members: [{ ...(indonesianFamily().members as Array<Record<string, unknown>>)[0], fullName: 'Djoko Tjahjono Soeprapto' }] }),
    });
    const id = registered.data!.registerFamily.family.id;
    const answer = await stack.query<Page>(demoUser('lk3-counsellor'), SEARCH, { filter: { name: 'Joko Cahyono Suprapto' }, first: 3 });
    expect(answer.data!.families.edges[0].node.id).toBe(id);
  });

  it('ranks the right family first for most misspellings of every distinct head name', async () => {
    let first = 0;
    for (const family of uniqueHeads) {
      if ((await firstHit(family, misspellings(family.members[0].fullName)['a dropped letter'])) === family.id) first++;
    }
    const rate = first / uniqueHeads.length;
    console.log(`misspelled-name search: the right family first for ${first} of ${uniqueHeads.length} names (${(rate * 100).toFixed(1)}%)`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('pages through rows created within one millisecond without skipping or repeating any', async () => {
    const used = new Set([VILLAGE, ...stack.world.families.map((f) => f.regionCode)]);
    const village = KNOWN_REGIONS.find((r) => r.level === 'VILLAGE' && r.code.startsWith('3674') && !used.has(r.code))!.code;
    const ids = Array.from({ length: 7 }, () => randomUUID());
    // Seven families in the same millisecond, a microsecond apart: a cursor that went through a
    // JavaScript Date would lose the microseconds and skip the rest of the millisecond.
    await stack.subgraphs.families.subgraph.db.query(
      `INSERT INTO family (id, jurisdiction, region_code, created_at)
       SELECT id, 'ID', $2, timestamptz '2026-02-01 03:04:05.123000+00' + (n * interval '1 microsecond')
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
      [ids, village],
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const answer: { data?: Page | null } = await stack.query<Page>(demoUser('lk3-counsellor'), SEARCH, { filter: { regionCode: village }, first: 2, after });
      const families = answer.data!.families;
      expect(families.totalCount).toBe(page === 0 ? 7 : 8);
      seen.push(...families.edges.map((e) => e.node.id));
      if (page === 0) {
        // A family added while paging is newer than the cursor: it neither shifts nor repeats the pages.
        await stack.subgraphs.families.subgraph.db.query(`INSERT INTO family (id, jurisdiction, region_code) VALUES ($1, 'ID', $2)`, [randomUUID(), village]);
      }
      if (!families.pageInfo.hasNextPage) break;
      after = families.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it('pages through a name search without repeating a family, and counts them all', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 40; page++) {
      const answer: { data?: Page | null } = await stack.query<Page>(demoUser('dukcapil-jember-officer'), SEARCH, { filter: { name: 'Siti' }, first: 4, after });
      total = answer.data!.families.totalCount;
      seen.push(...answer.data!.families.edges.map((e) => e.node.id));
      if (!answer.data!.families.pageInfo.hasNextPage) break;
      after = answer.data!.families.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(4);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses a cursor it did not hand out, and one of another search', async () => {
    const page = await stack.query<Page>(demoUser('lk3-counsellor'), SEARCH, { filter: { name: 'Siti' }, first: 2 });
    const other = onlyError(await stack.query(demoUser('lk3-counsellor'), SEARCH, { filter: { name: 'Budi' }, first: 2, after: page.data!.families.pageInfo.endCursor }));
    expect(other.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'CURSOR' });
    const garbage = onlyError(await stack.query(demoUser('lk3-counsellor'), SEARCH, { first: 2, after: 'eyJ4IjoxfQ' }));
    expect(garbage.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'CURSOR' });
  });

  it('searches persons by a misspelled name, narrowed by birth date and region', async () => {
    const family = uniqueHeads.find((f) => f.regionCode?.startsWith('3509') && !f.addressProtected)!;
    const head = family.members[0];
    const name = misspellings(head.fullName)['a dropped letter'];
    const answer = await stack.query<{ searchPersons: Array<{ id: string; fullName: string; family: { id: string } }> }>(demoUser('dukcapil-jember-officer'), PERSONS, {
      name,
      birthDate: head.birthDate,
    });
    expect(answer.data!.searchPersons).toEqual([{ id: head.id, fullName: head.fullName, birthDate: head.birthDate, family: { id: family.id } }]);
    const inRegion = await stack.query<{ searchPersons: Array<{ id: string }> }>(demoUser('dukcapil-jember-officer'), PERSONS, { name, regionCode: family.regionCode!.slice(0, 4) });
    expect(inRegion.data!.searchPersons[0].id).toBe(head.id);
    const elsewhere = await stack.query<{ searchPersons: Array<{ id: string }> }>(demoUser('lk3-counsellor'), PERSONS, { name, regionCode: '9999' });
    expect(elsewhere.data!.searchPersons).toEqual([]);
    const hk = await stack.query<{ searchPersons: unknown[] }>(demoUser('childpro-worker'), PERSONS, { name: head.fullName });
    expect(hk.data!.searchPersons.map((p) => (p as { id: string }).id)).not.toContain(head.id);
    const tooMany = onlyError(await stack.query(demoUser('lk3-counsellor'), PERSONS, { name, first: 101 }));
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', rule: 'PAGE_SIZE' });
  });
});
