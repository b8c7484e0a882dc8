import { SpanStatusCode } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { redactedAttributes, SpanRedactionProcessor } from './span-redaction';

describe('span redaction', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SpanRedactionProcessor(), new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('test');
  afterEach(() => exporter.reset());
  afterAll(() => provider.shutdown());

  it('keeps only known attributes, cuts query strings off URLs and replaces SQL literals', () => {
    const span = tracer.startSpan('GET');
    span.setAttributes({
      'http.request.method': 'GET',
      'url.full': 'http://127.0.0.1:4000/graphql?query=%7BpersonByNik(nik%3A%223674010101900001%22)%7D&variables=%7B%7D',
      'http.target': '/graphql?variables=%7B%22kk%22%3A%223674%22%7D',
      'url.query': 'variables=%7B%7D',
      'http.request.header.authorization': ['Bearer abc'],
      'user_agent.original': 'Mozilla/5.0',
      'client.address': '10.1.2.3',
      'graphql.document': '{ personByNik(nik: "3674010101900001") { fullName } }',
      'graphql.operation.name': 'ProfileByNik',
      'db.query.text': "SELECT id FROM person WHERE nik = '3674010101900001' AND full_name = 'O''Neil'",
      'db.postgresql.values': ['3674010101900001'],
      'server.port': 4000,
    });
    span.end();
    const [exported] = exporter.getFinishedSpans();
    expect(exported.attributes).toEqual({
      'http.request.method': 'GET',
      'url.full': 'http://127.0.0.1:4000/graphql',
      'http.target': '/graphql',
      'graphql.operation.name': 'ProfileByNik',
      'db.query.text': "SELECT id FROM person WHERE nik = '?' AND full_name = '?'",
      'server.port': 4000,
    });
  });

  it('keeps only the type of an exception event and drops the status message', () => {
    const span = tracer.startSpan('gateway.request');
    span.recordException(new TypeError('Variable "$nik" got invalid value "3674010101900001"'));
    span.addEvent('note', { 'family.name': 'Siti Rahayu' });
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'Variable "$nik" got invalid value "3674010101900001"' });
    span.end();
    const [exported] = exporter.getFinishedSpans();
    expect(exported.events.map((e) => [e.name, e.attributes])).toEqual([
      ['exception', { 'exception.type': 'TypeError' }],
      ['note', {}],
    ]);
    expect(exported.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(JSON.stringify(exported.attributes)).not.toContain('3674');
  });

  it('drops link attributes, which the API lets any code set', () => {
    const parent = tracer.startSpan('parent');
    const span = tracer.startSpan('linked', { links: [{ context: parent.spanContext(), attributes: { nik: '3674010101900001' } }] });
    span.end();
    parent.end();
    const linked = exporter.getFinishedSpans().find((s) => s.name === 'linked')!;
    expect(linked.links[0].attributes).toEqual({});
    expect(linked.links[0].context.spanId).toBe(parent.spanContext().spanId);
  });

  it('leaves non-string values of URL attributes as they are', () => {
    expect(redactedAttributes({ 'url.full': 42, 'http.status_code': 200 })).toEqual({ 'url.full': 42, 'http.status_code': 200 });
  });
});
