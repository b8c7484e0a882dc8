import { createHash } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Caller, describeError, logger } from '../../platform';
import { clientAddress } from './client-address';
import type { RateLimitSettings } from './gateway-config';
import { RateBudget, RateLimitedError } from './rate-limited-error';
import { MemoryRateStore, RateStore } from './rate-store';
import { retryAfterSeconds } from './rate-window';

/** How often a database that cannot count is reported while it stays down. */
const WARN_EVERY_MS = 60_000;

/** A counted key: its digest (what the store keeps), the budget it belongs to and that budget's limit. */
interface Budgeted {
  digest: string;
  budget: RateBudget;
  limit: number;
}

/** A key's digest: the store never holds a token subject or a client address, only this. */
function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Request-rate limits at the gateway. Every request is counted against its client address, and a
 * signed-in request against its token subject too: a person's budget (per caller), or an agency
 * system's (a token with the AGENCY_SYSTEM role, per system). Budgets are per key, never one pot per
 * agency, so an agency's system polling its inbox is not starved by a busy dashboard user of the same
 * agency, nor the other way round.
 */
export class RateLimiter {
  private warnedAt = -Infinity;

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly store: RateStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** The limiter the settings ask for: off (undefined) when no limit is set; shared through PostgreSQL when GATEWAY_DATABASE_URL is. */
  static fromSettings(settings: RateLimitSettings): RateLimiter | undefined {
    if (settings.perCaller === undefined && settings.perSystem === undefined && settings.perIp === undefined) return undefined;
    if (!settings.databaseUrl) return new RateLimiter(settings, new MemoryRateStore());
    // Loaded only here: a gateway that shares no counters holds no database driver at all.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PostgresRateStore } = require('./postgres-rate-store') as typeof import('./postgres-rate-store');
    return new RateLimiter(settings, new PostgresRateStore(settings.databaseUrl));
  }

  /** The budgets one request is counted against. */
  private keysOf(caller: Caller | undefined, address: string): Budgeted[] {
    const keys: Budgeted[] = [];
    if (this.settings.perIp !== undefined) keys.push({ digest: digest(`ip:${address}`), budget: 'ip', limit: this.settings.perIp });
    if (caller) {
      const system = caller.roles.includes('AGENCY_SYSTEM');
      const limit = system ? this.settings.perSystem : this.settings.perCaller;
      if (limit !== undefined) keys.push({ digest: digest(`${system ? 'system' : 'caller'}:${caller.subject}`), budget: system ? 'system' : 'caller', limit });
    }
    return keys;
  }

  /** Counts one request; throws RateLimitedError when any of its budgets is spent. */
  async check(caller: Caller | undefined, address: string): Promise<void> {
    const keys = this.keysOf(caller, address);
    if (keys.length === 0) return;
    const now = this.now();
    let windows;
    try {
      windows = await this.store.hit(
        keys.map((k) => k.digest),
        now,
        this.settings.windowSeconds * 1000,
      );
    } catch (err) {
      // Fail open: a social worker must still reach a child's records when the counters' database is
      // down, and the query limits (depth, cost, tokens) still hold. Availability of child-protection
      // data is worth more than a request-rate limit; the outage is logged, once a minute.
      if (now - this.warnedAt >= WARN_EVERY_MS) {
        this.warnedAt = now;
        logger.warn({ err: describeError(err) }, 'rate limits not applied: the counters could not be reached');
      }
      return;
    }
    const counted = keys.map((k, i) => ({ ...windows[i], limit: k.limit }));
    const retryAfter = retryAfterSeconds(counted, now);
    if (retryAfter !== undefined)
      throw new RateLimitedError(
        retryAfter,
        keys.filter((_, i) => counted[i].hits > counted[i].limit).map((k) => k.budget),
      );
  }

  /**
   * Wraps the gateway's authentication: the request is counted against its address whether or not its
   * token is valid (so guessing tokens is limited too), and against its caller when it is.
   */
  authenticating(authenticate: (req: IncomingMessage) => Promise<Caller>): (req: IncomingMessage) => Promise<Caller> {
    return async (req) => {
      let caller: Caller | undefined;
      let failure: unknown;
      try {
        caller = await authenticate(req);
      } catch (err) {
        failure = err;
      }
      await this.check(caller, clientAddress(req, this.settings.trustedProxyHops));
      if (!caller) throw failure;
      return caller;
    };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
