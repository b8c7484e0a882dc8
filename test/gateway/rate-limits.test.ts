import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { sendLogsTo, logger } from '../../platform';
import { SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { buildGateway, Gateway } from '../../gateway/src/server';
import { RateLimitSettings } from '../../gateway/src/gateway-config';
import { PostgresRateStore } from '../../gateway/src/postgres-rate-store';
import { freePort } from '../../stack/free-port';
import { demoUser, Stack, startStack, TestClaims, tokenFor } from '../support/stack';

const QUERY = '{ agencies(jurisdiction: ID) { id } }';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** Request-rate limits at the gateway, with two replicas counting in one PostgreSQL database. */
describe('request-rate limits', () => {
  let stack: Stack;
  let databaseUrl: string;
  const gateways: Gateway[] = [];

  beforeAll(async () => {
    stack = await startStack();
    const admin = new Client({ connectionString: process.env.SATUPINTU_TEST_ADMIN_URL });
    await admin.connect();
    const db = `${process.env.SATUPINTU_TEST_RUN}_gateway_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${db}"`);
    await admin.end();
    const url = new URL(process.env.SATUPINTU_TEST_ADMIN_URL!);
    url.pathname = `/${db}`;
    databaseUrl = url.toString();
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop(1000)));
    await stack.stop();
  });

  const statements = () => SUBGRAPH_NAMES.reduce((sum, n) => sum + stack.subgraphs[n].subgraph.db.statements, 0);

  /** A gateway replica over the stack's subgraphs with these limits. */
  async function replica(limits: Partial<RateLimitSettings>): Promise<string> {
    const gateway = buildGateway({
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, stack.subgraphs[n].url])),
      auth: { secret: process.env.SATUPINTU_JWT_SECRET },
      rateLimits: { perCaller: undefined, perSystem: undefined, perIp: undefined, windowSeconds: 60, trustedProxyHops: 0, databaseUrl, ...limits },
    });
    gateways.push(gateway);
    return `http://127.0.0.1:${await gateway.start(0)}/graphql`;
  }

  async function ask(url: string, as: TestClaims | null, headers: Record<string, string> = {}): Promise<Answer> {
    const auth: Record<string, string> = as ? { authorization: `Bearer ${await tokenFor(as)}` } : {};
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth, ...headers }, body: JSON.stringify({ query: QUERY }) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
  }

  /** `n` requests, alternating between the replicas. */
  async function alternate(urls: string[], n: number, as: TestClaims | null, headers?: Record<string, string>): Promise<Answer[]> {
    const answers: Answer[] = [];
    for (let i = 0; i < n; i++) answers.push(await ask(urls[i % urls.length], as, headers));
    return answers;
  }

  it("holds a caller's limit over both replicas together, refusing with 429, Retry-After and RATE_LIMITED before any subgraph is called", async () => {
    const urls = [await replica({ perCaller: 4 }), await replica({ perCaller: 4 })];
    const answers = await alternate(urls, 4, demoUser('lk3-counsellor'));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    const before = statements();
    const refused = await alternate(urls, 2, demoUser('lk3-counsellor'));
    expect(statements()).toBe(before);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60);
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: Number(answer.retryAfter), budgets: ['caller'] });
    }
  });

  it("keeps answering an agency's system while a dashboard user of the same agency is limited", async () => {
    const urls = [await replica({ perCaller: 3, perSystem: 30 }), await replica({ perCaller: 3, perSystem: 30 })];
    const dashboard = demoUser('lk3-counsellor');
    const system = demoUser('lk3-system');
    expect(system.agency).toBe(dashboard.agency);
    // a fresh subject for the dashboard user, so that the first test's count does not carry over
    const user = { ...dashboard, sub: `${dashboard.sub}-tab2` };
    expect((await alternate(urls, 4, user)).map((a) => a.status)).toEqual([200, 200, 200, 429]);
    // the system polls on, once per request of the limited user
    for (let i = 0; i < 6; i++) {
      expect((await ask(urls[i % 2], system)).status).toBe(200);
      expect((await ask(urls[(i + 1) % 2], user)).status).toBe(429);
    }
  });

  it('limits a client address, signed in or not, from X-Forwarded-For behind a trusted proxy', async () => {
    const urls = [await replica({ perIp: 3, trustedProxyHops: 1 }), await replica({ perIp: 3, trustedProxyHops: 1 })];
    const from = (address: string) => ({ 'x-forwarded-for': `198.51.100.1, ${address}` });
    const answers = [
      await ask(urls[0], demoUser('lk3-counsellor'), from('203.0.113.7')),
      await ask(urls[1], demoUser('puskesos-operator'), from('203.0.113.7')),
      await ask(urls[0], null, from('203.0.113.7')),
      await ask(urls[1], demoUser('auditor'), from('203.0.113.7')),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 401, 429]);
    expect(answers[3].body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', budgets: ['ip'] });
    // another address behind the same proxy has its own budget
    expect((await ask(urls[0], demoUser('auditor'), from('203.0.113.8'))).status).toBe(200);
  });

  it('keeps only digests in the shared table, no subject or address', async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ key: Buffer; hits: number }>('SELECT key, hits FROM gateway_rate_counters');
      expect(rows.length).toBeGreaterThanOrEqual(5);
      for (const row of rows) expect(row.key).toHaveLength(32);
    } finally {
      await client.end();
    }
  });

  it('loses no count and takes no deadlock when replicas count the same keys at once, and prunes ended windows', async () => {
    const stores = [new PostgresRateStore(databaseUrl), new PostgresRateStore(databaseUrl)];
    const keys = [randomBytes(32).toString('hex'), randomBytes(32).toString('hex')];
    const now = Date.now();
    try {
      // each request names the keys in its own order; the store sorts them, so row locks are taken alike
      await Promise.all(Array.from({ length: 40 }, (_, i) => stores[i % 2].hit(i % 3 ? keys : [...keys].reverse(), now, 60_000)));
      const last = await stores[0].hit(keys, now, 60_000);
      expect(last.map((w) => w.hits)).toEqual([41, 41]);
      expect(last.map((w) => w.endsAt)).toEqual([now + 60_000, now + 60_000]);
      // once the window has ended the rows go, and the keys count from 1 again
      expect(await stores[1].prune(now + 60_000)).toBeGreaterThanOrEqual(2);
      expect((await stores[1].hit(keys, now + 60_000, 60_000)).map((w) => w.hits)).toEqual([1, 1]);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('lets requests through, with a warning, when the counters database cannot be reached', async () => {
    const lines: string[] = [];
    const level = logger.level;
    logger.level = 'warn';
    sendLogsTo({ write: (line: string) => lines.push(line) });
    try {
      const url = await replica({ perCaller: 1, databaseUrl: `postgres://nobody:none@127.0.0.1:${await freePort()}/none` });
      expect((await alternate([url], 3, demoUser('lk3-counsellor'))).map((a) => a.status)).toEqual([200, 200, 200]);
    } finally {
      sendLogsTo();
      logger.level = level;
    }
    const warnings = lines.filter((l) => l.includes('rate limits not applied'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain(demoUser('lk3-counsellor').sub);
  });

  it('limits nothing when no limit is configured', async () => {
    const answers = await alternate([stack.gatewayUrl], 30, demoUser('lk3-counsellor'));
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });
});
