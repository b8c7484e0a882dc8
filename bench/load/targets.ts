import { Random } from '../../demo/random';
import { INTERNAL_HEADER, SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { hiveIdentityHeader } from '../stack/hive-gateway';
import type { InternalTokens } from './bench-caller';
import type { Picks } from './picks';
import { BenchQuery, Q1, Q2, Q3, Q4 } from './queries';

/**
 * Who answers: SatuPintu's gateway, the same on the smaller dataset (10,000 families, for the cost as
 * data grows), Hive Gateway, the families subgraph alone, or the SQL floor.
 */
export type TargetKind = 'satupintu' | 'smaller' | 'hive' | 'direct' | 'floor';

export const TARGET_LABELS: Record<TargetKind, string> = {
  satupintu: 'SatuPintu gateway',
  smaller: 'SatuPintu, 10,000 families',
  hive: 'Hive Gateway 2.15.1',
  direct: 'families subgraph (direct)',
  floor: 'SQL floor (4 statements)',
};

/** One thing the benchmark measures: a query sent to one target. */
export interface Target {
  key: string;
  kind: TargetKind;
  query: BenchQuery;
  /** Which running SatuPintu answers (and whose processes' CPU the run reads): the main dataset's or the smaller one's. */
  stack: 'main' | 'smaller';
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
  /** SatuPintu on the smaller dataset, with that dataset's picks (full runs only). */
  smaller?: { gatewayUrl: string; picks: Picks };
}

/**
 * The benchmark's targets in their interleaved order: each query on SatuPintu's gateway and on Hive
 * Gateway side by side, Q1 also on the SQL floor and Q2 also on the families subgraph directly, Q1
 * and Q4 also on the smaller dataset when there is one.
 * Every request carries a random pick (family id, district code or inbox agency) from a seeded stream.
 */
export function buildTargets(setup: TargetSetup): Target[] {
  const rng = new Random(20261123);
  const target = (kind: TargetKind, query: BenchQuery, url: string, headers: () => Record<string, string>, bodyFor: (pick: string) => string, picks = setup.picks): Target => ({
    key: `${kind}-${query.name}`,
    kind,
    query,
    stack: kind === 'smaller' ? 'smaller' : 'main',
    url,
    headers,
    bodyFor,
    body: () => bodyFor(rng.pick(picks[query.pick])),
  });
  const graphql = (query: BenchQuery) => (pick: string) => JSON.stringify({ query: query.document, variables: { [query.variable]: pick } });
  const bearer = () => ({ authorization: `Bearer ${setup.bearer}` });
  const ours = (query: BenchQuery) => target('satupintu', query, setup.gatewayUrl, bearer, graphql(query));
  const smaller = (query: BenchQuery): Target[] => (setup.smaller ? [target('smaller', query, setup.smaller.gatewayUrl, bearer, graphql(query), setup.smaller.picks)] : []);
  const hive = (query: BenchQuery): Target[] =>
    setup.hiveUrl ? [target('hive', query, setup.hiveUrl, () => Object.fromEntries(SUBGRAPH_NAMES.map((n) => [hiveIdentityHeader(n), setup.tokens.get(n)])), graphql(query))] : [];
  return [
    ours(Q1),
    ...smaller(Q1),
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
    ...smaller(Q4),
    ...hive(Q4),
  ];
}
