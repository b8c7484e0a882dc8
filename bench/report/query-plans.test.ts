import { repoPath } from '../../subgraphs/kit';
import { Q1, Q2, Q3, Q4 } from '../load/queries';
import { formatQueryPlans } from './query-plans';

describe('the query plans the bench prints', () => {
  it('counts the fetches and the waves one after another of each query over the composed supergraph', () => {
    const printed = formatQueryPlans(repoPath('schema', 'supergraph.graphql'), [Q1, Q2, Q3, Q4]);
    // Q2 is the families subgraph's alone; Q3 asks the services subgraph for the page's episodes after it.
    expect(printed).toMatch(/^Q2 family \+ members: 1 fetch in 1 wave one after another$/m);
    expect(printed).toMatch(/^Q3 search page of 20: 2 fetches in 2 waves one after another$/m);
    const q1 = /^Q1 unified profile: (\d+) fetches in (\d+) waves/m.exec(printed)!;
    expect(Number(q1[1])).toBeGreaterThanOrEqual(5);
    expect(Number(q1[2])).toBeGreaterThanOrEqual(2);
    expect(printed).toContain('Fetch(service: "scheduling")');
  });
});
