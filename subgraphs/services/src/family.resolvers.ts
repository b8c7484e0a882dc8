import { visibleEpisodes } from './episode/episode.access';
import { FamilyResolvers, PersonResolvers } from './generated/graphql';

/** Family and Person as the services subgraph extends them: the episodes the caller may see. */
export const Family: FamilyResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  serviceEpisodes: async (family, { status }, ctx) => {
    const rows = await ctx.loaders.episodesOfFamily.load(family.id);
    return visibleEpisodes(ctx, status ? rows.filter((r) => r.status === status) : rows);
  },
};

export const Person: PersonResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  serviceEpisodes: async (person, _args, ctx) => visibleEpisodes(ctx, await ctx.loaders.episodesOfPerson.load(person.id)),
};
