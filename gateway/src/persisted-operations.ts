import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { GraphQLHttpParams } from '../../platform';
import { persistedOperationsSetting } from './gateway-config';

/** A registered list of operations (sha256 of the text → text), e.g. built from examples/ by `npm run operations`. */
export interface OperationManifest {
  operations: Record<string, string>;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads a manifest, or stops with a message saying what is wrong with it: a gateway asked to accept
 * only registered operations must never start accepting everything instead.
 */
export function loadManifest(file: string): OperationManifest {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`the persisted operations manifest ${file} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new Error(`the persisted operations manifest ${file} is not JSON`);
  }
  const operations = (manifest as { operations?: unknown })?.operations;
  if (typeof operations !== 'object' || operations === null || Array.isArray(operations)) {
    throw new Error(`the persisted operations manifest ${file} has no "operations" object (sha256 → text)`);
  }
  for (const [hash, op] of Object.entries(operations)) {
    if (typeof op !== 'string' || sha256(op) !== hash) throw new Error(`persisted operation ${hash} in ${file} does not match its text`);
  }
  return { operations: operations as Record<string, string> };
}

/**
 * The manifest the environment asks for: SATUPINTU_PERSISTED_ONLY=true with the file in
 * SATUPINTU_PERSISTED_OPERATIONS. A setting that cannot be applied (another value than true or
 * false, no file named, a file that cannot be read) throws, so the gateway does not start.
 */
export function persistedOperationsFromEnv(): OperationManifest | undefined {
  const setting = persistedOperationsSetting();
  return setting ? loadManifest(setting.file) : undefined;
}

/** One operation of a request: what it names and what it sends, from a POST body or a GET query string. */
interface Operation {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

function notRegistered(): GraphQLError {
  return new GraphQLError('only registered operations are accepted by this gateway', { extensions: { code: 'FORBIDDEN', field: 'query', rule: 'NOT_REGISTERED' } });
}

function badRequest(field: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', field, rule: 'MALFORMED' } });
}

/** The registered text of one operation, or a refusal. */
function registeredText(manifest: OperationManifest, operation: Operation): string {
  const hash = operation.extensions?.persistedQuery?.sha256Hash;
  if (hash !== undefined) {
    const text = typeof hash === 'string' && Object.hasOwn(manifest.operations, hash) ? manifest.operations[hash] : undefined;
    if (!text) {
      throw new GraphQLError('this operation is not registered', {
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', field: 'extensions.persistedQuery.sha256Hash', rule: 'NOT_REGISTERED' },
      });
    }
    return text;
  }
  if (typeof operation.query === 'string' && Object.hasOwn(manifest.operations, sha256(operation.query))) return operation.query;
  throw notRegistered();
}

/** A POST body's operation with its registered text in place of a hash. */
function checkedBody(manifest: OperationManifest, body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw notRegistered();
  const operation = body as Operation;
  const query = registeredText(manifest, operation);
  if (operation.extensions?.persistedQuery === undefined) return body;
  const { persistedQuery: _hash, ...extensions } = operation.extensions;
  return { ...operation, query, extensions };
}

/** A GET query string with its registered text in place of a hash. */
function checkedSearch(manifest: OperationManifest, search: string): string {
  const params = new URLSearchParams(search);
  const queries = params.getAll('query');
  const extensionsParams = params.getAll('extensions');
  if (queries.length > 1 || extensionsParams.length > 1) throw badRequest('query', 'query and extensions may each be given once');
  let extensions: Operation['extensions'];
  if (extensionsParams.length === 1) {
    try {
      extensions = JSON.parse(extensionsParams[0]) as Operation['extensions'];
    } catch {
      throw badRequest('extensions', 'extensions is not JSON');
    }
  }
  const query = registeredText(manifest, { query: queries[0], extensions });
  params.set('query', query);
  if (extensions?.persistedQuery !== undefined) {
    const { persistedQuery: _hash, ...rest } = extensions;
    params.set('extensions', JSON.stringify(rest));
  }
  return `?${params.toString()}`;
}

/**
 * Production dashboards can be limited to a registered list of operations: a request names its
 * operation by hash (`extensions.persistedQuery.sha256Hash`, as Apollo clients send it) or sends the
 * exact registered text; anything else is refused before it is parsed. The same check applies to
 * every request: GET or POST (or any other method), one operation or a batch of them, each of which
 * must be registered.
 */
export function persistedOnly(manifest: OperationManifest): (request: GraphQLHttpParams) => GraphQLHttpParams {
  return (request) => {
    if (request.method === 'GET') return { ...request, search: checkedSearch(manifest, request.search) };
    if (Array.isArray(request.body)) {
      if (request.body.length === 0) throw notRegistered();
      return { ...request, body: request.body.map((one) => checkedBody(manifest, one)) };
    }
    return { ...request, body: checkedBody(manifest, request.body) };
  };
}
