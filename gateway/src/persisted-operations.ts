import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { DomainError } from '../../subgraphs/kit';

/** A registered list of operations (sha256 of the text → text), e.g. built from examples/ by `npm run operations`. */
export interface OperationManifest {
  operations: Record<string, string>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function loadManifest(file: string): OperationManifest {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as OperationManifest;
  for (const [hash, text] of Object.entries(manifest.operations)) {
    if (sha256(text) !== hash) throw new Error(`persisted operation ${hash} in ${file} does not match its text`);
  }
  return manifest;
}

type Body = { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;

/**
 * Production dashboards can be limited to a registered list of operations: a request names its
 * operation by hash (`extensions.persistedQuery.sha256Hash`, as Apollo clients send it) or sends the
 * exact registered text; anything else is refused before it is parsed.
 */
export function persistedOnly(manifest: OperationManifest): (body: unknown) => unknown {
  return (raw) => {
    const body = raw as Body;
    const hash = body?.extensions?.persistedQuery?.sha256Hash;
    if (typeof hash === 'string') {
      const text = manifest.operations[hash];
      if (!text) throw new GraphQLError('this operation is not registered', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
      return { ...body, query: text, extensions: { ...body!.extensions, persistedQuery: undefined } };
    }
    if (typeof body?.query === 'string' && manifest.operations[sha256(body.query)]) return body;
    throw new DomainError('FORBIDDEN', 'only registered operations are accepted by this gateway');
  };
}
