import { AgencyResolvers } from '../generated/graphql';

export const Agency: AgencyResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.agency.load(reference.id),
  contact: (agency) => ({ address: agency.address, phone: agency.phone, fax: agency.fax, email: agency.email }),
  services: (agency, _args, ctx) => ctx.loaders.servicesOfAgency.load(agency.id),
};
