import { visibleAppointmentsOf } from './appointment/appointment.access';
import { FamilyResolvers } from './generated/graphql';

/** Scheduling's field on the families subgraph's Family. */
export const Family: FamilyResolvers = {
  appointments: (family, { window }, ctx) => visibleAppointmentsOf(ctx, family.id, window),
};
