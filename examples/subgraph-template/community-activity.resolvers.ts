import type { CommunityActivityRow } from './activity-store';
import type { TemplateContext } from './context';

export const CommunityActivity = {
  /** Null for anyone who may not see the agency's activities, as for an id no activity has. */
  __resolveReference: (ref: { id: string }, ctx: TemplateContext): Promise<CommunityActivityRow | null> | null => (ctx.mayRead ? ctx.loaders.activities.load(ref.id) : null),
  /** Every activity of this store is the agency's: a reference the services subgraph resolves. */
  agency: (_activity: CommunityActivityRow, _args: unknown, ctx: TemplateContext): { id: string } => ({ id: ctx.agencyId }),
};
