import type { BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { FragmentDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * The root fields an operation asks for (`family`, `_entities`, `startReferral`) by their schema
 * names, never their aliases: the operation label of a subgraph's request metrics. The operation has
 * been validated against the schema by then, so the label is bounded by it.
 */
export function rootFieldNames<Ctx extends BaseContext>({ document, operation }: GraphQLRequestContextDidResolveOperation<Ctx>): string[] {
  if (!operation) return [];
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
  const names = new Set<string>();
  const spread = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') names.add(s.name.value);
      else if (s.kind === 'InlineFragment') walk(s.selectionSet);
      else if (!spread.has(s.name.value)) {
        spread.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names];
}
