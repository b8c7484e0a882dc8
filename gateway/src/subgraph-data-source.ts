import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, fetch as undiciFetch } from 'undici';
import { signInternalToken, INTERNAL_HEADER, logger } from '../../subgraphs/kit';
import { GatewayContext } from './gateway-context';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** One keep-alive connection pool for all subgraph requests (the default fetcher has no timeout). */
const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 64, pipelining: 1 });

/**
 * How the gateway calls one subgraph: over undici with keep-alive and a per-subgraph timeout,
 * carrying the caller's identity as a short-lived token addressed to that subgraph, the request id
 * and the trace context. A subgraph that is down or too slow answers as an error at its part of the
 * query (code and serviceName, no address), so the other subgraphs' data still reaches the caller.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init: Parameters<typeof undiciFetch>[1]) =>
        undiciFetch(input, { ...init, dispatcher: agent, signal: AbortSignal.timeout(this.timeoutMs) })) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!('caller' in context) || !context.caller) return;
    const headers = request.http!.headers;
    headers.set(INTERNAL_HEADER, await signInternalToken(context.caller, this.serviceName));
    headers.set('x-request-id', context.requestId);
    if (context.traceparent) headers.set('traceparent', context.traceparent);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError' || /timeout|aborted/i.test((err as Error).message);
      logger.warn({ subgraph: this.serviceName, err: (err as Error).message }, 'subgraph request failed');
      return {
        errors: [
          {
            message: timedOut ? `the ${this.serviceName} service did not answer in time` : `the ${this.serviceName} service is unavailable`,
            extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE' },
          },
        ],
      };
    }
  }
}
