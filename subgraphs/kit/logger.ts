import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import { env } from './config';

/** What every log line of one request carries: the request id and, when present, the trace id. */
export interface RequestScope {
  requestId: string;
  traceId?: string;
}

/** The request being served, set by the HTTP layer so that logs and loaders need not be handed it. */
export const requestScope = new AsyncLocalStorage<RequestScope>();

/**
 * The one logger. JSON lines; the request id comes from the request scope through pino's mixin, so
 * every line of a request carries it. Personal data (names, NIK, addresses, notes) is never passed to
 * it; the redact list is a second line of defence for fields that could slip in through an object.
 */
export const logger = pino({
  level: env('LOG_LEVEL', 'info'),
  base: { service: env('SATUPINTU_SERVICE', 'satupintu') },
  mixin: () => requestScope.getStore() ?? {},
  redact: {
    paths: ['*.fullName', '*.nik', '*.hkid', '*.address', '*.notes', '*.reason', '*.note', 'headers.authorization', '*.variables'],
    censor: '[redacted]',
  },
});

/** Gives the logger its service name once the process knows which service it is. */
export function setServiceName(name: string): void {
  logger.setBindings({ service: name });
}
