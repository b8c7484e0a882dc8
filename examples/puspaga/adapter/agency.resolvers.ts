import type { PuspagaCaseload } from './case-mapping';
import type { PuspagaContext } from './context';

/** An agency as the gateway refers to it: only its id. */
interface AgencyRef {
  id: string;
}

export const Agency = {
  __resolveReference: (ref: AgencyRef): AgencyRef => ({ id: ref.id }),
  /** PUSPAGA Kota Tangerang Selatan's caseload, for its own staff; empty for any other agency or caller. */
  puspagaCaseload: (agency: AgencyRef, _args: unknown, ctx: PuspagaContext): Promise<PuspagaCaseload[]> | PuspagaCaseload[] =>
    ctx.mayRead && agency.id === ctx.puspagaAgencyId ? ctx.loaders.caseload.load(agency.id) : [],
};
