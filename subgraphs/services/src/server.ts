import { buildSubgraph, Database, databaseUrlFor, Subgraph } from '../../kit';
import { AgencyEntity } from './agency/agency.entity';
import { Agency } from './agency/agency.resolvers';
import { createRequestStores } from './context';
import { EpisodeEntity, EpisodeParticipantEntity } from './episode/episode.entity';
import { EpisodeParticipant, ServiceEpisode } from './episode/episode.resolvers';
import { Family, Person } from './family.resolvers';
import { Services1763856000400 } from './migrations/1763856000400-services';
import { EpisodeWorkflow1763856000410 } from './migrations/1763856000410-episode-workflow';
import { EpisodeParticipants1763856000420 } from './migrations/1763856000420-episode-participants';
import { Mutation } from './mutation.resolvers';
import { Query } from './query.resolvers';
import { ServiceEntity } from './service/service.entity';
import { Service } from './service/service.resolvers';
import { FamilyAuditTrail } from './family-audit-trail.resolvers';

export const ENTITIES = [AgencyEntity, ServiceEntity, EpisodeEntity, EpisodeParticipantEntity];
export const MIGRATIONS = [Services1763856000400, EpisodeWorkflow1763856000410, EpisodeParticipants1763856000420];

/** Builds the services subgraph (agencies, services, service episodes) on its own database. */
export function buildServicesSubgraph(url = databaseUrlFor('services')): Subgraph {
  if (!url) throw new Error('SERVICES_DATABASE_URL is not set');
  const db = new Database({ name: 'services', url, entities: ENTITIES, migrations: MIGRATIONS });
  return buildSubgraph({ name: 'services', db, resolvers: { Query, Mutation, FamilyAuditTrail, Agency, Service, ServiceEpisode, EpisodeParticipant, Family, Person }, stores: createRequestStores });
}
