import { ref } from '../../kit';
import { ClosureResolvers } from './generated/graphql';

export const Closure: ClosureResolvers = {
  agency: (closure) => ref(closure.agencyId),
};
