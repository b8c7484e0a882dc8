import { decodeJwt } from 'jose';
import { Caller } from '../../platform/caller';
import { subgraphUrl } from '../../platform/config';
import { DomainError, ForbiddenError } from '../../platform/errors';
import { INTERNAL_HEADER } from '../../platform/internal-token';
import { requestScope } from '../../platform/logger';
import { grantedPeerToken } from './peer-grants';
import { SubgraphName } from '../../platform/subgraph-names';
import { peerTimeoutMs } from './subgraph-config';

/** The GraphQL URL of a peer subgraph: `<NAME>_URL`, else its embedded default port. */
export function peerUrl(peer: SubgraphName): string {
  return subgraphUrl(peer);
}

/** A GraphQL answer from a peer subgraph. */
export interface PeerAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function subjectOf(token: string): string | undefined {
  try {
    return decodeJwt(token).sub;
  } catch {
    return undefined;
  }
}

/**
 * Sends one GraphQL operation to a peer subgraph as the same caller, with the peer token the gateway
 * granted this request for that peer (subgraphs cannot sign identity themselves). Throws FORBIDDEN
 * (nothing written) when the gateway granted none, and SUBGRAPH_UNAVAILABLE (nothing written) when the
 * peer cannot be reached or answers with something that is not GraphQL. The granted token names the
 * caller; it must be the `caller` given, so a write never asks a peer as someone else.
 */
export async function peerRequest<T>(peer: SubgraphName, query: string, variables: Record<string, unknown>, caller: Caller): Promise<PeerAnswer<T>> {
  const token = grantedPeerToken(peer);
  if (!token || subjectOf(token) !== caller.subject) throw new ForbiddenError(`the gateway granted this request no access to the ${peer} service, so it cannot be checked there; nothing was written`);
  try {
    const res = await fetch(peerUrl(peer), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_HEADER]: token,
        'x-request-id': requestScope.getStore()?.requestId ?? '',
        'x-client-request-id': requestScope.getStore()?.clientRequestId ?? '',
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(peerTimeoutMs()),
    });
    return (await res.json()) as PeerAnswer<T>;
  } catch {
    throw new DomainError('SUBGRAPH_UNAVAILABLE', `the ${peer} service could not be reached; nothing was written`, { serviceName: peer });
  }
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
  const body = await peerRequest<{ _entities: Array<T | null> }>(peer, query, { r: representations }, caller);
  if (!body.data) throw new DomainError('SUBGRAPH_UNAVAILABLE', `the ${peer} service could not check references; nothing was written`, { serviceName: peer });
  return body.data._entities;
}
