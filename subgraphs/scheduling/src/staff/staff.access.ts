import { asUuid } from '../../../kit';
import { canReadDirectory } from '../access-policy';
import { Context } from '../context';
import { StaffRow } from './staff.repository';

/**
 * Loads a staff member to show (from the directory kept between requests) and keeps them if the
 * caller may read the directory of their agency's jurisdiction. A staff record is no family's record,
 * so it is not audited; one the caller may not see answers as if it did not exist.
 */
export async function visibleStaff(ctx: Context, id: string): Promise<StaffRow | null> {
  const uuid = asUuid(id);
  if (!uuid) return null;
  const row = await ctx.loaders.shownStaff.load(uuid);
  return row && canReadDirectory(ctx.caller, row.jurisdiction) ? row : null;
}
