import { ApolloArmor } from '@escape.tech/graphql-armor';
import { envInt } from '../../subgraphs/kit';

/**
 * Limits on what one operation may ask, checked at the gateway before any subgraph is called
 * (graphql-armor). The unified family profile is depth 6, about 30 aliases-free fields and a cost
 * near 300; the defaults leave room for it and refuse what goes far beyond.
 */
export function armor() {
  return new ApolloArmor({
    maxDepth: { n: envInt('GRAPHQL_MAX_DEPTH', 8), exposeLimits: true, flattenFragments: true },
    maxAliases: { n: envInt('GRAPHQL_MAX_ALIASES', 15), exposeLimits: true },
    costLimit: { maxCost: envInt('GRAPHQL_MAX_COST', 5000), exposeLimits: true },
    maxTokens: { n: envInt('GRAPHQL_MAX_TOKENS', 2000), exposeLimits: true },
    maxDirectives: { n: envInt('GRAPHQL_MAX_DIRECTIVES', 20), exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
