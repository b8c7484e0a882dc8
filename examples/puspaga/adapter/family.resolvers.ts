import type { PuspagaCase } from './case-mapping';
import type { PuspagaContext } from './context';

/** A family as the gateway refers to it: only its id. */
interface FamilyRef {
  id: string;
}

export const Family = {
  __resolveReference: (ref: FamilyRef): FamilyRef => ({ id: ref.id }),
  /** Empty for anyone who may not see PUSPAGA's cases; otherwise read through the request's batch. */
  puspagaCases: (family: FamilyRef, _args: unknown, ctx: PuspagaContext): Promise<PuspagaCase[]> | PuspagaCase[] => (ctx.mayRead ? ctx.loaders.cases.load(family.id) : []),
};
