import type { BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { Counter, Histogram } from 'prom-client';
import { LATENCY_BUCKETS, metricsRegistry } from '../../platform';
import type { OperationManifest } from './persisted-operations';

/** The gateway's calls to each subgraph: how long one takes, from the query plan's fetch to its answer. */
export const subgraphFetchDuration = new Histogram({
  name: 'satupintu_gateway_subgraph_fetch_duration_seconds',
  help: "Time of one fetch of a query plan from a subgraph, batched or alone, by subgraph (the supergraph's name for it).",
  labelNames: ['subgraph'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

/** Fetches a subgraph did not answer; a subgraph's refusal of the caller's own input is not one. */
export const subgraphFetchErrors = new Counter({
  name: 'satupintu_gateway_subgraph_fetch_errors_total',
  help: "Fetches from a subgraph that failed (unreachable, too slow, a 5xx or an answer that is not GraphQL, the gateway's identity refused), by subgraph.",
  labelNames: ['subgraph'] as const,
  registers: [metricsRegistry],
});

/**
 * Names a gateway request's operation for the metrics: its own name when the document is one the
 * gateway has registered (the persisted operations, the web app's operations), which bounds the label
 * to those names; any other document, whatever it calls itself, is "other" (an empty answer).
 */
export function registeredOperationName<Ctx extends BaseContext>(manifest: OperationManifest | undefined): (request: GraphQLRequestContextDidResolveOperation<Ctx>) => string[] {
  const registered = new Set(Object.values(manifest?.operations ?? {}));
  return ({ source, operation }) => (operation?.name && registered.has(source) ? [operation.name.value] : []);
}
