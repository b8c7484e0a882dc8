/**
 * The platform: what the gateway and the subgraphs share to serve HTTP and trust each other. It holds
 * no database code and no domain rule, so the gateway can load all of it.
 */
export * from './caller';
export * from './clock';
export * from './config';
export * from './cors';
export * from './errors';
export * from './http-service';
export * from './identity-keys';
export * from './internal-token';
export * from './logger';
export * from './metrics';
export * from './paths';
export * from './request-metrics';
export * from './root-field-names';
export * from './run';
export * from './subgraph-names';
export * from './active-span';
export * from './supergraph-config';
