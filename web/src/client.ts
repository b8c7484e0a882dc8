import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { currentSession } from './auth';
import * as operations from './operations';

type Persisted = DocumentNode & { __meta__?: { hash?: string } };

/**
 * Operation name → the hash codegen gave its document (web/persisted-operations.json). Looked up by
 * name, since Apollo Client's own document transforms may hand the link a copy of the document.
 */
const HASHES = new Map<string, string>();
for (const document of Object.values(operations) as Persisted[]) {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name && document.__meta__?.hash) HASHES.set(definition.name.value, document.__meta__.hash);
  }
}

function hashOf(document: Persisted, name: string | undefined): string | undefined {
  return document.__meta__?.hash ?? (name ? HASHES.get(name) : undefined);
}

/**
 * Sends every operation by its registered hash only (`extensions.persistedQuery.sha256Hash`, as the
 * gateway accepts it), never its text, with the session's bearer token.
 */
const persisted = new ApolloLink((operation, forward) => {
  const hash = hashOf(operation.query, operation.operationName);
  if (!hash) throw new Error(`operation ${operation.operationName ?? ''} is not a persisted document (run npm run codegen:web)`);
  operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: hash } };
  const token = currentSession()?.token;
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    http: { includeQuery: false, includeExtensions: true },
  }));
  return forward(operation);
});

/** Answers about families are never kept: each page asks again, and sign-out leaves nothing behind. */
export function createClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([persisted, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache', errorPolicy: 'all' },
      watchQuery: { fetchPolicy: 'no-cache', errorPolicy: 'all' },
    },
  });
}
