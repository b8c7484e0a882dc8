import { HeaderMap } from '@apollo/server';
import { ASTNode, GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/**
 * A request refused by one of the gateway's limits: a validation failure (HTTP 400) that names the
 * limit as its rule, so a client can tell which limit it met. It is about the operation as a whole,
 * whose field is `query`.
 */
export function limitError(rule: string, message: string, nodes?: ReadonlyArray<ASTNode>): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'query', rule, http: { status: 400, headers: new HeaderMap() } },
  });
}

/** Names the limit graphql-armor reports from the text of its message. */
function armorRule(message: string): string {
  if (/depth/i.test(message)) return 'MAX_DEPTH';
  if (/cost/i.test(message)) return 'MAX_COST';
  if (/directive/i.test(message)) return 'MAX_DIRECTIVES';
  if (/alias/i.test(message)) return 'MAX_ALIASES';
  if (/token/i.test(message)) return 'MAX_TOKENS';
  return 'LIMIT';
}

/**
 * A graphql-armor rule whose refusals are the gateway's own limit errors: graphql-armor words them
 * as "Syntax Error: …" with no rule, which misleads a client whose query parsed fine.
 */
export function withLimitErrors(rule: ValidationRule): ValidationRule {
  return (context: ValidationContext) => {
    const reporting = new Proxy(context, {
      get(target, key) {
        if (key === 'reportError') {
          return (error: GraphQLError) => {
            const message = error.message.replace(/^Syntax Error:\s*/, '');
            target.reportError(limitError(armorRule(message), message, error.nodes));
          };
        }
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return rule(reporting);
  };
}
