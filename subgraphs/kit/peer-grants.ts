import { requestScope, RequestScope } from '../../platform/logger';
import { SubgraphName } from '../../platform/subgraph-names';

/**
 * The peer tokens the gateway granted with the request being served, kept beside its request scope
 * (not in it: the scope is copied into every log line, and tokens never go to logs). Subgraphs cannot
 * sign identity, so these are the only way a write can ask a peer, as its caller, whether the records
 * it names are real.
 */
const grants = new WeakMap<RequestScope, ReadonlyMap<SubgraphName, string>>();

/** Keeps the peer tokens of the request being served. */
export function keepPeerTokens(tokens: ReadonlyMap<SubgraphName, string>): void {
  const scope = requestScope.getStore();
  if (scope && tokens.size > 0) grants.set(scope, tokens);
}

/** The token the gateway granted the request being served for `peer`, if any. */
export function grantedPeerToken(peer: SubgraphName): string | undefined {
  const scope = requestScope.getStore();
  return scope ? grants.get(scope)?.get(peer) : undefined;
}
