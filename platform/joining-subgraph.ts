import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DocumentNode } from 'graphql';
import { Caller } from './caller';
import { isProduction, MetricsListen } from './config';
import { formatError, UnauthenticatedError } from './errors';
import { HttpService, Readiness } from './http-service';
import { INTERNAL_HEADER, verifyIdentityToken } from './internal-token';
import { requestScope, setServiceName } from './logger';
import { MetricsListener, startMetricsListener } from './metrics';
import { requestMetricsPlugin } from './request-metrics';
import { rootFieldNames } from './root-field-names';

/**
 * The serving side of a subgraph that an agency system adds to SatuPintu (an adapter over its own case
 * system, or a subgraph with its own store). It holds none of SatuPintu's databases and no signing key:
 * it verifies the gateway's identity token with the public key (SATUPINTU_IDENTITY_PUBLIC_KEY, or the
 * gateway's published keys at SATUPINTU_IDENTITY_JWKS_URL) for its own name as the audience, before
 * any resolver runs, and answers through SatuPintu's masked errors. What it keeps of its own (its
 * store, its audit of every read of a family, its access rule) comes in through the options.
 */
export interface JoiningContext {
  caller: Caller;
  /** The gateway's request id: the id the caller's audit rows in every subgraph share. */
  requestId: string;
  /** The id the caller sent, when it sent one. */
  clientRequestId: string | null;
}

export interface JoiningSubgraphOptions<Ctx extends JoiningContext> {
  /** The subgraph's name in supergraph.yaml: the audience its identity tokens are addressed to. */
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Ctx>;
  /** The request's own parts (its DataLoaders, fresh for each request, and its audit trail). */
  context: (base: JoiningContext) => Ctx;
  /** Runs before each answer leaves (to write the request's audit rows); a failure fails the answer. */
  beforeAnswer?: (ctx: Ctx) => Promise<void>;
  readiness: () => Promise<Readiness>;
  /**
   * Where GET /metrics is served, apart from the subgraph's own port.
   * @default METRICS_PORT and METRICS_HOST (no metrics listener when METRICS_PORT is unset)
   */
  metrics?: MetricsListen;
}

export interface JoiningSubgraph {
  http: HttpService<JoiningContext>;
  start(port: number, host?: string): Promise<number>;
  stop(graceMs?: number): Promise<void>;
}

export function buildJoiningSubgraph<Ctx extends JoiningContext>(options: JoiningSubgraphOptions<Ctx>): JoiningSubgraph {
  setServiceName(options.name);
  const beforeAnswer: ApolloServerPlugin<Ctx> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          if (options.beforeAnswer && contextValue.caller) await options.beforeAnswer(contextValue);
        },
      };
    },
  };
  const apollo = new ApolloServer<Ctx>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }]),
    formatError,
    includeStacktraceInErrorResponses: false,
    // The service stops on SIGTERM itself, draining requests in flight first (stopOnSignals); Apollo's own
    // handler would stop the server under them and end the process by the signal instead of exit 0.
    stopOnTerminationSignals: false,
    introspection: !isProduction(),
    plugins: [beforeAnswer, ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), requestMetricsPlugin<Ctx>(rootFieldNames)],
    stringifyResult: (value) => JSON.stringify(value),
  });
  const http = new HttpService<Ctx>({
    name: options.name,
    apollo,
    async context(req, requestId) {
      const header = req.headers[INTERNAL_HEADER];
      const { caller, via } = await verifyIdentityToken(typeof header === 'string' ? header : undefined, options.name);
      // Only the gateway calls a joining subgraph: no SatuPintu subgraph is granted tokens for it.
      if (via) throw new UnauthenticatedError('requests must come through the SatuPintu gateway');
      return options.context({ caller, requestId, clientRequestId: requestScope.getStore()?.clientRequestId ?? null });
    },
    readiness: options.readiness,
  });
  let metrics: MetricsListener | undefined;
  return {
    http: http as unknown as HttpService<JoiningContext>,
    async start(port, host = '127.0.0.1') {
      await apollo.start();
      metrics = await startMetricsListener(options.metrics);
      return http.listen(port, host);
    },
    async stop(graceMs) {
      await http.stop(graceMs);
      await metrics?.stop();
    },
  };
}
