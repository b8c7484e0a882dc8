import { BadInputError } from '../../platform';
import { CommunityActivityRow, isRecordId } from './activity-store';
import type { TemplateContext } from './context';

export const Query = {
  /** One activity by id; null when there is none or the caller may not see it. */
  communityActivity: (_root: unknown, args: { id: string }, ctx: TemplateContext): Promise<CommunityActivityRow | null> | null => {
    if (!isRecordId(args.id)) throw new BadInputError('id', 'ID_FORMAT', 'id must be a record id (a UUID)');
    return ctx.mayRead ? ctx.loaders.activities.load(args.id) : null;
  },
};
