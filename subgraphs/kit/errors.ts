import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from './logger';

/** The codes a caller may see; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SUBGRAPH_UNAVAILABLE'
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
  'REQUEST_TIMEOUT',
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

/**
 * Apollo's formatError: public errors pass with their code (never a stack); anything else is logged
 * with the request id and replaced, so no SQL text, stack or address reaches a caller.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const isPublic =
    typeof code === 'string' &&
    PUBLIC_CODES.has(code) &&
    (original instanceof GraphQLError || !(original instanceof Error));
  if (isPublic) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  logger.error({ err: original, path: formatted.path }, 'internal error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
