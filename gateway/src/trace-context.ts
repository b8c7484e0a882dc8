import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The W3C traceparent the gateway sends to subgraphs: the caller's trace id when it sent a valid one,
 * else a new trace, and a new span id for the gateway's own span, so a collector sees one trace.
 */
export function childTraceparent(incoming: string | string[] | undefined): string {
  const match = typeof incoming === 'string' ? TRACEPARENT.exec(incoming) : null;
  const traceId = match && !/^0+$/.test(match[1]) ? match[1] : randomBytes(16).toString('hex');
  const flags = match ? match[3] : '01';
  return `00-${traceId}-${randomBytes(8).toString('hex')}-${flags}`;
}
