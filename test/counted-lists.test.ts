import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { areaCovers } from '../domain/area-coverage';
import { selectsField } from '../subgraphs/kit';
import { demoUser, Stack, startStack } from './support/stack';

interface Page {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string } }>;
}

/** The field `name` of a document's operation, with the document's fragments, as a resolver sees it. */
function resolving(document: string, name: string) {
  const doc = parse(document);
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const field = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === 'Field' && s.name.value === name)!;
  return { fieldNodes: [field], fragments };
}

describe('selectsField', () => {
  it('finds a sub-field asked for directly, through a named or an inline fragment, and only at its own level', () => {
    expect(selectsField(resolving('{ families { totalCount } }', 'families'), 'totalCount')).toBe(true);
    expect(selectsField(resolving('{ families { ...Counted } } fragment Counted on FamilyConnection { totalCount }', 'families'), 'totalCount')).toBe(true);
    expect(selectsField(resolving('{ families { ... on FamilyConnection { ... { totalCount } } } }', 'families'), 'totalCount')).toBe(true);
    expect(selectsField(resolving('{ families { edges { node { totalCount } } } }', 'families'), 'totalCount')).toBe(false);
    expect(selectsField(resolving('{ families { ...A } } fragment A on FamilyConnection { ...A pageInfo { hasNextPage } }', 'families'), 'totalCount')).toBe(false);
    expect(selectsField(resolving('{ families { total: pageInfo { hasNextPage } } }', 'families'), 'totalCount')).toBe(false);
  });
});

/**
 * A list counts its matches only when `totalCount` is asked for, and gives the same pages either way:
 * an agency system polling its inbox for new referrals pays for a count it does not read otherwise.
 */
describe('lists counted only when asked', () => {
  let stack: Stack;
  const manager = demoUser('tangsel-manager');
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  /** Every page of a list, following the cursors, with the statements each subgraph ran. */
  async function allPages(as: typeof manager, query: string, variables: Record<string, unknown>, pick: (data: Record<string, unknown>) => Page) {
    const db = { families: stack.subgraphs.families.subgraph.db, referrals: stack.subgraphs.referrals.subgraph.db };
    const before = { families: db.families.statements, referrals: db.referrals.statements };
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const answer = await stack.query(as, query, { ...variables, after });
      expect(answer.errors).toBeUndefined();
      const page = pick(answer.data!);
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { pages, statements: { families: db.families.statements - before.families, referrals: db.referrals.statements - before.referrals } };
  }

  const withoutCount = (pages: Page[]) => pages.map(({ totalCount: _count, ...page }) => page);

  it('reads an inbox page without counting it when totalCount is not asked for, and pages the same', async () => {
    const inbox = (fields: string) =>
      `query($agency: ID!, $after: String) { agency(id: $agency) { incomingReferrals(first: 2, after: $after) { ${fields} pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const pick = (data: Record<string, unknown>) => (data.agency as { incomingReferrals: Page }).incomingReferrals;
    // The manager sees each agency's inbox of the area's families: the fullest one.
    const inArea = stack.world.referrals.filter((r) => areaCovers(manager.area ?? [], r.familyRegion));
    const tally = new Map<string, number>();
    for (const r of inArea) tally.set(r.toAgencyId, (tally.get(r.toAgencyId) ?? 0) + 1);
    const [agency, expected] = [...tally].sort((a, b) => b[1] - a[1])[0];
    const counted = await allPages(manager, inbox('totalCount'), { agency }, pick);
    const uncounted = await allPages(manager, inbox(''), { agency }, pick);
    expect(counted.pages.length).toBeGreaterThan(1);
    expect(counted.pages.every((p) => p.totalCount === expected)).toBe(true);
    expect(withoutCount(counted.pages)).toEqual(uncounted.pages);
    // One statement fewer per page: the count.
    expect(counted.statements.referrals - uncounted.statements.referrals).toBe(counted.pages.length);
  });

  it('still refuses an inbox to a caller of another agency when totalCount is not asked for', async () => {
    const answer = await stack.query(demoUser('uptd-ppa-case-manager'), `query($agency: ID!) { agency(id: $agency) { incomingReferrals(first: 3) { edges { node { id } } } } }`, {
      agency: stack.world.agencies.find((a) => a.code === 'LK3-TANGSEL')!.id,
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(answer.data ?? null)).not.toMatch(/"node"/);
  });

  it.each([
    ['a region', { filter: { regionCode: '3674' } }],
    ['a name', { filter: { name: 'Siti' } }],
    ['a region and children', { filter: { regionCode: '3674', hasChildren: true } }],
  ])('gives the same pages of a family search by %s, counted or not', async (_label, variables) => {
    const search = (fields: string) =>
      `query($filter: FamilyFilter, $after: String) { families(filter: $filter, first: 7, after: $after) { ${fields} pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const pick = (data: Record<string, unknown>) => data.families as Page;
    const counted = await allPages(manager, search('totalCount'), variables, pick);
    const uncounted = await allPages(manager, search(''), variables, pick);
    const found = counted.pages.flatMap((p) => p.edges).length;
    expect(found).toBeGreaterThan(0);
    expect(counted.pages.every((p) => p.totalCount === found)).toBe(true);
    expect(withoutCount(counted.pages)).toEqual(uncounted.pages);
  });
});
