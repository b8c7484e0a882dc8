import { ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { SubgraphName } from '../../platform/subgraph-names';

/** The context fields the rule reads. */
export interface PeerCallContext {
  /** The peer subgraph making this request on the caller's behalf; null when the gateway sent it. */
  via: SubgraphName | null;
}

/** The root field names of an operation, through fragments. */
function rootFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return [selection.name.value];
    if (selection.kind === 'InlineFragment') return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name) || !fragments[name]) return [];
    seen.add(name);
    return rootFields(fragments[name].selectionSet, fragments, seen);
  });
}

/**
 * A request a peer subgraph makes with a granted peer token may use only the internal root fields
 * (`_entities`, `_service`, and internal mutations such as `_recordFamilyInvolvement`, whose names start
 * with `_` and which the gateway never exposes): a subgraph that is taken over cannot use the callers'
 * tokens it holds to read or change anything through the public fields of its peers.
 */
export const peerCallRule: ApolloServerPlugin<PeerCallContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document }) {
        if (!contextValue.via) return;
        const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
        const fields = rootFields((operation as OperationDefinitionNode).selectionSet, fragments);
        const outside = fields.filter((f) => !f.startsWith('_'));
        if (outside.length > 0) {
          throw new GraphQLError(`a request from the ${contextValue.via} service may only use internal fields, not ${outside.slice(0, 3).join(', ')}`, {
            extensions: { code: 'FORBIDDEN', http: { status: 403 } },
          });
        }
      },
    };
  },
};
