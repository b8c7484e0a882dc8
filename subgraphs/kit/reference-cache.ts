/** How long a ReferenceCache keeps rows, and how many. */
export interface ReferenceCacheOptions {
  /** How long a row is served without asking the database again, in milliseconds; 0 keeps nothing. */
  ttlMs: number;
  /** The most rows kept; the oldest go first. */
  maxRows?: number;
  /** Milliseconds of a clock that only moves forward. */
  now?: () => number;
}

/**
 * Rows of reference data, kept between requests for a short time: the agencies, the service catalogue
 * and the staff directory, which every profile, search page and inbox names and which no request
 * changes (they come with migrations, seeding and the agencies' own staff lists). A profile asks for
 * the same few agencies and workers three or four times over; without this each ask is a statement.
 *
 * Only rows that are the same for every caller belong here: access rules run on the rows after loading,
 * as they do for rows read fresh, so a cached row never answers a caller that a fresh one would not.
 * Each read hands out its own copy of a row (federation marks the objects it answers with their type
 * name) over frozen nested values, so that no request can change what another one reads. A change
 * made in the database directly (an operator's correction) is seen within the time to live; checks
 * that back a write (a peer subgraph's reference check) do not read through a cache.
 */
export class ReferenceCache<V> {
  private readonly rows = new Map<string, { row: V; until: number }>();
  private readonly ttlMs: number;
  private readonly maxRows: number;
  private readonly now: () => number;

  constructor(options: ReferenceCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxRows = options.maxRows ?? 10_000;
    this.now = options.now ?? (() => performance.now());
  }

  /** The rows of these keys: those still fresh from here, the rest from `fetch` (one call, only the missing keys). */
  async read(keys: readonly string[], fetch: (missing: readonly string[]) => Promise<V[]>, keyOf: (row: V) => string): Promise<V[]> {
    if (this.ttlMs === 0) return fetch(keys);
    const now = this.now();
    const found: V[] = [];
    const missing: string[] = [];
    for (const key of keys) {
      const entry = this.rows.get(key);
      if (entry && entry.until > now) found.push({ ...entry.row });
      else missing.push(key);
    }
    if (missing.length === 0) return found;
    const fetched = await fetch(missing);
    const until = this.now() + this.ttlMs;
    for (const row of fetched) {
      const key = keyOf(row);
      this.rows.delete(key);
      this.rows.set(key, { row: deepFreeze(row), until });
      found.push({ ...row });
    }
    for (const key of this.rows.keys()) {
      if (this.rows.size <= this.maxRows) break;
      this.rows.delete(key);
    }
    return found;
  }

  /** How many rows are kept now (fresh or not). */
  get size(): number {
    return this.rows.size;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
