import { Context } from '../context';
import { schedulingError } from '../scheduling-error';
import { AddressProtection, visitsHome } from './booking-references';

/** A booking, or a move of one, that may take staff to a family's home. */
export interface HomeBooking {
  kind: string;
  place: string;
  familyId: string | null;
}

/**
 * A protected family's address (a victim in a shelter or fleeing violence) is visited by the protecting
 * agency alone: a leaked shelter address can cost a life. Any other agency's home visit is refused
 * with FORBIDDEN (rule PROTECTED_ADDRESS), and the refusal is audited against the family, as it tells
 * that the family is protected; the protecting agency's is refused (PROTECTED_ADDRESS_CONFIRM) until it
 * confirms, so that nobody books one there by habit. Neither refusal names the address or the
 * protecting agency, since being known to a violence unit is itself a disclosure.
 */
export function checkProtectedAddress(ctx: Context, booking: HomeBooking, protection: AddressProtection, confirmed: boolean): void {
  if (!booking.familyId || !visitsHome(booking) || protection === 'NONE') return;
  if (protection === 'FROM_CALLER') {
    ctx.audit.denied('WRITE', 'Appointment', [{ id: booking.familyId, familyId: booking.familyId }]);
    throw schedulingError('PROTECTED_ADDRESS', "this family's address is protected: only the agency protecting the family visits it at home; meet the family at your centre or another safe place");
  }
  if (!confirmed) {
    throw schedulingError(
      'PROTECTED_ADDRESS_CONFIRM',
      "this family's address is protected by your agency: confirm the home visit with confirmProtectedAddress: true, and keep its place out of anything shared beyond your agency",
      { confirmWith: 'confirmProtectedAddress' },
    );
  }
}
