import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fetch as undiciFetch } from 'undici';
import { CorsPolicy, formatError, GraphQLHttpParams, HttpService, isProduction, repoPath, requestScope } from '../../platform';
import { corsPolicy, maxBodyBytes, requestDeadlineMs, subgraphTimeoutMs, subgraphUrls } from './gateway-config';
import { armor } from './armor';
import { AuthOptions, createAuthenticator } from './authenticate';
import { AgencyServiceAreas } from './agency-service-areas';
import { GatewayContext } from './gateway-context';
import { SubgraphDataSource } from './subgraph-data-source';
import { OperationManifest, persistedOnly, persistedOperationsFromEnv } from './persisted-operations';
import { requestChecks } from './request-checks';
import { childTraceparent } from './trace-context';
import { appOperationsByHash, demoSignInFromEnv, oidcSignInFromEnv, webAppOperations, webAppRoutes, WebAppOptions } from './web-app';

/** Options for the gateway. */
export interface GatewayOptions {
  /** Subgraph name → GraphQL URL. Defaults: `<NAME>_URL`, else the embedded ports on 127.0.0.1. */
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
   * The supergraph SDL to serve.
   * @default the committed schema/supergraph.graphql
   */
  supergraphSdl?: string;
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
}

/** The persisted-operations check (when on), then the request checks: each sees what the one before returned. */
function requestRewrite(...steps: Array<((request: GraphQLHttpParams) => GraphQLHttpParams) | undefined>) {
  return (request: GraphQLHttpParams) => steps.reduce((r, step) => (step ? step(r) : r), request);
}

/** The subgraphs' URLs from the environment (gateway-config.ts). */
export function subgraphUrlsFromEnv(): Record<string, string> {
  return subgraphUrls();
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
  const urls = options.subgraphUrls ?? subgraphUrlsFromEnv();
  const timeoutMs = options.subgraphTimeoutMs ?? subgraphTimeoutMs();
  // Asked only when a subgraph request is about to be sent, so a refused query costs no look-up.
  const serviceAreas = new AgencyServiceAreas({ servicesUrl: urls.services });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readFileSync(repoPath('schema', 'supergraph.graphql'), 'utf8'),
    buildService: ({ name }) => new SubgraphDataSource(name, urls[name], timeoutMs, serviceAreas),
  });
  const limits = armor();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    introspection: !isProduction(),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Cache-control hints are unused (answers about families are never cached) and cost a wrapper on every field.
    plugins: [...(limits.plugins as ApolloServerPlugin<GatewayContext>[]), ApolloServerPluginCacheControlDisabled()],
    stringifyResult: (value) => JSON.stringify(value),
    validationRules: limits.validationRules,
  });
  const authenticate = createAuthenticator(options.auth);
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
    routes: webAppRoutes({ ...webApp, persistedOnly: persistedOperations !== undefined }),
    async context(req, requestId) {
      const clientRequestId = requestScope.getStore()?.clientRequestId ?? null;
      return { caller: await authenticate(req), requestId, clientRequestId, traceparent: childTraceparent(req.headers.traceparent) };
    },
    async readiness() {
      const checks: Record<string, string> = {};
      await Promise.all(
        Object.entries(urls).map(async ([name, url]) => {
          try {
            const res = await undiciFetch(url.replace(/\/graphql$/, '/health/ready'), { signal: AbortSignal.timeout(1000) });
            checks[name] = res.ok ? 'ready' : 'not ready';
          } catch {
            checks[name] = 'unreachable';
          }
        }),
      );
      // The gateway serves (with partial answers) whatever subgraphs are up; it is ready once started.
      return { ready: true, checks };
    },
  });
  return {
    http,
    async start(port, host = '127.0.0.1') {
      await apollo.start();
      return http.listen(port, host);
    },
    stop: (graceMs) => http.stop(graceMs),
  };
}
