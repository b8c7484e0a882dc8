import type { Caller } from '../../../platform';

/**
 * Who may see PUSPAGA Kota Tangerang Selatan's cases through SatuPintu: its own staff, acting for it in
 * Indonesia (a staff member, whose id the case system's access log records). Anyone else, including a
 * caller whose token names the agency under Hong Kong's jurisdiction, sees none: their list is empty,
 * as if the family had no case there, so that the answer does not tell whether it has.
 */
export function mayReadPuspagaCases(caller: Caller, puspagaAgencyId: string): boolean {
  return caller.jurisdiction === 'ID' && caller.agencyId === puspagaAgencyId && caller.staffId !== null && caller.roles.includes('AGENCY_STAFF');
}
