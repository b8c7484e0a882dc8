import { readFileSync } from 'node:fs';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { AuditTrail, ReadAuditWriter } from './audit';
import { Caller } from '../../platform/caller';
import { clockOffsetMs } from '../../platform/clock';
import { isProduction, MetricsListen } from '../../platform/config';
import { Database } from './database';
import { formatError, ForbiddenError } from '../../platform/errors';
import { HttpService, MAX_SUBGRAPH_BATCH } from '../../platform/http-service';
import { INTERNAL_HEADER, parsePeerTokens, PEER_TOKENS_HEADER, verifyIdentityToken } from '../../platform/internal-token';
import { peerCallRule } from './peer-call-rule';
import { keepPeerTokens } from './peer-grants';
import { logger, requestScope, setServiceName } from '../../platform/logger';
import { MetricsListener, startMetricsListener } from '../../platform/metrics';
import { requestMetricsPlugin } from '../../platform/request-metrics';
import { rootFieldNames } from '../../platform/root-field-names';
import { repoPath } from '../../platform/paths';
import { scalarResolvers } from './scalars';
import { auditWriteDuration, unwatchDatabase, watchDatabase } from './subgraph-metrics';
import { peersOf, SubgraphName } from '../../platform/subgraph-names';

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<Loaders, Repos = unknown> {
  caller: Caller;
  /** The peer subgraph asking on the caller's behalf (a granted peer token); null when the gateway asks. */
  via: SubgraphName | null;
  requestId: string;
  db: Database;
  /**
   * Request-scoped DataLoaders: fresh for each request, so what one request read is never handed to
   * another. The one exception is reference rows that are the same for every caller (agencies, the
   * service catalogue, the staff directory), which a loader may read through a process-wide
   * ReferenceCache; the access rules still run on them in each request.
   */
  loaders: Loaders;
  /** The repositories that services read through outside a transaction (the loaders batch over them). */
  repos: Repos;
  audit: AuditTrail;
}

/** What a subgraph builds for each request: its repositories and the DataLoaders over them. */
export interface RequestStores<Loaders, Repos> {
  repos: Repos;
  loaders: Loaders;
}

/** Options for building one subgraph. */
export interface SubgraphOptions<Loaders, Repos> {
  name: SubgraphName;
  db: Database;
  // The generated Resolvers type of each subgraph is structurally a resolver map; the kit only hands it on.
  resolvers: object;
  /**
   * The request's repositories and loaders (each subgraph's `createRequestStores` in context.ts); `via`
   * is the peer subgraph asking for a reference check, null when the gateway asks.
   */
  stores: (db: Database, caller: Caller, via: SubgraphName | null) => RequestStores<Loaders, Repos>;
  /**
   * Checks of the subgraph's own that /health/ready lists beside the database's; they inform
   * operators (e.g. `warn`) and do not take the service out of rotation.
   */
  readinessChecks?: (db: Database) => Promise<Record<string, unknown>>;
  /**
   * Where GET /metrics is served, apart from the subgraph's own port.
   * @default METRICS_PORT and METRICS_HOST (no metrics listener when METRICS_PORT is unset)
   */
  metrics?: MetricsListen;
}

/** A built subgraph: its Apollo server behind the kit's HTTP service. */
export interface Subgraph {
  name: SubgraphName;
  db: Database;
  http: HttpService<SubgraphContext<unknown>>;
  /** Runs migrations, starts Apollo and listens; resolves with the port. */
  start(port: number, host?: string): Promise<number>;
  /** Graceful stop: finish requests in flight, then close the database pool. */
  stop(graceMs?: number): Promise<void>;
}

/** Writes each request's audit entries before its response leaves (reads grouped with other requests' by `reads`). */
function auditPlugin(reads: ReadAuditWriter): ApolloServerPlugin<SubgraphContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          const { audit, db } = contextValue;
          if (audit.isEmpty) return;
          const timer = auditWriteDuration.startTimer({ service: db.options.name, commit: audit.readsOnly ? 'async' : 'durable' });
          try {
            await audit.flush(db, reads);
          } finally {
            timer();
          }
        },
      };
    },
  };
}

/** Builds a subgraph from its SDL file in schema/, its resolvers and its loaders. */
export function buildSubgraph<Loaders, Repos>(options: SubgraphOptions<Loaders, Repos>): Subgraph {
  const { name, db } = options;
  setServiceName(name);
  const typeDefs = parse(readFileSync(repoPath('schema', `${name}.graphql`), 'utf8'));
  const resolvers = { ...scalarResolvers, ...options.resolvers } as GraphQLResolverMap<SubgraphContext<Loaders, Repos>>;
  const apollo = new ApolloServer<SubgraphContext<Loaders, Repos>>({
    schema: buildSubgraphSchema([{ typeDefs, resolvers }]),
    formatError,
    includeStacktraceInErrorResponses: false,
    // The service stops on SIGTERM itself, draining requests in flight first (stopOnSignals); Apollo's own
    // handler would stop the server under them and end the process by the signal instead of exit 0.
    stopOnTerminationSignals: false,
    // The gateway sends the queries of one request that leave together as one list, run with one
    // context so that their DataLoaders batch together; the HTTP service bounds the list.
    allowBatchedHttpRequests: true,
    introspection: !isProduction(),
    // Inline traces (ftv1) are for Apollo's usage reporting, which SatuPintu does not send; cache-control
    // hints are unused (answers about families are never cached) and cost a wrapper on every field.
    plugins: [
      auditPlugin(new ReadAuditWriter(db.asyncCommit)) as ApolloServerPlugin<SubgraphContext<Loaders, Repos>>,
      peerCallRule as ApolloServerPlugin<SubgraphContext<Loaders, Repos>>,
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestMetricsPlugin<SubgraphContext<Loaders, Repos>>(rootFieldNames),
    ],
    // Compact JSON: the gateway is the only reader.
    stringifyResult: (value) => JSON.stringify(value),
  });
  let migrated = false;
  let metrics: MetricsListener | undefined;
  const http = new HttpService<SubgraphContext<Loaders, Repos>>({
    name,
    apollo,
    maxBatch: MAX_SUBGRAPH_BATCH,
    async context(req, requestId, batch) {
      const header = req.headers[INTERNAL_HEADER];
      const { caller, via } = await verifyIdentityToken(typeof header === 'string' ? header : undefined, name);
      // Only the gateway batches: a peer's request runs one operation, so that the peer-call rule sees each.
      if (batch.operations > 0 && via) throw new ForbiddenError(`a request from the ${via} service may not batch operations`);
      // Peer tokens come only with a request from the gateway; a peer's request cannot pass any on.
      const granted = req.headers[PEER_TOKENS_HEADER];
      if (!via && typeof granted === 'string') keepPeerTokens(parsePeerTokens(granted, peersOf(name)));
      return { caller, via, requestId, db, ...options.stores(db, caller, via), audit: new AuditTrail(caller, requestId, requestScope.getStore()?.clientRequestId ?? null) };
    },
    async readiness() {
      const database = migrated && (await db.ping());
      const own = database && options.readinessChecks ? await options.readinessChecks(db) : {};
      return { ready: database, checks: { migrations: migrated ? 'done' : 'pending', database: database ? 'up' : 'down', ...own } };
    },
  });
  return {
    name,
    db,
    http: http as unknown as HttpService<SubgraphContext<unknown>>,
    async start(port, host) {
      clockOffsetMs();
      const ran = await db.migrate();
      if (ran.length) logger.info({ migrations: ran }, 'migrations applied');
      migrated = true;
      await apollo.start();
      watchDatabase(name, db);
      metrics = await startMetricsListener(options.metrics);
      return http.listen(port, host);
    },
    async stop(graceMs) {
      await http.stop(graceMs);
      await metrics?.stop();
      unwatchDatabase(db);
      await db.close();
    },
  };
}
