import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, Histogram } from 'prom-client';
import { LATENCY_BUCKETS, metricsRegistry } from './metrics';

/**
 * How a GraphQL request ended, for the request metrics:
 * - `ok`: answered without errors;
 * - `refused`: the caller was told no (not signed in, not allowed, input that breaks a rule, a document
 *   that does not parse or validate, a limit): an HTTP 4xx, or errors whose codes are the caller's;
 * - `error`: SatuPintu failed the caller (an internal error, a subgraph down or too slow, the deadline):
 *   an HTTP 5xx, or an error with such a code, even beside partial data.
 */
export type RequestOutcome = 'ok' | 'refused' | 'error';

/** The label of a request whose operation is not a known one (not registered, or never resolved against the schema). */
export const OTHER_OPERATION = 'other';

/** The label of a request that asks for more than one root field of a subgraph. */
export const SEVERAL_OPERATIONS = 'several';

/** Codes that mean SatuPintu, not the caller, failed; an error without a code counts as one too. */
const FAILURE_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'SOURCE_UNAVAILABLE', 'REQUEST_TIMEOUT', 'SERVICE_UNAVAILABLE']);

const RANK: Record<RequestOutcome, number> = { ok: 0, refused: 1, error: 2 };

const requests = new Counter({
  name: 'satupintu_requests_total',
  help: 'GraphQL requests served, by service, operation (a registered operation at the gateway, root fields in a subgraph, else "other") and outcome (ok, refused, error).',
  labelNames: ['service', 'operation', 'outcome'] as const,
  registers: [metricsRegistry],
});

const requestDuration = new Histogram({
  name: 'satupintu_request_duration_seconds',
  help: 'Time from a GraphQL request arriving to its answer leaving, by service, operation and outcome.',
  labelNames: ['service', 'operation', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

/** What one request's metrics are made of, filled in as the request is served. */
interface RequestMeasure {
  operations: Set<string>;
  outcome: RequestOutcome;
}

/** The request being measured, set by the HTTP service so that the Apollo plugin can name its operation and outcome. */
const measureScope = new AsyncLocalStorage<RequestMeasure>();

/** The worse of two outcomes. */
function worse(a: RequestOutcome, b: RequestOutcome): RequestOutcome {
  return RANK[b] > RANK[a] ? b : a;
}

/** The outcome the errors of an answer say. */
export function outcomeOfErrors(errors: readonly GraphQLFormattedError[] | undefined): RequestOutcome {
  if (!errors || errors.length === 0) return 'ok';
  return errors.some((e) => typeof e.extensions?.code !== 'string' || FAILURE_CODES.has(e.extensions.code)) ? 'error' : 'refused';
}

/** The outcome an HTTP status says. */
function outcomeOfStatus(status: number): RequestOutcome {
  return status >= 500 ? 'error' : status >= 400 ? 'refused' : 'ok';
}

/**
 * Runs one GraphQL request's work and counts it when it is answered (or its deadline passes): its
 * latency, its operation as the plugin named it, and the worse of the outcome its errors and its
 * HTTP status say.
 */
export async function measureRequest(service: string, status: () => number, work: () => Promise<void>): Promise<void> {
  const measure: RequestMeasure = { operations: new Set(), outcome: 'ok' };
  const started = process.hrtime.bigint();
  try {
    await measureScope.run(measure, work);
  } finally {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const { operations } = measure;
    const operation = operations.size === 0 ? OTHER_OPERATION : operations.size === 1 ? [...operations][0] : SEVERAL_OPERATIONS;
    const labels = { service, operation, outcome: worse(measure.outcome, outcomeOfStatus(status())) };
    requests.inc(labels);
    requestDuration.observe(labels, seconds);
  }
}

/**
 * The Apollo plugin that names each operation of a measured request for the metrics (`operationOf`
 * answers from a bounded set: no names, empty for "other") and notes the outcome its errors say. A
 * batched request counts once, under the union of its operations' names.
 */
export function requestMetricsPlugin<Ctx extends BaseContext>(operationOf: (request: GraphQLRequestContextDidResolveOperation<Ctx>) => readonly string[]): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      const measure = measureScope.getStore();
      if (!measure) return;
      return {
        async didResolveOperation(request) {
          for (const name of operationOf(request)) measure.operations.add(name);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          measure.outcome = worse(measure.outcome, outcomeOfErrors(errors));
        },
      };
    },
  };
}
