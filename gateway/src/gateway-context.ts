import { Caller } from '../../platform';

/** What the gateway knows about one request. */
export interface GatewayContext {
  caller: Caller;
  /** The gateway's own id of the request, which every subgraph's log line and audit row carries. */
  requestId: string;
  /** The id the caller sent (x-request-id), if well formed, kept beside the gateway's own. */
  clientRequestId: string | null;
  /**
   * W3C trace context passed on to every subgraph by hand; null when OpenTelemetry traces the request,
   * since its undici instrumentation then sends the traceparent of each subgraph call's own span.
   */
  traceparent: string | null;
}
