import { bulkInsertRows, Sql } from '../../kit';
import type { World } from '../../../demo/world-types';
import { AgencyEntity } from './agency/agency.entity';
import { EpisodeEntity, EpisodeParticipantEntity } from './episode/episode.entity';
import { ServiceEntity } from './service/service.entity';

/** Writes the demo world's agencies, their services and the families' service episodes with their participants. */
export async function seedServices(sql: Sql, world: World): Promise<void> {
  await bulkInsertRows(
    sql,
    AgencyEntity,
    ['id', 'code', 'name', 'kind', 'sector', 'jurisdiction', 'timeZone', 'regionCode', 'areaServed', 'address', 'phone', 'fax', 'email', 'operator'],
    world.agencies.map((a) => ({ ...a, ...a.contact })),
  );
  await bulkInsertRows(
    sql,
    ServiceEntity,
    ['id', 'agencyId', 'code', 'category', 'name', 'description', 'feeFree', 'eligibility', 'requiresChildRole'],
    world.agencies.flatMap((a) => a.services.map((s) => ({ ...s, agencyId: a.id }))),
  );
  await bulkInsertRows(
    sql,
    EpisodeEntity,
    ['id', 'familyId', 'familyRegion', 'participantIds', 'serviceId', 'agencyId', 'status', 'openedOn', 'closedOn', 'closureReason', 'leadWorkerId', 'notes', 'referralId', 'referringAgencyId'],
    world.episodes,
  );
  await bulkInsertRows(
    sql,
    EpisodeParticipantEntity,
    ['episodeId', 'personId', 'familyId', 'childRole'],
    world.episodes.flatMap((e) => e.participants.map((p) => ({ ...p, episodeId: e.id }))),
  );
}
