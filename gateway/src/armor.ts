import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ValidationRule } from 'graphql';
import { maxAliasesRule } from './alias-limit';
import { withLimitErrors } from './limit-error';
import { noSubscriptionsRule } from './no-subscriptions';
import { noNulLiteralsRule } from './nul-characters';
import { gatewayLimits } from './gateway-config';

export { envLimit } from './gateway-config';

/** The gateway's limits, read once when it is built. */
export interface Limits {
  plugins: ApolloServerPlugin<object>[];
  validationRules: ValidationRule[];
  /** Most tokens in one operation's text, counted at the HTTP layer before anything parses it. */
  maxTokens: number;
}

/**
 * Limits on what one operation may ask, checked at the gateway before any subgraph is called. The
 * unified family profile is depth 6, about 30 alias-free fields and a cost near 300; the defaults
 * leave room for it and refuse what goes far beyond. Depth, cost and directives are graphql-armor's
 * (with its refusals reworded as the gateway's limit errors); aliases and tokens are counted here,
 * since graphql-armor skips `__typename` aliases and answers an over-long document with HTTP 500
 * (tokens are counted by request-checks.ts, before Apollo).
 * Every refusal is a 400 with `extensions.code`, `field` and `rule`.
 */
export function armor(): Limits {
  const { maxAliases, maxTokens, maxDepth, maxCost, maxDirectives } = gatewayLimits();
  const protection = new ApolloArmor({
    maxDepth: { n: maxDepth, exposeLimits: true, flattenFragments: true },
    maxAliases: { enabled: false },
    costLimit: { maxCost, exposeLimits: true },
    maxTokens: { enabled: false },
    maxDirectives: { n: maxDirectives, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    plugins: protection.plugins as ApolloServerPlugin<object>[],
    validationRules: [noSubscriptionsRule, maxAliasesRule(maxAliases), noNulLiteralsRule, ...protection.validationRules.map(withLimitErrors)],
    maxTokens,
  };
}
