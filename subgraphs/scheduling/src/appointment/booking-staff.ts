import { ForbiddenError } from '../../../kit';
import { actsForAgency, canReadDirectory } from '../access-policy';
import { Context } from '../context';
import { schedulingError } from '../scheduling-error';
import { StaffRow } from '../staff/staff.repository';

/**
 * The staff members a booking names, checked in order: each must exist and be visible to the caller
 * (BAD_USER_INPUT, NOT_FOUND otherwise), belong to the caller's own agency (writes only by the agency
 * that owns the record: FORBIDDEN), and be active (STAFF_INACTIVE).
 */
export async function bookableStaff(ctx: Context, staffIds: readonly string[]): Promise<StaffRow[]> {
  const rows = await Promise.all(staffIds.map((id) => ctx.loaders.staff.load(id)));
  return rows.map((row, i) => {
    const field = `staffIds[${i}]`;
    if (!row || !canReadDirectory(ctx.caller, row.jurisdiction)) throw schedulingError('NOT_FOUND', `staff member ${staffIds[i]} not found or no access`, {}, field);
    if (!actsForAgency(ctx.caller, row.agencyId)) {
      throw new ForbiddenError(`staff member ${row.id} works for another agency; only their own agency books their time`);
    }
    if (!row.active) throw schedulingError('STAFF_INACTIVE', `staff member ${row.id} is inactive and takes no new bookings`, { staffId: row.id }, field);
    return row;
  });
}
