import { buildSubgraph, Database, databaseUrlFor, Subgraph } from '../../kit';
import { AgencyEntity } from './agency/agency.entity';
import { Agency } from './agency/agency.resolvers';
import { createRequestStores, referenceCaches } from './context';
import { EpisodeCaseNoteEntity, EpisodeEntity, EpisodeParticipantEntity, EpisodeSentReferralEntity } from './episode/episode.entity';
import { EpisodeParticipant, ServiceEpisode } from './episode/episode.resolvers';
import { Referral } from './referral.resolvers';
import { Family, Person } from './family.resolvers';
import { Services1763856000400 } from './migrations/1763856000400-services';
import { EpisodeWorkflow1763856000410 } from './migrations/1763856000410-episode-workflow';
import { EpisodeParticipants1763856000420 } from './migrations/1763856000420-episode-participants';
import { AgencyReferralAreaPolicy1763856000440 } from './migrations/1763856000440-agency-referral-area-policy';
import { EpisodeFollowThrough1763856000450 } from './migrations/1763856000450-episode-follow-through';
import { Mutation } from './mutation.resolvers';
import { Query } from './query.resolvers';
import { ServiceEntity } from './service/service.entity';
import { Service } from './service/service.resolvers';
import { FamilyAuditTrail } from './family-audit-trail.resolvers';

export const ENTITIES = [AgencyEntity, ServiceEntity, EpisodeEntity, EpisodeParticipantEntity, EpisodeCaseNoteEntity, EpisodeSentReferralEntity];
export const MIGRATIONS = [Services1763856000400, EpisodeWorkflow1763856000410, EpisodeParticipants1763856000420, AgencyReferralAreaPolicy1763856000440, EpisodeFollowThrough1763856000450];

/** Builds the services subgraph (agencies, services, service episodes) on its own database. */
export function buildServicesSubgraph(url = databaseUrlFor('services')): Subgraph {
  if (!url) throw new Error('SERVICES_DATABASE_URL is not set');
  const db = new Database({ name: 'services', url, entities: ENTITIES, migrations: MIGRATIONS });
  // A peer's reference check backs a write (a referral to an agency that refuses outside its area), so it reads fresh rows.
  const caches = referenceCaches();
  const fresh = referenceCaches(0);
  return buildSubgraph({
    name: 'services',
    db,
    resolvers: { Query, Mutation, FamilyAuditTrail, Agency, Service, ServiceEpisode, EpisodeParticipant, Referral, Family, Person },
    stores: (db, caller, via) => createRequestStores(db, caller, via ? fresh : caches),
  });
}
