import DataLoader from 'dataloader';
import { Caller, Database, groupLoader, RequestStores, rowLoader, SubgraphContext } from '../../kit';
import { AgencyRepository, AgencyRow } from './agency/agency.repository';
import { EpisodeRepository, EpisodeRow } from './episode/episode.repository';
import { ServiceRepository, ServiceRow } from './service/service.repository';

/** The repositories the services subgraph's services read through outside a transaction. */
export interface Repositories {
  agencies: AgencyRepository;
}

/** The services subgraph's request-scoped loaders: one query per batch. */
export interface Loaders {
  agency: DataLoader<string, AgencyRow | null>;
  service: DataLoader<string, ServiceRow | null>;
  servicesOfAgency: DataLoader<string, ServiceRow[]>;
  episode: DataLoader<string, EpisodeRow | null>;
  episodesOfFamily: DataLoader<string, EpisodeRow[]>;
  episodesOfPerson: DataLoader<string, EpisodeRow[]>;
}

export type Context = SubgraphContext<Loaders, Repositories>;

export function createRequestStores(db: Database, _caller: Caller): RequestStores<Loaders, Repositories> {
  const agencies = new AgencyRepository(db);
  const services = new ServiceRepository(db);
  const episodes = new EpisodeRepository(db);
  return {
    repos: { agencies },
    loaders: {
      agency: rowLoader(
        (ids) => agencies.findByIds(ids),
        (r) => r.id,
      ),
      service: rowLoader(
        (ids) => services.findByIds(ids),
        (r) => r.id,
      ),
      servicesOfAgency: groupLoader(
        (ids) => services.byAgencyIds(ids),
        (r) => r.agencyId,
      ),
      episode: rowLoader(
        (ids) => episodes.findByIds(ids),
        (r) => r.id,
      ),
      episodesOfFamily: groupLoader(
        (ids) => episodes.byFamilyIds(ids),
        (r) => r.familyId,
      ),
      episodesOfPerson: new DataLoader(async (personIds) => {
        const rows = await episodes.byParticipantIds(personIds);
        return personIds.map((id) => rows.filter((r) => r.participantIds.includes(id)));
      }),
    },
  };
}
