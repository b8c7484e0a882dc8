import { timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { ensureCaseSchema } from './case-schema';
import { Acting, CaseStore } from './case-store';
import { CaseloadAnswer, CasesAnswer } from './case-vocabulary';

/**
 * PUSPAGA Kota Tangerang Selatan's case system, as such systems are: a REST/JSON service over its own
 * PostgreSQL database, with an API key for the systems allowed to call it and an access log of every
 * read of a family's cases.
 *
 * - `GET /health`: whether the service and its database answer (no key needed).
 * - `GET /api/v1/cases?family=<uuid>&family=<uuid>...`: the cases of up to 100 families at once, grouped
 *   by SatuPintu family id.
 * - `GET /api/v1/caseload`: open cases by service kind.
 *
 * Every /api call needs `x-api-key`, and the acting headers (`x-acting-staff`, `x-acting-agency`,
 * `x-request-id`) that the access log records; a call without them is refused 400.
 */
export interface CaseSystemOptions {
  databaseUrl: string;
  apiKey: string;
}

export interface CaseSystem {
  start(port: number, host?: string): Promise<number>;
  stop(): Promise<void>;
}

/** The most families one call may ask about. */
export const MAX_FAMILIES_PER_CALL = 100;

/** How long requests in flight may finish after a stop. */
const STOP_GRACE_MS = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ACTING_VALUE = /^[A-Za-z0-9._:@-]{1,128}$/;
const ACTING_HEADERS = { staffId: 'x-acting-staff', agencyId: 'x-acting-agency', requestId: 'x-request-id' } as const;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

function keyMatches(given: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const buffer = Buffer.from(given, 'utf8');
  return buffer.length === expected.length && timingSafeEqual(buffer, expected);
}

/** The acting headers, or the name of the first one missing or malformed. */
function actingOf(req: IncomingMessage): Acting | { missing: string } {
  const acting: Partial<Acting> = {};
  for (const [field, header] of Object.entries(ACTING_HEADERS) as Array<[keyof Acting, string]>) {
    const value = req.headers[header];
    if (typeof value !== 'string' || !ACTING_VALUE.test(value)) return { missing: header };
    acting[field] = value;
  }
  return acting as Acting;
}

/** The family ids of a cases query, or why they are refused. */
function familiesOf(url: URL): string[] | { problem: string } {
  const given = url.searchParams.getAll('family').map((id) => id.toLowerCase());
  if (given.length === 0) return { problem: 'at least one family parameter is required' };
  const bad = given.find((id) => !UUID.test(id));
  if (bad !== undefined) return { problem: 'every family parameter must be a UUID' };
  const unique = [...new Set(given)];
  if (unique.length > MAX_FAMILIES_PER_CALL) return { problem: `at most ${MAX_FAMILIES_PER_CALL} families per call` };
  return unique;
}

export function buildCaseSystem(options: CaseSystemOptions): CaseSystem {
  const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
  // An idle connection that drops (the database restarting) must not take the process down.
  pool.on('error', (err) => process.stderr.write(`${JSON.stringify({ level: 'warn', msg: 'database connection lost', err: err.message })}\n`));
  const store = new CaseStore(pool);
  const apiKey = Buffer.from(options.apiKey, 'utf8');

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://case-system');
    if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' });
    if (url.pathname === '/health') {
      const up = await store.reachable();
      return send(res, up ? 200 : 503, { status: up ? 'ok' : 'database unreachable' });
    }
    if (!url.pathname.startsWith('/api/')) return send(res, 404, { error: 'not found' });
    if (!keyMatches(req.headers['x-api-key'], apiKey)) return send(res, 401, { error: 'a valid x-api-key is required' });
    const acting = actingOf(req);
    if ('missing' in acting) return send(res, 400, { error: `the ${acting.missing} header is required (letters, digits and . _ : @ -, at most 128)` });
    if (url.pathname === '/api/v1/cases') {
      const families = familiesOf(url);
      if (!Array.isArray(families)) return send(res, 400, { error: families.problem });
      const answer: CasesAnswer = { per_keluarga: await store.casesOf(families, acting) };
      return send(res, 200, answer);
    }
    if (url.pathname === '/api/v1/caseload') {
      const answer: CaseloadAnswer = { kasus_terbuka: await store.caseload() };
      return send(res, 200, answer);
    }
    return send(res, 404, { error: 'not found' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      // The database's message can repeat the statement's values: only its class and code are logged.
      process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'request failed', err: err.name, code: (err as { code?: string }).code })}\n`);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });

  return {
    async start(port, host = '127.0.0.1') {
      await ensureCaseSchema(pool);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      return (server.address() as AddressInfo).port;
    },
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests in flight get this long to finish before their connections are cut.
        setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS).unref();
      });
      await pool.end();
    },
  };
}
