import { IncomingMessage } from 'node:http';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { GraphQLError } from 'graphql';
import { traceIdOf, tracedByOpenTelemetry } from './active-span';
import { formatError } from './errors';
import { sendLogsTo } from './logger';

const withTraceparent = (traceparent?: string) => ({ headers: traceparent ? { traceparent } : {} }) as IncomingMessage;

describe('the active span', () => {
  it('without tracing: the trace id is the caller’s traceparent’s, and nothing is traced', () => {
    expect(traceIdOf(withTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'))).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceIdOf(withTraceparent())).toBeUndefined();
    expect(tracedByOpenTelemetry()).toBe(false);
  });

  describe('with tracing', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    beforeAll(() => {
      provider.register();
      sendLogsTo({ write: () => undefined });
    });
    afterAll(async () => {
      sendLogsTo();
      await provider.shutdown();
      trace.disable();
    });

    it('gives the trace id of the span serving the request, whatever the header says', () => {
      provider.getTracer('test').startActiveSpan('POST', (span) => {
        expect(traceIdOf(withTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'))).toBe(span.spanContext().traceId);
        expect(tracedByOpenTelemetry()).toBe(true);
        span.end();
      });
    });

    it('marks the request’s span failed on an internal error, with its code and no message; a caller’s error leaves it', () => {
      provider.getTracer('test').startActiveSpan('internal', (span) => {
        formatError({ message: 'duplicate key value violates unique constraint (nik)=(3674010101900001)' }, new Error('secret'));
        span.end();
      });
      provider.getTracer('test').startActiveSpan('refused', (span) => {
        formatError({ message: 'not found', extensions: { code: 'NOT_FOUND' } }, new GraphQLError('not found', { extensions: { code: 'NOT_FOUND' } }));
        span.end();
      });
      const [internal, refused] = ['internal', 'refused'].map((name) => exporter.getFinishedSpans().find((s) => s.name === name)!);
      expect(internal.status).toEqual({ code: SpanStatusCode.ERROR });
      expect(internal.attributes).toEqual({ 'error.type': 'INTERNAL_SERVER_ERROR' });
      expect(refused.status.code).toBe(SpanStatusCode.UNSET);
    });
  });
});
