import { Caller } from '../../platform/caller';
import { DomainError } from '../../platform/errors';
import { peerRequest } from '../kit/peer-client';

/** Why an agency works with a family, as the subgraph holding the record reports it to the registry. */
export type FamilyInvolvementKind = 'EPISODE' | 'REFERRAL' | 'APPOINTMENT';

const RECORD = `mutation($familyId: ID!, $agencyIds: [ID!]!, $kind: FamilyInvolvementKind!) {
  _recordFamilyInvolvement(familyId: $familyId, agencyIds: $agencyIds, kind: $kind)
}`;

/**
 * Tells the family registry that agencies now work with a family (a service episode, a referral sent
 * or received, an appointment), so that the registry shows them the family: the registry is need to
 * know, and these records are what an agency needs to know it for. Sent as the same caller, after every
 * input rule and before the record is written; when the registry cannot be told, nothing is written.
 */
export async function recordFamilyInvolvement(caller: Caller, familyId: string, agencyIds: readonly string[], kind: FamilyInvolvementKind): Promise<void> {
  const answer = await peerRequest<{ _recordFamilyInvolvement: boolean }>('families', RECORD, { familyId, agencyIds: [...new Set(agencyIds)], kind }, caller);
  if (answer.data?._recordFamilyInvolvement === true) return;
  const refusal = answer.errors?.[0]?.extensions?.code;
  if (refusal === 'NOT_FOUND' || refusal === 'FORBIDDEN') {
    throw new DomainError('FORBIDDEN', 'the family registry does not let you keep records about this family; nothing was written', { field: 'familyId', rule: 'FAMILY_NOT_IN_VIEW' });
  }
  throw new DomainError('SUBGRAPH_UNAVAILABLE', 'the family registry could not record which agencies work with the family; nothing was written', { serviceName: 'families' });
}
