import { ref } from '../../../kit';
import { StaffResolvers } from '../generated/graphql';
import { visibleStaff } from './staff.access';

export const Staff: StaffResolvers = {
  __resolveReference: (reference, ctx) => visibleStaff(ctx, reference.id),
  agency: (staff) => ref(staff.agencyId),
  roster: (staff, _args, ctx) => ctx.loaders.roster.load(staff.id),
};
