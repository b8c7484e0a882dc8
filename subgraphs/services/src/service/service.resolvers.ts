import { ServiceResolvers } from '../generated/graphql';

export const Service: ServiceResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.service.load(reference.id),
  agency: async (service, _args, ctx) => {
    const agency = await ctx.loaders.agency.load(service.agencyId);
    if (!agency) throw new Error(`agency ${service.agencyId} of service ${service.id} is missing`);
    return agency;
  },
};
