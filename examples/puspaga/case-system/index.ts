import { buildCaseSystem } from './case-system-server';

/**
 * Starts PUSPAGA's case system: PUSPAGA_CASES_DATABASE_URL (its own PostgreSQL database),
 * PUSPAGA_API_KEY (the key callers send as x-api-key), PORT (default 4100) and HOST (default
 * 127.0.0.1). SIGTERM or SIGINT stops it: no new connections, requests in flight finish, the pool closes.
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`${name} must be set\n`);
    process.exit(1);
  }
  return value;
}

const system = buildCaseSystem({ databaseUrl: required('PUSPAGA_CASES_DATABASE_URL'), apiKey: required('PUSPAGA_API_KEY') });
const log = (msg: string, extra: Record<string, unknown> = {}) => process.stdout.write(`${JSON.stringify({ level: 'info', service: 'puspaga-case-system', msg, ...extra })}\n`);

system
  .start(Number(process.env.PORT ?? 4100), process.env.HOST ?? '127.0.0.1')
  .then((port) => log('PUSPAGA case system listening', { port }))
  .catch((err: Error) => {
    process.stderr.write(`PUSPAGA case system did not start: ${err.message}\n`);
    process.exit(1);
  });

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    system
      .stop()
      .then(() => {
        log('PUSPAGA case system stopped', { signal });
        process.exit(0);
      })
      .catch((err: Error) => {
        process.stderr.write(`PUSPAGA case system did not stop cleanly: ${err.message}\n`);
        process.exit(1);
      });
  });
}
