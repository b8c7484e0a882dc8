import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { logger, requestScope } from './logger';

/** What readiness reports: ready or not, and the checks behind it. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, unknown>;
}

/** Options for serving one Apollo server over HTTP. */
export interface HttpServiceOptions<Ctx extends BaseContext> {
  /** Service name, for logs. */
  name: string;
  apollo: ApolloServer<Ctx>;
  /**
   * Builds the request context. Throwing a GraphQLError with code UNAUTHENTICATED answers 401 before
   * any operation (including `_service` and `_entities`) runs.
   */
  context: (req: IncomingMessage, requestId: string) => Promise<Ctx>;
  /** Readiness beyond "not shutting down" (database reachable, migrations done, ...). */
  readiness: () => Promise<Readiness>;
  /**
   * Checks or rewrites a parsed request body before anything else sees it (persisted operations);
   * a thrown GraphQLError answers 400 with its code.
   */
  rewriteBody?: (body: unknown) => unknown;
  /**
   * Whole-request deadline in milliseconds: past it the caller gets REQUEST_TIMEOUT (HTTP 504)
   * instead of waiting on.
   * @default none
   */
  deadlineMs?: number;
  /**
   * Largest request body accepted, in bytes.
   * @default 102400
   */
  maxBodyBytes?: number;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The request id a caller or the gateway sent, if well formed, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

function sendJson(res: ServerResponse, status: number, body: unknown, requestId?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...(requestId ? { 'x-request-id': requestId } : {}),
  });
  res.end(text);
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
 * /health/ready, a body size limit, a request id on every response, and a graceful stop that lets
 * requests in flight finish.
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
      await Promise.race([
        new Promise<void>((resolve) => (this.drained = resolve)),
        new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
      ]);
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
    if (path !== '/graphql' && path !== '/') return sendJson(res, 404, { error: 'not found' });
    if (this.stopping) {
      res.setHeader('connection', 'close');
      return sendJson(res, 503, { errors: [{ message: 'service is shutting down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
    const requestId = requestIdOf(req);
    const traceparent = req.headers.traceparent;
    const traceId = typeof traceparent === 'string' ? traceparent.split('-')[1] : undefined;
    this.inFlight++;
    const started = process.hrtime.bigint();
    try {
      await requestScope.run({ requestId, ...(traceId ? { traceId } : {}) }, async () => {
        await this.withDeadline(res, requestId, () => this.execute(req, res, requestId));
        logger.debug({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }, 'request served');
      });
    } finally {
      this.inFlight--;
      if (this.inFlight === 0 && this.drained) this.drained();
    }
  }

  /** Answers REQUEST_TIMEOUT once the deadline passes; the work itself is bounded by its own timeouts. */
  private async withDeadline(res: ServerResponse, requestId: string, work: () => Promise<void>): Promise<void> {
    const deadline = this.options.deadlineMs;
    if (!deadline) return work();
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
      await Promise.race([work().catch((err: Error) => logger.error({ err: err.message }, 'request failed')), expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async execute(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    let body: unknown = undefined;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req, this.options.maxBodyBytes ?? 102_400);
      } catch (err) {
        const status = (err as { status?: number }).status ?? 400;
        res.setHeader('connection', 'close');
        return sendJson(res, status, { errors: [{ message: status === 413 ? 'request body too large' : 'could not read request body', extensions: { code: 'BAD_REQUEST' } }] }, requestId);
      }
      try {
        body = text.length ? JSON.parse(text) : undefined;
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }, requestId);
      }
    }
    if (this.options.rewriteBody && req.method === 'POST') {
      try {
        body = this.options.rewriteBody(body);
      } catch (err) {
        const code = err instanceof GraphQLError ? err.extensions.code : 'BAD_REQUEST';
        return sendJson(res, code === 'FORBIDDEN' ? 403 : 400, { errors: [{ message: (err as Error).message, extensions: { code } }] }, requestId);
      }
    }
    let context: Ctx;
    try {
      context = await this.options.context(req, requestId);
    } catch (err) {
      if (err instanceof GraphQLError) {
        const code = err.extensions.code;
        const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400;
        return sendJson(res, status, { errors: [{ message: err.message, extensions: { code } }] }, requestId);
      }
      logger.error({ err }, 'context creation failed');
      return sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, requestId);
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await this.options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: (req.url ?? "").includes('?') ? (req.url ?? "").slice((req.url ?? "").indexOf('?')) : '', body },
      context: async () => context,
    });
    if (res.headersSent) return;
    for (const [key, value] of response.headers) res.setHeader(key, value);
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
