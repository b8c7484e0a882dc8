/**
 * The subgraph kit: the database, loaders, audit and peer calls the four subgraphs share, on top of the
 * platform that the gateway shares too. It knows no domain rule; those live in `domain/` and in the
 * subgraph that owns them.
 */
export * from '../../platform';
export * from './audit';
export * from './audit-log.entity';
export * from './entity-columns';
export * from './bulk-insert';
export * from './database';
export * from './entity-ref';
export * from './input-problems';
export * from './input-rules';
export * from './loaders';
export * from './peer-client';
export * from './peer-grants';
export * from './reference-cache';
export * from './rule-catalogue';
export * from './selection';
export * from '../../platform/run';
export * from './service-grants';
export * from './subgraph';
export * from './subgraph-main';
export * from './subgraph-config';
export * from './write-conflicts';
