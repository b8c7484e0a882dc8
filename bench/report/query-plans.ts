import { readFileSync } from 'node:fs';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';
import type { BenchQuery } from '../load/queries';

/** The fetches of a plan, and how many of them must wait for an earlier one (its waves after the first). */
export function planShape(plan: QueryPlan): { fetches: number; waves: number } {
  let fetches = 0;
  // A node's depth: how many fetches, one after another, it takes at the least.
  const depth = (node: unknown): number => {
    if (!node || typeof node !== 'object') return 0;
    const n = node as { kind: string; nodes?: unknown[]; node?: unknown };
    switch (n.kind) {
      case 'Fetch':
        fetches++;
        return 1;
      case 'Flatten':
        return depth(n.node);
      case 'Sequence':
        return (n.nodes ?? []).reduce<number>((sum, child) => sum + depth(child), 0);
      case 'Parallel':
        return Math.max(0, ...(n.nodes ?? []).map(depth));
      default:
        return (n.nodes ?? []).reduce<number>((most, child) => Math.max(most, depth(child)), n.node ? depth(n.node) : 0);
    }
  };
  const waves = depth(plan.node);
  return { fetches, waves };
}

/**
 * The query plan Apollo's planner (the one the gateway runs) makes for each query over this supergraph:
 * which fetches go to which subgraph and which must wait for which. Printed by `npm run bench -- --plan`.
 */
export function formatQueryPlans(supergraphFile: string, queries: readonly BenchQuery[]): string {
  const supergraph = Supergraph.build(readFileSync(supergraphFile, 'utf8'));
  const planner = new QueryPlanner(supergraph);
  return queries
    .map((q) => {
      const plan = planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(q.document)));
      const { fetches, waves } = planShape(plan);
      const shape = `${fetches} ${fetches === 1 ? 'fetch' : 'fetches'} in ${waves} ${waves === 1 ? 'wave' : 'waves'} one after another`;
      return `${q.name} ${q.title}: ${shape}\n${prettyFormatQueryPlan(plan)}`;
    })
    .join('\n\n');
}
