import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, request as undiciRequest } from 'undici';
import { formatPeerTokens, signInternalToken, INTERNAL_HEADER, logger, PEER_TOKENS_HEADER, peersOf, SubgraphName } from '../../platform';
import { AgencyServiceAreas } from './agency-service-areas';
import { GatewayContext } from './gateway-context';
import { subgraphFetchDuration, subgraphFetchErrors } from './gateway-metrics';
import { BATCH_HEADER, SubgraphBatcher } from './subgraph-batch';
import { failureErrors, refusalOf, SubgraphRefusal } from './subgraph-failure';

/** One keep-alive connection pool for all subgraph requests (the default fetcher has no timeout). */
const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 64, pipelining: 1 });

/**
 * The data source's fetcher on undici's request API and the keep-alive pool: cheaper per call than
 * the fetch API (no stream-backed Response), which matters at a dozen subgraph calls per profile.
 * One timer bounds the whole call, answer and body.
 */
function undiciFetcher(timeoutMs: number) {
  return async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error(`subgraph request timeout after ${timeoutMs} ms`)), timeoutMs);
    let res: Awaited<ReturnType<typeof undiciRequest>>;
    let text: string;
    try {
      res = await undiciRequest(url, { method: (init.method ?? 'POST') as 'POST', headers: init.headers, body: init.body, dispatcher: agent, signal: abort.signal });
      text = await res.body.text();
    } finally {
      clearTimeout(timer);
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
    return {
      ok: res.statusCode >= 200 && res.statusCode < 300,
      status: res.statusCode,
      statusText: String(res.statusCode),
      url,
      headers,
      text: async () => text,
      json: async () => JSON.parse(text) as unknown,
    };
  };
}

/** A subgraph operation that is a mutation (the gateway's query plans send each as its own document). */
const MUTATION = /^\s*mutation\b/;

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * How the gateway calls one subgraph: over undici with keep-alive and a per-subgraph timeout,
 * carrying the caller's identity as a short-lived token addressed to that subgraph, the request id
 * and the trace context; the queries of one request that leave at the same moment share one HTTP request
 * (subgraph-batch.ts). A subgraph that is down or too slow answers as an error at its part of the
 * query (code and serviceName, no address), so the other subgraphs' data still reaches the caller.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    timeoutMs: number,
    /** Fills in the caller's agency service area (cached per agency) before the identity token is signed. */
    private readonly serviceAreas?: AgencyServiceAreas,
    /** Whether the queries of one request sent at the same moment share one batched HTTP request. */
    private readonly batching = false,
  ) {
    const fetcher = batching ? new SubgraphBatcher(undiciFetcher(timeoutMs), INTERNAL_HEADER).fetch : undiciFetcher(timeoutMs);
    super({ url, fetcher: fetcher as unknown as RemoteGraphQLDataSource['fetcher'] });
    // The error series exists from the start at zero, so that a rate over it is defined before the first failure.
    subgraphFetchErrors.inc({ subgraph: serviceName }, 0);
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('caller' in context) || !context.caller) return;
    const headers = request.http!.headers;
    const caller = this.serviceAreas ? await this.serviceAreas.complete(context.caller) : context.caller;
    headers.set(INTERNAL_HEADER, await signInternalToken(caller, this.serviceName));
    // A write checks the records it names with its peers as the same caller; subgraphs cannot sign
    // identity, so the gateway grants tokens for exactly the peers this subgraph declares, for mutations only.
    const peers = peersOf(this.serviceName);
    const mutation = MUTATION.test(request.query ?? '');
    if (this.batching && !mutation) headers.set(BATCH_HEADER, context.requestId);
    if (peers.length > 0 && mutation) {
      const via = this.serviceName as SubgraphName;
      const tokens = new Map(await Promise.all(peers.map(async (peer) => [peer, await signInternalToken(caller, peer, via)] as const)));
      headers.set(PEER_TOKENS_HEADER, formatPeerTokens(tokens));
    }
    headers.set('x-request-id', context.requestId);
    if (context.clientRequestId) headers.set('x-client-request-id', context.clientRequestId);
    if (context.traceparent) headers.set('traceparent', context.traceparent);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const labels = { subgraph: this.serviceName };
    const timer = subgraphFetchDuration.startTimer(labels);
    try {
      return await super.process(options);
    } catch (err) {
      if (!(err instanceof SubgraphRefusal)) {
        subgraphFetchErrors.inc(labels);
        logger.warn({ subgraph: this.serviceName, err: (err as Error).message }, 'subgraph request failed');
      }
      return { errors: failureErrors(this.serviceName, err, options) };
    } finally {
      timer();
    }
  }

  /** A 4xx answer with GraphQL errors is the caller's input refused; only other failures are outages. */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    const body: unknown = await Promise.resolve(this.parseBody(response)).catch(() => undefined);
    return refusalOf(response.status, body) ?? (await super.errorFromResponse(response));
  }
}
