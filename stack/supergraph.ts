import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { DocumentNode, GraphQLError, parse } from 'graphql';
import { repoPath } from '../platform/paths';
import { readSupergraphConfig, SupergraphConfig, SupergraphConfigError } from '../platform/supergraph-config';

/** The outcome of composing the subgraphs of a composition config with @apollo/composition. */
export interface Composition {
  supergraphSdl?: string;
  errors: readonly GraphQLError[];
  hints: NonNullable<ReturnType<typeof composeServices>['hints']>;
}

/** A subgraph composed beside those of the config (the conformance check's candidate). */
export interface ExtraSubgraph {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/** Where the committed supergraph lives; the gateway serves this file unless GATEWAY_SUPERGRAPH_FILE says otherwise. */
export const SUPERGRAPH_FILE = repoPath('schema', 'supergraph.graphql');

/** A subgraph's SDL file, parsed; a file that is missing or not GraphQL names itself. */
export function readSchemaFile(file: string): DocumentNode {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SupergraphConfigError(`${file}: cannot be read`);
  }
  try {
    return parse(text);
  } catch (err) {
    throw new SupergraphConfigError(`${file}: not GraphQL SDL (${(err as Error).message})`);
  }
}

/**
 * Composes the subgraphs of a composition config (default: supergraph.yaml) in-process, with any
 * extra subgraphs beside them (rover's compose downloads a plugin at run time, which this project
 * cannot rely on). Each join__graph URL is the entry's routing_url; the gateway may override it.
 */
export function composeSupergraph(options: { config?: SupergraphConfig; extra?: readonly ExtraSubgraph[] } = {}): Composition {
  const config = options.config ?? readSupergraphConfig();
  const services = [
    ...config.subgraphs.map(({ name, routingUrl, schemaFile }) => ({ name, url: routingUrl, typeDefs: readSchemaFile(schemaFile) })),
    ...(options.extra ?? []).filter((extra) => !config.subgraphs.some((s) => s.name === extra.name)),
  ];
  const result = composeServices(services);
  return {
    supergraphSdl: result.errors ? undefined : result.supergraphSdl,
    errors: result.errors ?? [],
    hints: result.hints ?? [],
  };
}
