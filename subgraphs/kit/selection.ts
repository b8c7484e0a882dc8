import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks the field being resolved for its sub-field `name`, directly or through a
 * fragment, so that a connection counts its matches only when `totalCount` is asked for: a count reads
 * every match, a page only its rows. A sub-field under `@skip` or `@include` counts as asked for.
 */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return inSet(selection.selectionSet);
      const fragment = selection.name.value;
      if (seen.has(fragment)) return false;
      seen.add(fragment);
      return inSet(info.fragments[fragment]?.selectionSet);
    });
  return info.fieldNodes.some((node) => inSet(node.selectionSet));
}
