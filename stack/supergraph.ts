import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, GraphQLError } from 'graphql';
import { repoPath } from '../platform/paths';
import { SUBGRAPHS } from '../platform/subgraph-names';

/** The outcome of composing the four subgraph SDL files with @apollo/composition. */
export interface Composition {
  supergraphSdl?: string;
  errors: readonly GraphQLError[];
  hints: NonNullable<ReturnType<typeof composeServices>['hints']>;
}

/** Where the committed supergraph lives; the gateway serves this file. */
export const SUPERGRAPH_FILE = repoPath('schema', 'supergraph.graphql');

/**
 * Composes `schema/<name>.graphql` in-process (rover's compose downloads a plugin at run time, which
 * this project cannot rely on). The URL in each join__graph is the embedded default; the gateway
 * overrides them from its configuration.
 */
export function composeSupergraph(): Composition {
  const services = SUBGRAPHS.map(({ name, defaultPort }) => ({
    name,
    url: `http://127.0.0.1:${defaultPort}/graphql`,
    typeDefs: parse(readFileSync(join(repoPath('schema'), `${name}.graphql`), 'utf8')),
  }));
  const result = composeServices(services);
  return {
    supergraphSdl: result.errors ? undefined : result.supergraphSdl,
    errors: result.errors ?? [],
    hints: result.hints ?? [],
  };
}
