import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { GraphQLHttpParams } from '../../platform';
import { limitError } from './limit-error';

/** Whether a text has more than `max` GraphQL tokens; lexing stops at the first token past it. */
function overTokens(text: string, max: number): boolean {
  const lexer = new Lexer(new Source(text));
  try {
    for (let n = 0; lexer.advance().kind !== TokenKind.EOF;) if (++n > max) return true;
  } catch {
    // Text that does not lex is the parser's to refuse, with its own message.
  }
  return false;
}

/** PostgreSQL text cannot hold U+0000: a string carrying it would fail deep in a subgraph as an internal error. */
const NUL = '\u0000';

/** The path of the first string holding a NUL, e.g. `input.members[2].fullName`, or undefined. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulPath(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = key.includes(NUL) ? path || 'variables' : nulPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/** A refusal of a string that holds a NUL, naming where it is. */
export function nulError(field: string): GraphQLError {
  return new GraphQLError(`${field}: text must not contain the NUL character (U+0000) (NUL_CHARACTER)`, {
    extensions: { code: 'BAD_USER_INPUT', field, rule: 'NUL_CHARACTER' },
  });
}

/** The operations of a request: one from a GET query string or a POST body, or each of a batch. */
function operationsOf(request: GraphQLHttpParams): Array<{ query?: unknown; variables?: unknown }> {
  if (request.method === 'GET') {
    const params = new URLSearchParams(request.search);
    let variables: unknown;
    try {
      variables = JSON.parse(params.get('variables') ?? 'null');
    } catch {
      variables = undefined; // Apollo refuses variables that are not JSON
    }
    return [{ query: params.get('query') ?? undefined, variables }];
  }
  const body = request.body;
  const list = Array.isArray(body) ? body : [body];
  return list.filter((one): one is Record<string, unknown> => typeof one === 'object' && one !== null);
}

/**
 * Checks every operation of a request before Apollo reads it, whatever the method and batch shape:
 * at most `maxTokens` tokens in its text (counted before it is parsed, so that an oversized document
 * costs no parse), and no NUL character in its variables. Each refusal is a 400 naming its field and rule.
 */
export function requestChecks(options: { maxTokens: number }): (request: GraphQLHttpParams) => GraphQLHttpParams {
  return (request) => {
    for (const operation of operationsOf(request)) {
      if (typeof operation.query === 'string' && overTokens(operation.query, options.maxTokens)) {
        throw limitError('MAX_TOKENS', `token limit of ${options.maxTokens} exceeded`);
      }
      const field = nulPath(operation.variables ?? null, '');
      if (field !== undefined) throw nulError(field || 'variables');
    }
    return request;
  };
}
