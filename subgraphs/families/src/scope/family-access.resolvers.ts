import type { Context } from '../context';
import type { FamilyAccessRequestResolvers } from '../generated/graphql';
import { visibleFamily } from '../family/family.access';
import type { AccessRequestRow } from './family-agency.repository';
import { decidesFor } from './family-access.service';

/** Whether the caller is on the deciding side of a request (not the requester). */
async function decides(ctx: Context, request: AccessRequestRow): Promise<boolean> {
  const family = await ctx.loaders.family.load(request.familyId);
  return family !== null && (await decidesFor(ctx, family));
}

/** An access request: the requester sees its status; the deciding agencies also see who asks and for which family. */
export const FamilyAccessRequest: FamilyAccessRequestResolvers = {
  requestingAgencyId: async (request, _args, ctx) => ((await decides(ctx, request)) ? request.requesterAgencyId : null),
  family: async (request, _args, ctx) => ((await decides(ctx, request)) || request.status === 'GRANTED' ? visibleFamily(ctx, request.familyId) : null),
};
