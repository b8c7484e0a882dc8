import { IncomingMessage } from 'node:http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ErrorTraceProcessor } from './error-trace-processor';
import { SpanRedactionProcessor } from './span-redaction';
import { headSampler, RecordEverySampler } from './trace-sampler';

/** Paths that are probes or scrapes, not requests of SatuPintu's users: they are not traced. */
const UNTRACED = /^\/(health\/|metrics(\/|$|\?))/;

/** Whether failed parts of unsampled traces are sent too (SATUPINTU_TRACE_ERRORS, default on). */
function tracesErrors(env: NodeJS.ProcessEnv): boolean {
  return !['0', 'false', 'off', 'no'].includes((env.SATUPINTU_TRACE_ERRORS ?? '').trim().toLowerCase());
}

/**
 * Starts OpenTelemetry in this process: the W3C trace context propagator, spans for incoming and
 * outgoing HTTP (node:http and undici, with no headers or bodies recorded), PostgreSQL statements
 * without their values, and the spans @apollo/gateway emits; all exported over OTLP/HTTP (JSON) to
 * the configured endpoint. Returns what flushes and stops it.
 */
export function startTracingSdk(serviceName: string, env: NodeJS.ProcessEnv = process.env): () => Promise<void> {
  const withErrors = tracesErrors(env);
  const head = headSampler(env);
  const processors: SpanProcessor[] = [new SpanRedactionProcessor(), new BatchSpanProcessor(new OTLPTraceExporter())];
  if (withErrors) processors.push(new ErrorTraceProcessor(new OTLPTraceExporter()));
  const provider = new NodeTracerProvider({
    resource: defaultResource()
      .merge(detectResources({ detectors: [envDetector] }))
      .merge(resourceFromAttributes({ 'service.name': serviceName })),
    sampler: withErrors ? new RecordEverySampler(head) : head,
    spanProcessors: processors,
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED.test(req.url ?? ''),
        // The gateway reaches the subgraphs through undici; node:http's own outgoing calls (the
        // identity keys of an OIDC provider, the exporter itself) need no span of their own.
        ignoreOutgoingRequestHook: () => true,
      }),
      new UndiciInstrumentation({ ignoreRequestHook: (req) => UNTRACED.test(req.path) }),
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  return () => provider.shutdown();
}
