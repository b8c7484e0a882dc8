/**
 * Checks of the keyset positions a cursor carries back: a hand-made cursor must be refused as the
 * caller's input, never reach PostgreSQL as a value it cannot cast (an impossible date, a number
 * beyond the range of `real`).
 */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

/** A UTC instant as PostgreSQL prints it with microseconds, on a day that exists. */
export function isMicrosecondInstant(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = INSTANT.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const REAL = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/;

/** A number PostgreSQL's `real` holds as written: finite, and neither overflowing nor underflowing it. */
export function isReal(text: unknown): text is string {
  if (typeof text !== 'string' || text.length > 32 || !REAL.test(text)) return false;
  const value = Math.abs(Number(text));
  return value === 0 || (value >= 1.2e-38 && value <= 3.4e38);
}
