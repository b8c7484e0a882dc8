import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { applyCors, CorsPolicy } from './cors';
import { describeError } from './errors';
import { logger, requestScope } from './logger';
import { traceIdOf } from './active-span';
import { measureRequest } from './request-metrics';

/** What readiness reports: ready or not, and the checks behind it. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, unknown>;
}

/** Options for serving one Apollo server over HTTP. */
/** The most operations the gateway puts in one batched request to a subgraph; the subgraphs refuse more. */
export const MAX_SUBGRAPH_BATCH = 16;

/** Whether a request is a batch of operations, and of how many. */
export interface BatchShape {
  /** The number of operations in a batched request; 0 for a single operation. */
  operations: number;
}

export interface HttpServiceOptions<Ctx extends BaseContext> {
  /** Service name, for logs and the `service` label of the request metrics. */
  name: string;
  apollo: ApolloServer<Ctx>;
  /**
   * Builds the request context. Throwing a GraphQLError with code UNAUTHENTICATED answers 401 before
   * any operation (including `_service` and `_entities`) runs.
   */
  context: (req: IncomingMessage, requestId: string, batch: BatchShape) => Promise<Ctx>;
  /**
   * The most operations a batched request (a JSON list of operations, run with one context) may carry;
   * a longer list is refused with 400 before anything runs. Unset, a list reaches Apollo, which refuses
   * it unless batching is allowed there.
   */
  maxBatch?: number;
  /**
   * Whether this service is the edge callers reach (the gateway): it then issues its own request ids
   * and keeps the caller's beside them.
   * @default false
   */
  edge?: boolean;
  /** Readiness beyond "not shutting down" (database reachable, migrations done, ...). */
  readiness: () => Promise<Readiness>;
  /**
   * Checks or rewrites every GraphQL request, whatever its method and body shape, before anything
   * else sees it (persisted operations); a thrown GraphQLError answers 403 (FORBIDDEN) or 400 with its
   * code and extensions.
   */
  rewriteRequest?: (request: GraphQLHttpParams) => GraphQLHttpParams;
  /**
   * Whole-request deadline in milliseconds: past it the caller gets REQUEST_TIMEOUT (HTTP 504)
   * instead of waiting on.
   * @default none
   */
  deadlineMs?: number;
  /**
   * Sends `Cache-Control: no-store` on every answer that does not set its own cache policy: answers
   * about families must stay out of browser and proxy caches.
   * @default true
   */
  noStore?: boolean;
  /**
   * Largest request body accepted, in bytes.
   * @default 102400
   */
  maxBodyBytes?: number;
  /**
   * Browser access from other origins (the gateway only): preflights are answered before the request
   * context, and so before authentication. Without it no cross-origin header is sent.
   */
  cors?: CorsPolicy;
  /**
   * Other routes (the gateway's web app at /app): asked for any path other than /graphql, / and
   * /health/*, before the 404; answers true when it has answered the request.
   */
  routes?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
}

/** One GraphQL request as it came over HTTP: the method, the query string and the parsed body. */
export interface GraphQLHttpParams {
  method: string;
  /** The query string with its leading `?`, or ''. */
  search: string;
  /** The parsed JSON body of a POST with a JSON content type, the raw text of any other, else undefined. */
  body: unknown;
}

/** Headers on every response: answers about families are never cached, and never sniffed as another type. */
const ALWAYS: Record<string, string> = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** The HTTP status of an identity failure while the request context is built. */
const CONTEXT_STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A well-formed request id from a header, or null. */
function wellFormedId(given: string | string[] | undefined): string | null {
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : null;
}

/**
 * The request's ids. At the edge (the gateway) the request id is always the service's own, so that
 * an id in the audit log cannot be chosen by the caller; the id the caller sent is kept beside it. A
 * subgraph, reached only with the gateway's identity token, takes the gateway's ids from its headers.
 */
export function requestIdsOf(req: IncomingMessage, edge: boolean): { requestId: string; clientRequestId?: string } {
  const clientRequestId = wellFormedId(edge ? req.headers['x-request-id'] : req.headers['x-client-request-id']);
  const requestId = (edge ? null : wellFormedId(req.headers['x-request-id'])) ?? randomUUID();
  return { requestId, ...(clientRequestId ? { clientRequestId } : {}) };
}

function sendJson(res: ServerResponse, status: number, body: unknown, requestId?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...ALWAYS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...(requestId ? { 'x-request-id': requestId } : {}),
  });
  res.end(text);
}

/** Whether a content type is JSON (`application/json`, any parameters): only such a body is parsed. */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

/** An identity failure answers with its own status (401, 403) unless it names one already. */
function withContextStatus(err: unknown): unknown {
  if (!(err instanceof GraphQLError) || err.extensions.http) return err;
  const status = CONTEXT_STATUS[String(err.extensions.code)];
  if (!status) return err;
  return new GraphQLError(err.message, { originalError: err, extensions: { ...err.extensions, http: { status } } });
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped (not kept), so the 413 reaches the client intact.
      if (size > limit) return reject(Object.assign(new Error('request body too large'), { status: 413 }));
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves an Apollo server on Node's http module: POST/GET /graphql, GET /health/live and
 * /health/ready, a body size limit, a request id on every response, a count and latency of every
 * GraphQL request in the process's metrics (the Apollo server's requestMetricsPlugin names its
 * operation), and a graceful stop that lets requests in flight finish.
 */
export class HttpService<Ctx extends BaseContext> {
  readonly server: Server;
  private inFlight = 0;
  private stopping = false;
  private drained: (() => void) | null = null;

  constructor(private readonly options: HttpServiceOptions<Ctx>) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 65_000;
    this.server.headersTimeout = 66_000;
  }

  get shuttingDown(): boolean {
    return this.stopping;
  }

  /** Listens on a port (0 for a free one) and resolves with the port. */
  listen(port: number, host = '127.0.0.1'): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  /** Stops taking requests, waits for those in flight up to `graceMs`, then closes every connection. */
  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    if (this.inFlight > 0) {
      await Promise.race([new Promise<void>((resolve) => (this.drained = resolve)), new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref())]);
    }
    this.server.closeAllConnections();
    await closed;
    await this.options.apollo.stop();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const path = url.split('?')[0];
    if (path === '/health/live') return sendJson(res, 200, { status: 'live' });
    if (path === '/health/ready') {
      if (this.stopping) return sendJson(res, 503, { ready: false, checks: { shutdown: 'in progress' } });
      const readiness = await this.options.readiness().catch((err: Error) => ({ ready: false, checks: { error: err.message } }));
      return sendJson(res, readiness.ready ? 200 : 503, readiness);
    }
    if (path !== '/graphql' && path !== '/') {
      if (this.options.routes && (await this.options.routes(req, res, path).catch(() => false))) return;
      if (!res.headersSent) sendJson(res, 404, { error: 'not found' });
      return;
    }
    if (this.options.cors && applyCors(req, res, this.options.cors)) return;
    if (this.stopping) {
      res.setHeader('connection', 'close');
      return sendJson(res, 503, { errors: [{ message: 'service is shutting down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
    const ids = requestIdsOf(req, this.options.edge === true);
    const requestId = ids.requestId;
    const traceId = traceIdOf(req);
    this.inFlight++;
    const started = process.hrtime.bigint();
    try {
      await requestScope.run({ ...ids, ...(traceId ? { traceId } : {}) }, async () => {
        await measureRequest(
          this.options.name,
          () => res.statusCode,
          () => this.withDeadline(res, requestId, () => this.execute(req, res, requestId)),
        );
        logger.debug({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request served');
      });
    } finally {
      this.inFlight--;
      if (this.inFlight === 0 && this.drained) this.drained();
    }
  }

  /** Answers REQUEST_TIMEOUT once the deadline passes; the work itself is bounded by its own timeouts. */
  private async withDeadline(res: ServerResponse, requestId: string, work: () => Promise<void>): Promise<void> {
    // A failure outside Apollo's own handling is logged without its values and answered, never left hanging.
    const guarded = work().catch((err: unknown) => {
      logger.error({ err: describeError(err) }, 'request failed');
      if (!res.headersSent) sendJson(res, 503, { errors: [{ message: 'the request could not be served', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }, requestId);
    });
    const deadline = this.options.deadlineMs;
    if (!deadline) return guarded;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        if (!res.headersSent) {
          logger.warn({ deadlineMs: deadline }, 'request deadline passed');
          sendJson(res, 504, { errors: [{ message: `the request did not complete within ${deadline} ms`, extensions: { code: 'REQUEST_TIMEOUT' } }] }, requestId);
        }
        resolve();
      }, deadline);
    });
    try {
      await Promise.race([guarded, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async execute(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '';
    let request: GraphQLHttpParams = { method, search: url.includes('?') ? url.slice(url.indexOf('?')) : '', body: undefined };
    if (method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, this.options.maxBodyBytes ?? 102_400);
      } catch (err) {
        const status = (err as { status?: number }).status ?? 400;
        res.setHeader('connection', 'close');
        return sendJson(res, status, { errors: [{ message: status === 413 ? 'request body too large' : 'could not read request body', extensions: { code: 'BAD_REQUEST' } }] }, requestId);
      }
      // Only a JSON content type is read as JSON: anything else reaches Apollo as text and is refused
      // there, so a form or text/plain post (which a browser sends cross-site without a preflight) never runs.
      if (!isJson(req.headers['content-type'])) request.body = text;
      else {
        try {
          request.body = text.length ? JSON.parse(text) : undefined;
        } catch {
          return sendJson(res, 400, { errors: [{ message: 'Invalid JSON in the request body', extensions: { code: 'BAD_REQUEST' } }] }, requestId);
        }
      }
    }
    if (this.options.rewriteRequest) {
      try {
        request = this.options.rewriteRequest(request);
      } catch (err) {
        const { http: _http, ...extensions } = err instanceof GraphQLError ? err.extensions : { code: 'BAD_REQUEST' };
        const message = err instanceof GraphQLError ? err.message : 'the request could not be read';
        return sendJson(res, extensions.code === 'FORBIDDEN' ? 403 : 400, { errors: [{ message, extensions }] }, requestId);
      }
    }
    const operations = method === 'POST' && Array.isArray(request.body) ? request.body.length : 0;
    if (this.options.maxBatch !== undefined && operations > this.options.maxBatch) {
      return sendJson(res, 400, { errors: [{ message: `a batched request may carry at most ${this.options.maxBatch} operations`, extensions: { code: 'BAD_REQUEST' } }] }, requestId);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // Apollo builds the context, so that a failure there goes through formatError and the plugins
    // like any other error; an identity failure keeps its 401 or 403.
    const response = await this.options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method, headers, search: request.search, body: request.body },
      context: () =>
        this.options.context(req, requestId, { operations }).catch((err: unknown) => {
          throw withContextStatus(err);
        }),
    });
    if (res.headersSent) return;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    if (!response.headers.has('cache-control') && this.options.noStore !== false) res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-request-id', requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
