import { demoUser, Stack, startStack } from '../support/stack';
import { bulkInsertFamilies } from './bulk-families';

const SEARCH = `query($name: String!) {
  families(filter: { name: $name }, first: 20) { totalCount edges { node { id kkNumber members { fullName relationship } } } }
}`;
const RUNS = 50;
/** The 100,000-family measurement takes a few minutes on two cores; it runs when FAMILIES_LATENCY_100K=1. */
const LARGE = process.env.FAMILIES_LATENCY_100K === '1';

/** A letter dropped from the middle of the last word: the misspelling searched for. */
function misspell(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1];
  const i = Math.floor(last.length / 2);
  return [...words.slice(0, -1), last.slice(0, i) + last.slice(i + 1)].join(' ');
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

describe('family name search latency through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  /** Median and p99 of RUNS requests through the gateway (after 5 unmeasured warm-up requests). */
  async function time(query: string, variables: (run: number) => Record<string, unknown>): Promise<{ median: number; p99: number }> {
    for (let run = 0; run < 5; run++) await stack.query(demoUser('lk3-counsellor'), query, variables(run));
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = process.hrtime.bigint();
      const answer = await stack.query(demoUser('lk3-counsellor'), query, variables(run));
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      expect(answer.errors).toBeUndefined();
    }
    samples.sort((a, b) => a - b);
    return { median: percentile(samples, 50), p99: percentile(samples, 99) };
  }

  async function measure(label: string, names: string[]): Promise<{ median: number; p99: number }> {
    const family = stack.world.families[0];
    const baseline = await time(`query($id: ID!) { family(id: $id) { id } }`, () => ({ id: family.id }));
    const result = await time(SEARCH, (run) => ({ name: names[run % names.length] }));
    const families = await stack.subgraphs.families.subgraph.db.query<{ n: string }>(`SELECT count(*) AS n FROM family`);
    console.log(
      `${label}: ${families[0].n} families, ${RUNS} misspelled-name searches: median ${result.median.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms` +
        ` (a family look-up by id through the same gateway: median ${baseline.median.toFixed(1)} ms, p99 ${baseline.p99.toFixed(1)} ms)`,
    );
    return result;
  }

  const names = () => stack.world.families.filter((f) => f.jurisdiction === 'ID').map((f) => misspell(f.members[0].fullName));

  it('answers a misspelled-name search on the demo data in well under a second', async () => {
    const { p99 } = await measure('demo data', names());
    expect(p99).toBeLessThan(1000);
  });

  (LARGE ? it : it.skip)(
    'answers it on 100,000 generated families in well under a second',
    async () => {
      const started = Date.now();
      await bulkInsertFamilies(stack.subgraphs.families.subgraph.db, 100_000);
      const counts = await stack.subgraphs.families.subgraph.db.query<{ families: string; persons: string }>(
        `SELECT (SELECT count(*) FROM family) AS families, (SELECT count(*) FROM person) AS persons`,
      );
      console.log(`bulk insert: ${counts[0].families} families, ${counts[0].persons} persons in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const { p99 } = await measure('100,000 generated families', names());
      expect(p99).toBeLessThan(1000);
    },
    600_000,
  );
});
