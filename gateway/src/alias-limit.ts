import { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import { limitError } from './limit-error';

/**
 * At most `max` aliases in one operation, counting every alias, `__typename` ones included (which
 * graphql-armor leaves out, so that hundreds of them passed), and those inside fragments each time
 * the fragment is spread.
 */
export function maxAliasesRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const count = (set: SelectionSetNode, visiting: Set<string>): number => {
      let n = 0;
      for (const selection of set.selections) {
        if (selection.kind === 'Field') {
          if (selection.alias) n++;
          if (selection.selectionSet) n += count(selection.selectionSet, visiting);
        } else if (selection.kind === 'InlineFragment') {
          n += count(selection.selectionSet, visiting);
        } else {
          const name = selection.name.value;
          const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
          // A fragment cycle is refused by its own rule; here it only must not loop.
          if (!fragment || visiting.has(name)) continue;
          visiting.add(name);
          n += count(fragment.selectionSet, visiting);
          visiting.delete(name);
        }
        if (n > max) return n;
      }
      return n;
    };
    return {
      OperationDefinition(node) {
        const found = count(node.selectionSet, new Set());
        if (found > max) context.reportError(limitError('MAX_ALIASES', `aliases limit of ${max} exceeded`, [node]));
      },
    };
  };
}
