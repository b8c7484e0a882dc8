import { IncomingMessage } from 'node:http';
import { isSpanContextValid, SpanStatusCode, trace } from '@opentelemetry/api';

/**
 * What SatuPintu's own code asks of the span OpenTelemetry opened for the request being served.
 * Without tracing there is no such span, and each of these is a cheap no-op.
 */

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

/**
 * Marks the current span failed with an error code (never a message, which could repeat a value):
 * a GraphQL answer with an internal error is still HTTP 200, and only a failed span makes an
 * unsampled trace worth sending.
 */
export function failActiveSpan(code: string): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.setAttribute('error.type', code);
}
