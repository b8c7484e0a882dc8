import { Caller } from '../../platform';
import { RateLimitSettings, rateLimitSettings } from './gateway-config';
import { RateLimiter } from './rate-limiter';
import { MemoryRateStore, RateStore } from './rate-store';

const off: RateLimitSettings = { perCaller: undefined, perSystem: undefined, perIp: undefined, windowSeconds: 60, trustedProxyHops: 0, databaseUrl: undefined };

function caller(subject: string, roles: Caller['roles'] = ['AGENCY_STAFF']): Caller {
  return { subject, staffId: null, agencyId: 'agency-1', roles, jurisdiction: 'ID', area: [], serviceArea: [] };
}

/** The budgets refused on this request, or [] when it is let through. */
async function refused(limiter: RateLimiter, who: Caller | undefined, address = '10.0.0.1'): Promise<string[]> {
  try {
    await limiter.check(who, address);
    return [];
  } catch (err) {
    return (err as { extensions: { budgets: string[] } }).extensions.budgets;
  }
}

describe('rate limiter', () => {
  it('is off while no limit is set', () => {
    expect(RateLimiter.fromSettings(off)).toBeUndefined();
    expect(RateLimiter.fromSettings({ ...off, perIp: 10 })).toBeInstanceOf(RateLimiter);
  });

  it('gives each caller and each agency system its own budget', async () => {
    let now = 0;
    const limiter = new RateLimiter({ ...off, perCaller: 2, perSystem: 5 }, new MemoryRateStore(), () => now);
    const user = caller('staff-1');
    const system = caller('client:agency-1', ['AGENCY_SYSTEM']);
    expect([await refused(limiter, user), await refused(limiter, user), await refused(limiter, user)]).toEqual([[], [], ['caller']]);
    expect(await refused(limiter, caller('staff-2'))).toEqual([]);
    for (let i = 0; i < 5; i++) expect(await refused(limiter, system)).toEqual([]);
    expect(await refused(limiter, system)).toEqual(['system']);
    now += 60_000;
    expect(await refused(limiter, user)).toEqual([]);
  });

  it('counts a client address for callers and anonymous requests together', async () => {
    const limiter = new RateLimiter({ ...off, perIp: 2 }, new MemoryRateStore(), () => 0);
    expect(await refused(limiter, caller('staff-1'))).toEqual([]);
    expect(await refused(limiter, undefined)).toEqual([]);
    expect(await refused(limiter, caller('staff-2'))).toEqual(['ip']);
    expect(await refused(limiter, caller('staff-2'), '10.0.0.2')).toEqual([]);
  });

  it('answers 429 with Retry-After until the window ends', async () => {
    const limiter = new RateLimiter({ ...off, perCaller: 1, windowSeconds: 30 }, new MemoryRateStore(), () => 1_000);
    await limiter.check(caller('staff-1'), '10.0.0.1');
    const err = (await limiter.check(caller('staff-1'), '10.0.0.1').catch((e: unknown) => e)) as { extensions: Record<string, unknown> };
    expect(err.extensions.code).toBe('RATE_LIMITED');
    expect(err.extensions.retryAfter).toBe(30);
    const http = err.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe('30');
  });

  it('lets requests through when the store fails', async () => {
    const broken: RateStore = { hit: () => Promise.reject(new Error('connection refused')), close: () => Promise.resolve() };
    const limiter = new RateLimiter({ ...off, perCaller: 1 }, broken);
    await expect(limiter.check(caller('staff-1'), '10.0.0.1')).resolves.toBeUndefined();
    await expect(limiter.check(caller('staff-1'), '10.0.0.1')).resolves.toBeUndefined();
  });
});

describe('rate-limit settings', () => {
  const names = [
    'GATEWAY_RATE_LIMIT_PER_CALLER',
    'GATEWAY_RATE_LIMIT_PER_SYSTEM',
    'GATEWAY_RATE_LIMIT_PER_IP',
    'GATEWAY_RATE_LIMIT_WINDOW_SECONDS',
    'GATEWAY_TRUSTED_PROXY_HOPS',
    'GATEWAY_DATABASE_URL',
  ];
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  afterEach(() => {
    for (const n of names)
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
  });
  beforeEach(() => names.forEach((n) => delete process.env[n]));

  it('are off by default, with a 60-second window and no trusted proxy', () => {
    expect(rateLimitSettings()).toEqual(off);
  });

  it("give an agency system the caller's budget unless it has its own", () => {
    process.env.GATEWAY_RATE_LIMIT_PER_CALLER = '120';
    expect(rateLimitSettings()).toMatchObject({ perCaller: 120, perSystem: 120 });
    process.env.GATEWAY_RATE_LIMIT_PER_SYSTEM = '600';
    expect(rateLimitSettings()).toMatchObject({ perCaller: 120, perSystem: 600 });
  });

  it('refuse a limit that cannot be applied', () => {
    process.env.GATEWAY_RATE_LIMIT_PER_IP = '0';
    expect(() => rateLimitSettings()).toThrow(/GATEWAY_RATE_LIMIT_PER_IP/);
    process.env.GATEWAY_RATE_LIMIT_PER_IP = '100';
    process.env.GATEWAY_TRUSTED_PROXY_HOPS = 'one';
    expect(() => rateLimitSettings()).toThrow(/GATEWAY_TRUSTED_PROXY_HOPS/);
  });
});
