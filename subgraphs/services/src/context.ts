import DataLoader from 'dataloader';
import { Caller, Database, cachedRowLoader, groupLoader, ReferenceCache, referenceCacheTtlMs, RequestStores, rowLoader, SubgraphContext } from '../../kit';
import { AgencyRepository, AgencyRow } from './agency/agency.repository';
import { CaseNoteRow, EpisodeRepository, EpisodeRow, FamilyEpisodeRow, ParticipantRow, SentReferralRow } from './episode/episode.repository';
import { ServiceRepository, ServiceRow } from './service/service.repository';

/** The repositories the services subgraph's services read through outside a transaction. */
export interface Repositories {
  agencies: AgencyRepository;
  episodes: EpisodeRepository;
}

/** The services subgraph's request-scoped loaders: one query per batch. */
export interface Loaders {
  agency: DataLoader<string, AgencyRow | null>;
  service: DataLoader<string, ServiceRow | null>;
  servicesOfAgency: DataLoader<string, ServiceRow[]>;
  episode: DataLoader<string, EpisodeRow | null>;
  /** A family's episodes: recorded under it, or with a participant from its card. */
  episodesOfFamily: DataLoader<string, FamilyEpisodeRow[]>;
  episodesOfPerson: DataLoader<string, EpisodeRow[]>;
  /** An episode's participants, with their families and roles. */
  participantsOfEpisode: DataLoader<string, ParticipantRow[]>;
  /** The episode opened from a referral, by referral id. */
  episodeOfReferral: DataLoader<string, EpisodeRow | null>;
  /** An episode's case notes, oldest first. */
  caseNotes: DataLoader<string, CaseNoteRow[]>;
  /** The sending episode linked to a referral, by referral id. */
  sendingLink: DataLoader<string, SentReferralRow | null>;
  /** The referrals linked to an episode as sent from it. */
  sentReferralsOfEpisode: DataLoader<string, SentReferralRow[]>;
}

export type Context = SubgraphContext<Loaders, Repositories>;

/** The agencies and services one subgraph process keeps between requests: reference data that no request changes. */
export interface ReferenceCaches {
  agencies: ReferenceCache<AgencyRow>;
  services: ReferenceCache<ServiceRow>;
}

export function referenceCaches(ttlMs = referenceCacheTtlMs()): ReferenceCaches {
  return { agencies: new ReferenceCache({ ttlMs }), services: new ReferenceCache({ ttlMs }) };
}

export function createRequestStores(db: Database, _caller: Caller, caches: ReferenceCaches): RequestStores<Loaders, Repositories> {
  const agencies = new AgencyRepository(db);
  const services = new ServiceRepository(db);
  const episodes = new EpisodeRepository(db);
  return {
    repos: { agencies, episodes },
    loaders: {
      agency: cachedRowLoader(
        caches.agencies,
        (ids) => agencies.findByIds(ids),
        (r) => r.id,
      ),
      service: cachedRowLoader(
        caches.services,
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
        (r) => r.listedFamilyId,
      ),
      participantsOfEpisode: groupLoader(
        (ids) => episodes.participantsOf(ids),
        (r) => r.episodeId,
      ),
      episodeOfReferral: rowLoader(
        (ids) => episodes.byReferralIds(ids),
        (r) => r.referralId!,
      ),
      caseNotes: groupLoader(
        (ids) => episodes.notesOf(ids),
        (r) => r.episodeId,
      ),
      sendingLink: rowLoader(
        (ids) => episodes.sentLinksByReferralIds(ids),
        (r) => r.referralId,
      ),
      sentReferralsOfEpisode: groupLoader(
        (ids) => episodes.sentLinksByEpisodeIds(ids),
        (r) => r.episodeId,
      ),
      episodesOfPerson: new DataLoader(async (personIds) => {
        const rows = await episodes.byParticipantIds(personIds);
        return personIds.map((id) => rows.filter((r) => r.participantIds.includes(id)));
      }),
    },
  };
}
