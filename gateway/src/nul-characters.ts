import { ArgumentNode, ASTNode, ASTVisitor, Kind, ObjectFieldNode, ValidationContext } from 'graphql';
import { nulError } from './request-checks';

const NUL = '\u0000';

/**
 * Refuses string literals holding a NUL (written raw or as an escape), naming their argument and
 * input field: PostgreSQL text cannot hold U+0000, so such a value would otherwise fail as an
 * internal error deep in a subgraph.
 */
export function noNulLiteralsRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!node.value.includes(NUL)) return;
      // The direct parent (the argument or input field) is not among graphql-js's ancestors.
      const names = [...ancestors, parent]
        .filter((a): a is ArgumentNode | ObjectFieldNode => a !== undefined && !Array.isArray(a) && ((a as ASTNode).kind === Kind.ARGUMENT || (a as ASTNode).kind === Kind.OBJECT_FIELD))
        .map((a) => a.name.value);
      context.reportError(nulError(names.join('.') || 'query'));
    },
  };
}
