import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fetch as undiciFetch } from 'undici';
import {
  CorsPolicy,
  formatError,
  GraphQLHttpParams,
  HttpService,
  isProduction,
  MetricsListen,
  MetricsListener,
  requestMetricsPlugin,
  requestScope,
  startMetricsListener,
  SUBGRAPH_NAMES,
  subgraphUrl,
  tracedByOpenTelemetry,
} from '../../platform';
import {
  corsPolicy,
  maxBodyBytes,
  RateLimitSettings,
  rateLimitSettings,
  requestDeadlineMs,
  subgraphBatching,
  subgraphTimeoutMs,
  subgraphUrlOverride,
  supergraphFile,
  supergraphPollMs,
} from './gateway-config';
import { armor } from './armor';
import { AuthOptions, createAuthenticator } from './authenticate';
import { AgencyServiceAreas } from './agency-service-areas';
import { GatewayContext } from './gateway-context';
import { registeredOperationName } from './gateway-metrics';
import { identityKeysRoute } from './identity-keys-route';
import { SubgraphDataSource } from './subgraph-data-source';
import { SupergraphFile } from './supergraph-source';
import { OperationManifest, persistedOnly, persistedOperationsFromEnv } from './persisted-operations';
import { RateLimiter } from './rate-limiter';
import { requestChecks } from './request-checks';
import { childTraceparent } from './trace-context';
import { appOperationsByHash, demoSignInFromEnv, oidcSignInFromEnv, webAppOperations, webAppRoutes, WebAppOptions } from './web-app';

/** Options for the gateway. */
export interface GatewayOptions {
  /** Subgraph name → GraphQL URL. Defaults: `<NAME>_URL`, else the supergraph's routing URL. */
  subgraphUrls?: Record<string, string>;
  auth: AuthOptions;
  /** Browser access from other origins. Default: GATEWAY_CORS_ORIGINS. */
  cors?: CorsPolicy;
  /**
   * Timeout of one subgraph request, in milliseconds.
   * @default 5000 (GATEWAY_SUBGRAPH_TIMEOUT_MS)
   */
  subgraphTimeoutMs?: number;
  /**
   * Whole-request deadline, in milliseconds.
   * @default 15000 (GATEWAY_REQUEST_DEADLINE_MS)
   */
  requestDeadlineMs?: number;
  /**
   * The supergraph SDL to serve, fixed.
   * @default the GATEWAY_SUPERGRAPH_FILE file (schema/supergraph.graphql), reloaded when it changes
   */
  supergraphSdl?: string;
  /** The supergraph file to serve and watch, when no supergraphSdl is given. Default: GATEWAY_SUPERGRAPH_FILE. */
  supergraphFile?: string;
  /**
   * Accept only the operations of this manifest.
   * @default the SATUPINTU_PERSISTED_OPERATIONS file when SATUPINTU_PERSISTED_ONLY=true (a setting
   * that cannot be applied throws here, so the gateway does not start)
   */
  persistedOperations?: OperationManifest;
  /**
   * The managers' web app at /app.
   * @default the build in dist/app, with the demo sign-in when SATUPINTU_DEMO_SIGN_IN=true (refused
   * under NODE_ENV=production)
   */
  webApp?: WebAppOptions;
  /**
   * Request-rate limits per caller, agency system and client address, counted before the operation is
   * parsed. Default: the GATEWAY_RATE_LIMIT_* settings (off while no limit is set), shared with the
   * other replicas through GATEWAY_DATABASE_URL when that is set.
   */
  rateLimits?: RateLimitSettings;
  /**
   * Where GET /metrics is served, apart from the gateway's own port.
   * @default METRICS_PORT and METRICS_HOST (no metrics listener when METRICS_PORT is unset)
   */
  metrics?: MetricsListen;
}

/** The persisted-operations check (when on), then the request checks: each sees what the one before returned. */
function requestRewrite(...steps: Array<((request: GraphQLHttpParams) => GraphQLHttpParams) | undefined>) {
  return (request: GraphQLHttpParams) => steps.reduce((r, step) => (step ? step(r) : r), request);
}

/** The built gateway: Apollo gateway behind the kit's HTTP service. */
export interface Gateway {
  http: HttpService<GatewayContext>;
  start(port: number, host?: string): Promise<number>;
  stop(graceMs?: number): Promise<void>;
}

/**
 * Builds the gateway: verifies callers, applies the abuse limits, plans each query over the static
 * supergraph, and calls the subgraphs with the caller's identity.
 */
export function buildGateway(options: GatewayOptions): Gateway {
  const webApp = options.webApp ?? { demoSignIn: demoSignInFromEnv(options.auth), oidc: oidcSignInFromEnv(options.auth) };
  const appOperations = webAppOperations(webApp.dir);
  const registered = options.persistedOperations ?? persistedOperationsFromEnv();
  // The app's own operations are registered wherever the app is served, so it works under SATUPINTU_PERSISTED_ONLY too.
  const persistedOperations = registered && appOperations ? { operations: { ...registered.operations, ...appOperations.operations } } : registered;
  const given = options.subgraphUrls ?? {};
  const timeoutMs = options.subgraphTimeoutMs ?? subgraphTimeoutMs();
  // SatuPintu's own subgraphs take batched requests from the gateway; a joining subgraph gets each fetch alone.
  const batching = subgraphBatching();
  const batches = (name: string) => batching && (SUBGRAPH_NAMES as readonly string[]).includes(name);
  // Asked only when a subgraph request is about to be sent, so a refused query costs no look-up.
  const serviceAreas = new AgencyServiceAreas({ servicesUrl: given.services ?? subgraphUrl('services') });
  // The subgraphs of the supergraph being served, as the gateway reaches them (readiness asks each).
  const routed = new Map<string, string>();
  const source = options.supergraphSdl === undefined ? new SupergraphFile(options.supergraphFile ?? supergraphFile(), supergraphPollMs()) : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: source ?? options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = given[name] ?? subgraphUrlOverride(name) ?? url!;
      routed.set(name, target);
      return new SubgraphDataSource(name, target, timeoutMs, serviceAreas, batches(name));
    },
  });
  // A subgraph dropped from a reloaded supergraph leaves readiness with it.
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    const names = new Set([...coreSupergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]));
    for (const name of routed.keys()) if (!names.has(name)) routed.delete(name);
  });
  const limits = armor();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    introspection: !isProduction(),
    includeStacktraceInErrorResponses: false,
    // The service stops on SIGTERM itself, draining requests in flight first (stopOnSignals); Apollo's own
    // handler would stop the server under them and end the process by the signal instead of exit 0.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Cache-control hints are unused (answers about families are never cached) and cost a wrapper on every field.
    plugins: [
      ...(limits.plugins as ApolloServerPlugin<GatewayContext>[]),
      ApolloServerPluginCacheControlDisabled(),
      // Only the registered operations' names label the metrics; a caller's own names would be free text.
      requestMetricsPlugin<GatewayContext>(registeredOperationName(persistedOperations ?? appOperations)),
    ],
    stringifyResult: (value) => JSON.stringify(value),
    validationRules: limits.validationRules,
  });
  const appRoutes = webAppRoutes({ ...webApp, persistedOnly: persistedOperations !== undefined });
  const rateLimiter = RateLimiter.fromSettings(options.rateLimits ?? rateLimitSettings());
  const authenticate = rateLimiter ? rateLimiter.authenticating(createAuthenticator(options.auth)) : createAuthenticator(options.auth);
  const http = new HttpService<GatewayContext>({
    name: 'gateway',
    apollo,
    edge: true,
    maxBodyBytes: maxBodyBytes(),
    cors: options.cors ?? corsPolicy(),
    deadlineMs: options.requestDeadlineMs ?? requestDeadlineMs(),
    // Every request, GET or POST, one operation or a batch, passes the same checks before Apollo reads it.
    rewriteRequest: requestRewrite(
      persistedOperations ? persistedOnly(persistedOperations) : appOperations ? appOperationsByHash(appOperations) : undefined,
      requestChecks({ maxTokens: limits.maxTokens }),
    ),
    routes: async (req, res, path) => (await identityKeysRoute(req, res, path)) || appRoutes(req, res, path),
    async context(req, requestId) {
      const clientRequestId = requestScope.getStore()?.clientRequestId ?? null;
      return { caller: await authenticate(req), requestId, clientRequestId, traceparent: tracedByOpenTelemetry() ? null : childTraceparent(req.headers.traceparent) };
    },
    async readiness() {
      const checks: Record<string, string> = {};
      await Promise.all(
        [...routed].map(async ([name, url]) => {
          try {
            const res = await undiciFetch(url.replace(/\/graphql$/, '/health/ready'), { signal: AbortSignal.timeout(1000) });
            checks[name] = res.ok ? 'ready' : 'not ready';
          } catch {
            checks[name] = 'unreachable';
          }
        }),
      );
      if (source) checks.supergraph = source.state.lastReloadError ? `serving ${source.state.served}; reload failed: ${source.state.lastReloadError}` : `serving ${source.state.served}`;
      // The gateway serves (with partial answers) whatever subgraphs are up; it is ready once started.
      return { ready: true, checks };
    },
  });
  let metrics: MetricsListener | undefined;
  return {
    http,
    async start(port, host = '127.0.0.1') {
      await apollo.start();
      metrics = await startMetricsListener(options.metrics);
      return http.listen(port, host);
    },
    async stop(graceMs) {
      await http.stop(graceMs);
      await rateLimiter?.close();
      await metrics?.stop();
    },
  };
}
