import { ForbiddenError, ref } from '../../../kit';
import { canSeeWorkload } from '../access-policy';
import { StaffResolvers } from '../generated/graphql';
import { checkWorkloadRange } from '../workload/workload';
import { visibleStaff } from './staff.access';

export const Staff: StaffResolvers = {
  __resolveReference: (reference, ctx) => visibleStaff(ctx, reference.id),
  agency: (staff) => ref(staff.agencyId),
  roster: (staff, _args, ctx) => ctx.loaders.roster.load(staff.id),
  workload: (staff, { from, to }, ctx) => {
    checkWorkloadRange(from, to);
    if (!canSeeWorkload(ctx.caller, staff)) throw new ForbiddenError("a workload is shown to the staff member's own agency and to area managers of its jurisdiction");
    return ctx.loaders.workload.load({ staff, from, to });
  },
};
