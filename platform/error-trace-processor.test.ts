import { Context, ROOT_CONTEXT, Span, SpanStatusCode, trace, TraceFlags } from '@opentelemetry/api';
import { AlwaysOffSampler, AlwaysOnSampler, BasicTracerProvider, InMemorySpanExporter, ParentBasedSampler, Sampler, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ErrorTraceProcessor } from './error-trace-processor';
import { RecordEverySampler } from './trace-sampler';

/** A tracer whose head sampler is `head`, with the sampled spans and the error spans exported apart. */
function tracing(head: Sampler) {
  const sampled = new InMemorySpanExporter();
  const errors = new InMemorySpanExporter();
  const processor = new ErrorTraceProcessor(errors);
  const provider = new BasicTracerProvider({ sampler: new RecordEverySampler(new ParentBasedSampler({ root: head })), spanProcessors: [new SimpleSpanProcessor(sampled), processor] });
  const tracer = provider.getTracer('test');
  const start = (name: string, parent?: Span | Context) => tracer.startSpan(name, {}, parent === undefined ? ROOT_CONTEXT : 'spanContext' in parent ? trace.setSpan(ROOT_CONTEXT, parent) : parent);
  const names = (exporter: InMemorySpanExporter) => exporter.getFinishedSpans().map((s) => s.name);
  return { sampled, errors, processor, provider, start, names };
}

const fail = (span: Span) => span.setStatus({ code: SpanStatusCode.ERROR });

describe('ErrorTraceProcessor', () => {
  it('drops an unsampled trace in which nothing failed', async () => {
    const t = tracing(new AlwaysOffSampler());
    const root = t.start('POST');
    expect(root.isRecording()).toBe(true);
    expect(root.spanContext().traceFlags & TraceFlags.SAMPLED).toBe(0);
    t.start('pg.query', root).end();
    root.end();
    expect([t.names(t.sampled), t.names(t.errors)]).toEqual([[], []]);
    await t.provider.shutdown();
  });

  it('sends the whole local part of an unsampled trace once its root ends, when a span in it failed', async () => {
    const t = tracing(new AlwaysOffSampler());
    const root = t.start('POST');
    const fetch = t.start('gateway.fetch', root);
    const query = t.start('pg.query', fetch);
    fail(query);
    query.end();
    t.start('pg-pool.connect', fetch).end();
    fetch.end();
    expect(t.names(t.errors)).toEqual([]);
    root.end();
    expect(t.names(t.errors)).toEqual(['pg.query', 'pg-pool.connect', 'gateway.fetch', 'POST']);
    expect(t.names(t.sampled)).toEqual([]);
    await t.provider.shutdown();
  });

  it('keeps two local parts of one trace apart: only the failing one is sent', async () => {
    const t = tracing(new AlwaysOffSampler());
    const remote = trace.setSpanContext(ROOT_CONTEXT, { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.NONE, isRemote: true });
    const first = t.start('first', remote);
    const second = t.start('second', remote);
    t.start('first.query', first).end();
    const failing = t.start('second.query', second);
    fail(failing);
    failing.end();
    first.end();
    second.end();
    expect(t.names(t.errors)).toEqual(['second.query', 'second']);
    expect(t.errors.getFinishedSpans().every((s) => s.spanContext().traceId === '4bf92f3577b34da6a3ce929d0e0e4736')).toBe(true);
    await t.provider.shutdown();
  });

  it('sends a failing span that ends after its local root on its own', async () => {
    const t = tracing(new AlwaysOffSampler());
    const root = t.start('POST');
    const late = t.start('late', root);
    root.end();
    fail(late);
    late.end();
    expect(t.names(t.errors)).toEqual(['late']);
    await t.provider.shutdown();
  });

  it('leaves sampled traces to the batch exporter, failed or not', async () => {
    const t = tracing(new AlwaysOnSampler());
    const root = t.start('POST');
    const query = t.start('pg.query', root);
    fail(query);
    query.end();
    root.end();
    expect([t.names(t.sampled), t.names(t.errors)]).toEqual([['pg.query', 'POST'], []]);
    await t.provider.shutdown();
  });

  it('sends the failed local traces still open when it shuts down', async () => {
    const t = tracing(new AlwaysOffSampler());
    const root = t.start('POST');
    const query = t.start('pg.query', root);
    fail(query);
    query.end();
    const exported: string[] = [];
    const original = t.errors.export.bind(t.errors);
    t.errors.export = (spans, done) => {
      exported.push(...spans.map((s) => s.name));
      original(spans, done);
    };
    await t.processor.shutdown();
    expect(exported).toEqual(['pg.query']);
  });
});
