/** Whether an error comes from PostgreSQL, directly or through TypeORM: its message and detail repeat the values. */
function isDatabaseError(err: object): boolean {
  const code = (err as { code?: unknown }).code;
  return err.constructor?.name === 'DatabaseError' || err.constructor?.name === 'QueryFailedError' || (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code));
}

/**
 * What a log line may say about an internal error: its class, and for a database error its SQLSTATE,
 * constraint, table and statement name; never the message, detail or parameters, which repeat the
 * values (names, NIKs, addresses) that were sent. Other errors keep their message with quoted text
 * and long numbers masked, and the frame that threw.
 */
export function describeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { class: typeof err };
  const driver = (err as { driverError?: unknown }).driverError;
  const source = (driver instanceof Error ? driver : err) as Error & Record<string, unknown>;
  const pick = (key: string) => (typeof source[key] === 'string' ? { [key]: source[key] } : {});
  const frame = err.stack
    ?.split('\n')
    .find((line) => /^\s+at /.test(line))
    ?.trim();
  if (isDatabaseError(source)) {
    return { class: err.constructor.name, sqlstate: source.code, ...pick('constraint'), ...pick('table'), ...pick('routine'), ...pick('statement'), ...(frame ? { frame } : {}) };
  }
  const message = err.message
    .replace(/"[^"]*"|'[^']*'/g, '"…"')
    .replace(/\d{4,}/g, '#')
    .slice(0, 200);
  return { class: err.constructor.name, message, ...(frame ? { frame } : {}) };
}
