import { ASTVisitor, ValidationContext } from 'graphql';
import { limitError } from './limit-error';

/**
 * The gateway plans queries and mutations only; a subscription is refused as a bad request instead
 * of failing while it is planned.
 */
export function noSubscriptionsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') context.reportError(limitError('SUBSCRIPTIONS_UNSUPPORTED', 'subscriptions are not supported by this gateway', [node]));
    },
  };
}
