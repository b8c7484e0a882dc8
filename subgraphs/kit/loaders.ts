import DataLoader from 'dataloader';
import type { ReferenceCache } from './reference-cache';

/**
 * A request-scoped loader of one row per key. `fetch` issues one query for the whole batch
 * (`WHERE id = ANY($1)`); rows come back in key order, null where none matched.
 */
export function rowLoader<V>(fetch: (keys: readonly string[]) => Promise<V[]>, keyOf: (row: V) => string): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(
    async (keys) => {
      // An id that is not a UUID cannot match a row: answer null without asking the database.
      const valid = keys.filter((k) => asUuid(k) !== null);
      const rows = valid.length ? await fetch(valid) : [];
      const byKey = new Map<string, V>();
      for (const row of rows) byKey.set(keyOf(row), row);
      return keys.map((k) => byKey.get(k) ?? null);
    },
    { maxBatchSize: 1000 },
  );
}

/** A rowLoader over reference rows: the rows still fresh in `cache` come from there, the rest from `fetch`. */
export function cachedRowLoader<V>(cache: ReferenceCache<V>, fetch: (keys: readonly string[]) => Promise<V[]>, keyOf: (row: V) => string): DataLoader<string, V | null> {
  return rowLoader((keys) => cache.read(keys, fetch, keyOf), keyOf);
}

/** A request-scoped loader of the rows that belong to each key (a list field), in one query per batch. */
export function groupLoader<V>(fetch: (keys: readonly string[]) => Promise<V[]>, keyOf: (row: V) => string): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(
    async (keys) => {
      const valid = keys.filter((k) => asUuid(k) !== null);
      const rows = valid.length ? await fetch(valid) : [];
      const byKey = new Map<string, V[]>();
      for (const row of rows) {
        const key = keyOf(row);
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    },
    { maxBatchSize: 1000 },
  );
}

/** Turns an arbitrary id into one PostgreSQL accepts as uuid, or null (so a bad id is "not found", not an SQL error). */
export function asUuid(id: string): string | null {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id.toLowerCase() : null;
}
