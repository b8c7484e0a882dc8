import { Caller } from '../../subgraphs/kit';

/** What the gateway knows about one request. */
export interface GatewayContext {
  caller: Caller;
  requestId: string;
  /** W3C trace context passed on to every subgraph. */
  traceparent: string;
}
