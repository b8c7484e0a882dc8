import { asUuid, clock, conflictOnUnique, ForbiddenError, NotFoundError } from '../../../kit';
import { episodeExists, staleEpisode } from '../services-error';
import { recordFamilyInvolvement } from '../../../family-records/family-involvement';
import { actingAgency, canSeeEpisode, isParty } from '../access-policy';
import { Context } from '../context';
import type { AssignLeadWorkerInput, ChangeEpisodeStatusInput, OpenServiceEpisodeInput } from '../generated/graphql';
import { checkChildRoles, closureReasonFor, parseOpenEpisode } from './episode-input';
import { checkEpisodeReferences, checkLeadWorker, startReferralForEpisode } from './episode-references';
import { decideEpisodeStatus } from './episode-state-machine';
import { EpisodeInsert, EpisodeWriteRepository } from './episode-write.repository';
import { EpisodeRow } from './episode.repository';
import { expectedVersion, InputProblems, invalid, invalidForStatus, referenceId } from '../../../kit';

/** The agency's calendar date today, in its own time zone. */
export async function agencyToday(ctx: Context, agencyId: string): Promise<string> {
  const agency = await ctx.loaders.agency.load(agencyId);
  if (!agency) throw new ForbiddenError("the caller's agency is not in the agency directory, so it cannot serve families");
  return clock.today(agency.timeZone);
}

/** Records the write (under every family the episode is about) and hands the fresh row to this request's loader. */
export function written(ctx: Context, episode: EpisodeRow, participantFamilyIds: readonly string[] = []): EpisodeRow {
  const familyIds = [...new Set([episode.familyId, ...participantFamilyIds])];
  ctx.audit.record(
    'WRITE',
    'ServiceEpisode',
    familyIds.map((familyId) => ({ id: episode.id, familyId })),
  );
  ctx.loaders.episode.clear(episode.id).prime(episode.id, episode);
  return episode;
}

/**
 * Opens an episode of a service of the caller's agency. Every input rule and every
 * reference is checked first (the service here; family, persons, referral and lead worker with their
 * owning subgraphs; then each child's role, which needs the registry's word on who is under 18), then
 * the registry is told that the agency works with every participant's family, then (with startReferral)
 * the referrals subgraph begins work on the referral, then one transaction writes the episode and its
 * participants. A referral gives at most one episode: a second one is CONFLICT.
 */
export async function openServiceEpisode(ctx: Context, input: OpenServiceEpisodeInput): Promise<EpisodeRow> {
  const agencyId = actingAgency(ctx.caller);
  if (!agencyId) throw new ForbiddenError('only staff or systems of an agency may open episodes, and only for their own agency');
  const episode = parseOpenEpisode(input);
  const service = await ctx.loaders.service.load(episode.serviceId);
  if (!service) throw invalid('serviceId', 'UNKNOWN_SERVICE', `${episode.serviceId} is not a service in the directory`);
  if (service.agencyId.toLowerCase() !== agencyId) throw invalid('serviceId', 'SERVICE_OF_OTHER_AGENCY', "is not a service of the caller's agency");
  const openedOn = await agencyToday(ctx, agencyId);
  const references = await checkEpisodeReferences(episode, agencyId, ctx.caller);
  checkChildRoles(references.participants, service.requiresChildRole);
  // A referral gives one episode: refused here too, so that a second open does not start it first.
  if (episode.referralId && (await ctx.loaders.episodeOfReferral.load(episode.referralId))) throw episodeExists(episode.referralId);
  const familyIds = [...new Set([episode.familyId, ...references.participants.map((p) => p.familyId)])];
  await Promise.all(familyIds.map((familyId) => recordFamilyInvolvement(ctx.caller, familyId, [agencyId], 'EPISODE')));
  // Two databases, no shared transaction: the referral is started first, and a failure after that
  // leaves it IN_PROGRESS without an episode, which a retry completes (see the SDL).
  if (episode.referralId && episode.startReferral && references.referralStatus === 'ACCEPTED') {
    await startReferralForEpisode(ctx.caller, episode.referralId, episode.startReferral.expectedVersion, episode.startReferral.note);
  }
  const participants = references.participants.map((p) => ({ personId: p.participant.personId, familyId: p.familyId, childRole: p.participant.childRole }));
  const row: EpisodeInsert = {
    familyId: episode.familyId,
    familyRegion: references.familyRegion,
    serviceId: episode.serviceId,
    agencyId,
    openedOn,
    leadWorkerId: episode.leadWorkerId,
    notes: episode.notes,
    referralId: episode.referralId,
    referringAgencyId: references.referringAgencyId,
  };
  // The unique index service_episode_referral refuses a second episode from one referral.
  const inserted = await conflictOnUnique(
    () => ctx.db.transaction((sql) => new EpisodeWriteRepository(sql).insert(row, participants)),
    () => episodeExists(episode.referralId),
  );
  return written(ctx, inserted, familyIds);
}

/**
 * An episode the caller's agency may change, at the version the caller read. Refusals, in order: an
 * episode the caller cannot see is NOT_FOUND; another agency's, FORBIDDEN (writes only by the agency that
 * owns the record); a version that is not current, CONFLICT with `currentVersion`.
 */
export async function episodeToChange(ctx: Context, episodeId: string, version: number): Promise<EpisodeRow> {
  const row = await partyEpisode(ctx, episodeId);
  if (row.version !== version) throw staleEpisode(row, version);
  return row;
}

/** An episode of the caller's agency, read afresh: NOT_FOUND when the caller cannot see it, FORBIDDEN for another agency's (both audited). */
export async function partyEpisode(ctx: Context, episodeId: string): Promise<EpisodeRow> {
  const id = asUuid(episodeId);
  const row = id ? await new EpisodeWriteRepository(ctx.db).findById(id) : null;
  if (!row || !canSeeEpisode(ctx.caller, row)) {
    if (row) ctx.audit.denied('WRITE', 'ServiceEpisode', [{ id: row.id, familyId: row.familyId }]);
    throw new NotFoundError('service episode', episodeId);
  }
  if (!isParty(ctx.caller, row)) {
    ctx.audit.denied('WRITE', 'ServiceEpisode', [{ id: row.id, familyId: row.familyId }]);
    throw new ForbiddenError('only the agency delivering an episode may change it');
  }
  return row;
}

/** After an update matched no row: the episode is gone, or someone changed it first. */
export async function lostRace(ctx: Context, episodeId: string, expected: number): Promise<never> {
  const current = await new EpisodeWriteRepository(ctx.db).findById(episodeId);
  if (!current) throw new NotFoundError('service episode', episodeId);
  throw staleEpisode(current, expected);
}

/**
 * Moves an episode along OPEN, ACTIVE, ON_HOLD, CLOSED (episode-state-machine.ts). A move the current
 * status does not allow is BAD_USER_INPUT INVALID_TRANSITION with `currentStatus`; closing records the
 * date in the agency's zone and the reason.
 */
export async function changeEpisodeStatus(ctx: Context, input: ChangeEpisodeStatusInput): Promise<EpisodeRow> {
  const problems = new InputProblems();
  const version = problems.check(() => expectedVersion(input.expectedVersion))!;
  const closureReason = problems.check(() => closureReasonFor(input.status, input.closureReason)) ?? null;
  problems.throwIfAny();
  const row = await episodeToChange(ctx, input.episodeId, version);
  const decision = decideEpisodeStatus(row.status, input.status);
  if (!decision.allowed) throw invalidForStatus('status', 'INVALID_TRANSITION', decision.message, row.status);
  const closedOn = input.status === 'CLOSED' ? await agencyToday(ctx, row.agencyId) : null;
  const updated = await ctx.db.transaction((sql) => new EpisodeWriteRepository(sql).changeStatus(row.id, version, row.status, input.status, closedOn, closureReason));
  return written(ctx, updated ?? (await lostRace(ctx, row.id, version)));
}

/** Makes active staff of the episode's agency its lead worker (staff checked with the scheduling subgraph). */
export async function assignLeadWorker(ctx: Context, input: AssignLeadWorkerInput): Promise<EpisodeRow> {
  const problems = new InputProblems();
  const version = problems.check(() => expectedVersion(input.expectedVersion))!;
  const staffId = problems.check(() => referenceId('staffId', 'UNKNOWN_STAFF', input.staffId))!;
  problems.throwIfAny();
  const row = await episodeToChange(ctx, input.episodeId, version);
  if (row.status === 'CLOSED') throw invalidForStatus('episodeId', 'EPISODE_CLOSED', 'cannot assign a lead worker to an episode that is CLOSED', row.status);
  await checkLeadWorker('staffId', staffId, row.agencyId, ctx.caller);
  const updated = await ctx.db.transaction((sql) => new EpisodeWriteRepository(sql).assignLeadWorker(row.id, version, staffId));
  return written(ctx, updated ?? (await lostRace(ctx, row.id, version)));
}
