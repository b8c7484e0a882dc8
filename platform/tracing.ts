/**
 * Whether this process sends traces, and the switch that starts them. OpenTelemetry's SDK is loaded
 * only when an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or
 * OTEL_EXPORTER_OTLP_ENDPOINT): without one, nothing but this file is loaded and the tracing API
 * stays a no-op. This file loads nothing else, so an entry point can import it before any module
 * that reaches for http, undici or pg, and the instrumentations can patch those as they load.
 */

/** Flushes and stops tracing; a no-op when tracing never started. */
let stop: () => Promise<void> = async () => undefined;

/** The OTLP endpoint traces go to, or null when none is configured (or the SDK is switched off). */
export function tracesEndpoint(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true' || env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === 'none') return null;
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return endpoint || null;
}

/**
 * Starts tracing for one SatuPintu process when an endpoint is configured. Its `service.name` is
 * OTEL_SERVICE_NAME, else SATUPINTU_SERVICE (the launchers set it), else `name`.
 */
export function startTracing(name: string): void {
  if (!tracesEndpoint()) return;
  const serviceName = process.env.OTEL_SERVICE_NAME?.trim() || process.env.SATUPINTU_SERVICE?.trim() || name;
  // Loaded synchronously and only here, so that a process without an endpoint never loads the SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('./tracing-sdk') as typeof import('./tracing-sdk');
  stop = sdk.startTracingSdk(serviceName);
}

/** Sends the spans still buffered and stops tracing, within `timeoutMs`; called as a service stops. */
export async function stopTracing(timeoutMs = 5_000): Promise<void> {
  const done = stop();
  stop = async () => undefined;
  await Promise.race([done.catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref())]);
}
