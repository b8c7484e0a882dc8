/** The shared subgraph kit: what the four subgraphs have in common. */
export * from './audit';
export * from './caller';
export * from './config';
export * from './database';
export * from './errors';
export * from './http-service';
export * from './internal-token';
export * from './loaders';
export * from './logger';
export * from './paths';
export * from './subgraph';
export * from './subgraph-names';
export * from './entity-ref';
export * from './run';
export * from './subgraph-main';
export * from './bulk-insert';
export * from './peer-client';
