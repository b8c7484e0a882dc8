import { IncomingMessage } from 'node:http';
import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * The trace id of the request being served, for its log lines: the span OpenTelemetry opened for
 * it when tracing is on (so the id logged is the id exported), else the one in the caller's
 * traceparent header.
 */
export function traceIdOf(req: IncomingMessage): string | undefined {
  const active = trace.getActiveSpan()?.spanContext();
  if (active && isSpanContextValid(active)) return active.traceId;
  const traceparent = req.headers.traceparent;
  return typeof traceparent === 'string' ? traceparent.split('-')[1] : undefined;
}

/** Whether OpenTelemetry traces the current request: it then passes the trace context on itself. */
export function tracedByOpenTelemetry(): boolean {
  const active = trace.getActiveSpan()?.spanContext();
  return active !== undefined && isSpanContextValid(active);
}
