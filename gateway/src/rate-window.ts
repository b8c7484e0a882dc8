/**
 * One key's count of requests in its current window. A window starts at the key's first request
 * after the previous one ended and lasts a fixed length, so that a key's budget renews one window
 * after it began to spend it (the rule the in-memory counters and the PostgreSQL statement share).
 */
export interface RateWindow {
  /** Requests counted in this window, the current one included. */
  hits: number;
  /** When the window ends, epoch milliseconds: from then on the key counts from 1 again. */
  endsAt: number;
}

/** The most a counter holds: past it, more requests change nothing (the key is limited either way). */
export const MAX_HITS = 2_000_000_000;

/** A key's window after one more request at `now`: a fresh window once the last has ended, else one more hit. */
export function nextWindow(current: RateWindow | undefined, now: number, windowMs: number): RateWindow {
  if (!current || current.endsAt <= now) return { hits: 1, endsAt: now + windowMs };
  return { hits: Math.min(current.hits + 1, MAX_HITS), endsAt: current.endsAt };
}

/** A key's window together with the budget it is held to. */
export interface CountedKey extends RateWindow {
  limit: number;
}

/**
 * The seconds a caller must wait before every refused key has a fresh window, for `Retry-After`, or
 * undefined when no key is over its limit. Rounded up, and at least 1: a client that waits the
 * seconds it is told is never refused again for the same window.
 */
export function retryAfterSeconds(keys: readonly CountedKey[], now: number): number | undefined {
  const over = keys.filter((k) => k.hits > k.limit);
  if (over.length === 0) return undefined;
  const until = Math.max(...over.map((k) => k.endsAt));
  return Math.max(1, Math.ceil((until - now) / 1000));
}
