import { Random } from '../../demo/random';
import { INTERNAL_HEADER, SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { hiveIdentityHeader } from '../stack/hive-gateway';
import type { InternalTokens } from './bench-caller';
import type { Picks } from './picks';
import { BenchQuery, Q1, Q2, Q3, Q4 } from './queries';

/** Who answers: SatuPintu's gateway, Hive Gateway, the families subgraph alone, or the SQL floor. */
export type TargetKind = 'satupintu' | 'hive' | 'direct' | 'floor';

export const TARGET_LABELS: Record<TargetKind, string> = {
  satupintu: 'SatuPintu gateway',
  hive: 'Hive Gateway 2.15.1',
  direct: 'families subgraph (direct)',
  floor: 'SQL floor (4 statements)',
};

/** One thing the benchmark measures: a query sent to one target. */
export interface Target {
  key: string;
  kind: TargetKind;
  query: BenchQuery;
  url: string;
  headers: () => Record<string, string>;
  /** The request body for one pick (a family id, a district code or an agency id). */
  bodyFor: (pick: string) => string;
  /** A request body with a random pick. */
  body: () => string;
}

/** Where each target listens, and what the runs send. */
export interface TargetSetup {
  gatewayUrl: string;
  hiveUrl: string | null;
  familiesUrl: string;
  floorUrl: string;
  bearer: string;
  tokens: InternalTokens;
  picks: Picks;
}

/**
 * The benchmark's targets in their interleaved order: each query on SatuPintu's gateway and on Hive
 * Gateway side by side, Q1 also on the SQL floor and Q2 also on the families subgraph directly.
 * Every request carries a random pick (family id, district code or inbox agency) from a seeded stream.
 */
export function buildTargets(setup: TargetSetup): Target[] {
  const rng = new Random(20261123);
  const target = (kind: TargetKind, query: BenchQuery, url: string, headers: () => Record<string, string>, bodyFor: (pick: string) => string): Target => ({
    key: `${kind}-${query.name}`,
    kind,
    query,
    url,
    headers,
    bodyFor,
    body: () => bodyFor(rng.pick(setup.picks[query.pick])),
  });
  const graphql = (query: BenchQuery) => (pick: string) => JSON.stringify({ query: query.document, variables: { [query.variable]: pick } });
  const ours = (query: BenchQuery) => target('satupintu', query, setup.gatewayUrl, () => ({ authorization: `Bearer ${setup.bearer}` }), graphql(query));
  const hive = (query: BenchQuery): Target[] =>
    setup.hiveUrl ? [target('hive', query, setup.hiveUrl, () => Object.fromEntries(SUBGRAPH_NAMES.map((n) => [hiveIdentityHeader(n), setup.tokens.get(n)])), graphql(query))] : [];
  return [
    ours(Q1),
    ...hive(Q1),
    target(
      'floor',
      Q1,
      setup.floorUrl,
      () => ({}),
      (id) => JSON.stringify({ id }),
    ),
    ours(Q2),
    ...hive(Q2),
    target('direct', Q2, setup.familiesUrl, () => ({ [INTERNAL_HEADER]: setup.tokens.get('families') }), graphql(Q2)),
    ours(Q3),
    ...hive(Q3),
    ours(Q4),
    ...hive(Q4),
  ];
}
