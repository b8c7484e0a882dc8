import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import { logConfig } from './config';
import { describeError } from './error-description';

/** What every log line of one request carries: the request id and, when present, the trace id. */
export interface RequestScope {
  requestId: string;
  /** The request id the caller sent the gateway, kept beside the gateway's own. */
  clientRequestId?: string;
  traceId?: string;
}

/** The request being served, set by the HTTP layer so that logs and loaders need not be handed it. */
export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Where log lines go: standard output, unless a test collects them (see `sendLogsTo`). */
const stdout = pino.destination(1);
let sink: { write(line: string): unknown } = stdout;

/**
 * Sends every log line to `target` instead of standard output (undefined: back to standard output),
 * so that a test can read what the services log.
 */
export function sendLogsTo(target?: { write(line: string): unknown }): void {
  sink = target ?? stdout;
}

/**
 * The one logger. JSON lines; the request id comes from the request scope through pino's mixin, so
 * every line of a request carries it. Personal data (names, NIK, addresses, notes) is never passed to
 * it; the redact list is a second line of defence for fields that could slip in through an object.
 */
export const logger = pino(
  {
    level: logConfig().level,
    base: { service: logConfig().serviceName },
    mixin: () => requestScope.getStore() ?? {},
    redact: {
      paths: ['*.fullName', '*.nik', '*.hkid', '*.address', '*.notes', '*.reason', '*.note', 'headers.authorization', '*.variables'],
      censor: '[redacted]',
    },
    // An error object is logged as its class and database codes only: a PostgreSQL error's message and
    // detail repeat the statement's values.
    serializers: { err: (err: unknown) => (err instanceof Error ? describeError(err) : err) },
  },
  { write: (line: string) => sink.write(line) },
);

/** Gives the logger its service name once the process knows which service it is. */
export function setServiceName(name: string): void {
  logger.setBindings({ service: name });
}
