import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { failActiveSpan } from './active-span';
import { describeError } from './error-description';
import { logger } from './logger';

export { describeError } from './error-description';

/** The codes a caller may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SUBGRAPH_UNAVAILABLE'
  /** A joining subgraph's own source (the agency system it adapts) is down, slow or failing. */
  | 'SOURCE_UNAVAILABLE'
  /** The caller, agency system or client address made more requests than its budget allows (HTTP 429). */
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

const PUBLIC_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SUBGRAPH_UNAVAILABLE',
  'SUBGRAPH_TIMEOUT',
  'SOURCE_UNAVAILABLE',
  'REQUEST_TIMEOUT',
  'RATE_LIMITED',
]);

/** A failure that is part of the API: a message meant for the caller and a stable code. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Input that breaks a rule; names the field and the rule. */
export class BadInputError extends DomainError {
  constructor(field: string, rule: string, message: string) {
    super('BAD_USER_INPUT', message, { field, rule });
  }
}

/**
 * One message for "does not exist" and "exists but you may not see it", so that an error never
 * reveals that a record exists.
 */
export class NotFoundError extends DomainError {
  constructor(kind: string, id: string) {
    super('NOT_FOUND', `${kind} ${id} not found or no access`, { kind });
  }
}

/** The caller is known but may not do or see this. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** The caller could not be identified. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'a valid bearer token is required') {
    super('UNAUTHENTICATED', message);
  }
}

/** The write lost a race or repeats an existing record; names what is in the way. */
export class ConflictError extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

/** The most of any caller-supplied value an error message repeats. */
export const ECHO_MAX = 64;

/** Longest message a caller receives: anything longer was built around an echoed value. */
const MESSAGE_MAX = 400;

// Control characters are exactly what this pattern is for: they are escaped before a value is echoed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A caller's value as a message may repeat it: control characters escaped, at most ECHO_MAX characters. */
export function echo(value: unknown): string {
  const text = String(value).replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.length > ECHO_MAX ? `${text.slice(0, ECHO_MAX)}…` : text;
}

/**
 * Bounds what a message repeats of the caller's input: graphql-js and the services quote the values
 * they echo, so each quoted run is cut to ECHO_MAX characters, and the message as a whole is capped.
 */
export function boundedMessage(message: string): string {
  const quoted = message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole, inner: string) => (inner.length > ECHO_MAX ? `"${inner.slice(0, ECHO_MAX)}…"` : whole));
  const clean = quoted.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return clean.length > MESSAGE_MAX ? `${clean.slice(0, MESSAGE_MAX)}…` : clean;
}

/** The chain of errors behind one (Apollo and graphql-js wrap the error a scalar or resolver threw). */
function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  for (let e = error; e && !seen.has(e); e = (e as { originalError?: unknown }).originalError) {
    seen.add(e);
    yield e;
  }
}

/**
 * The input field a value error is about, when the error does not name it: graphql-js names a bad
 * variable (`Variable "$from" got invalid value … at "input.startsAt"`) and points at a bad literal,
 * whose argument or input field is the name written just before it.
 */
function fieldOf(message: string, error: unknown): string | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)";/.exec(message) ?? /^Variable "\$(\w+)"/.exec(message);
  if (variable) return variable[2] ?? variable[1];
  for (const e of causes(error)) {
    if (!(e instanceof GraphQLError) || !e.source || e.positions?.[0] === undefined) continue;
    const before = /(\w+)\s*:\s*$/.exec(e.source.body.slice(Math.max(0, e.positions[0] - 200), e.positions[0]));
    if (before) return before[1];
  }
  return undefined;
}

/**
 * A value error from graphql-js (a variable that does not coerce, a literal a scalar refuses) is the
 * caller's input breaking a rule: it is answered as BAD_USER_INPUT with the field and the rule, as
 * the services' own refusals are.
 */
function asInputError(formatted: GraphQLFormattedError, error: unknown): Record<string, unknown> | undefined {
  const code = formatted.extensions?.code;
  if (code !== 'BAD_USER_INPUT' && code !== 'GRAPHQL_VALIDATION_FAILED') return undefined;
  const cause = [...causes(error)].find((e): e is GraphQLError => e instanceof GraphQLError && e.extensions.code === 'BAD_USER_INPUT');
  const graphqlValueError = /^(Variable "\$\w+" got invalid value|Expected value of type)/.test(formatted.message);
  // Other validation errors (the gateway's limits among them) stay GRAPHQL_VALIDATION_FAILED.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && !cause && !graphqlValueError) return undefined;
  return {
    code: 'BAD_USER_INPUT',
    field: formatted.extensions?.field ?? cause?.extensions.field ?? fieldOf(formatted.message, error) ?? 'variables',
    rule: formatted.extensions?.rule ?? cause?.extensions.rule ?? 'INVALID_VALUE',
  };
}

/**
 * Apollo's formatError: public errors pass with their code (never a stack) and a bounded echo of
 * the caller's values; value errors name their field and rule; anything else is logged (its class
 * and database codes, never its values) with the request id and replaced, so no SQL text, stack or
 * address reaches a caller, and the request's span (when traced) is marked failed.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const isPublic = typeof code === 'string' && PUBLIC_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error));
  if (isPublic) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    const input = asInputError(formatted, error);
    return { message: boundedMessage(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { ...extensions, ...input } };
  }
  logger.error({ err: describeError(original), path: formatted.path }, 'internal error');
  failActiveSpan('INTERNAL_SERVER_ERROR');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
