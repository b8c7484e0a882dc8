import type { AttendanceRow } from './activity-store';
import type { TemplateContext } from './context';

/** A family as the gateway refers to it: only its id. */
interface FamilyRef {
  id: string;
}

export const Family = {
  __resolveReference: (ref: FamilyRef): FamilyRef => ({ id: ref.id }),
  /** Empty for anyone who may not see the agency's activities; otherwise read through the request's batch. */
  communityActivities: (family: FamilyRef, _args: unknown, ctx: TemplateContext): Promise<AttendanceRow[]> | AttendanceRow[] => (ctx.mayRead ? ctx.loaders.attendance.load(family.id) : []),
};
