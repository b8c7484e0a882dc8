import { Caller } from './caller';
import { env } from './config';
import { DomainError } from './errors';
import { signInternalToken, INTERNAL_HEADER } from './internal-token';
import { requestScope } from './logger';
import { SUBGRAPHS, SubgraphName } from './subgraph-names';

/** The GraphQL URL of a peer subgraph: `<NAME>_URL`, else its embedded default port. */
export function peerUrl(peer: SubgraphName): string {
  const port = SUBGRAPHS.find((s) => s.name === peer)!.defaultPort;
  return env(`${peer.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`)!;
}

/**
 * Asks the subgraph that owns an entity type for entities by id, through its federation `_entities`
 * field and as the same caller, so the owner's access rules apply: an id the caller may not see comes
 * back null, exactly like an id that does not exist. This is how a subgraph checks that the records
 * a write refers to are real without reading another subgraph's tables.
 */
export async function fetchEntities<T>(peer: SubgraphName, typename: string, ids: readonly string[], selection: string, caller: Caller): Promise<Array<T | null>> {
  if (ids.length === 0) return [];
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`;
  const representations = ids.map((id) => ({ __typename: typename, id }));
  let body: { data?: { _entities: Array<T | null> }; errors?: Array<{ message: string }> };
  try {
    const res = await fetch(peerUrl(peer), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_HEADER]: await signInternalToken(caller, peer),
        'x-request-id': requestScope.getStore()?.requestId ?? '',
      },
      body: JSON.stringify({ query, variables: { r: representations } }),
      // Below the gateway's subgraph timeout (5 s), so a slow peer is reported as such, not as a timeout of this subgraph.
      signal: AbortSignal.timeout(Number(env('PEER_TIMEOUT_MS', '4000'))),
    });
    body = (await res.json()) as typeof body;
  } catch {
    throw new DomainError('SUBGRAPH_UNAVAILABLE', `the ${peer} service could not be reached to check references; nothing was written`, { serviceName: peer });
  }
  if (!body.data) throw new DomainError('SUBGRAPH_UNAVAILABLE', `the ${peer} service could not check references; nothing was written`, { serviceName: peer });
  return body.data._entities;
}
