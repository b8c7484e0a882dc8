import { asUuid, clock, conflictOnUnique, expectedVersion, fetchEntities, ForbiddenError, InputProblems, invalid, invalidForStatus, referenceId, requiredText } from '../../../kit';
import { actingAgency } from '../access-policy';
import { Context } from '../context';
import type { AddEpisodeNoteInput, LinkEpisodeToReferralInput, QueryEpisodesFollowUpDueArgs, SetEpisodeFollowUpInput, SetParticipantRoleInput } from '../generated/graphql';
import { servicesError } from '../services-error';
import { checkChildRoles, MAX_NOTES } from './episode-input';
import { dayCursor, EpisodeConnection, episodeConnection, episodePageSize } from './episode-page';
import { agencyToday, episodeToChange, lostRace, partyEpisode, written } from './episode.service';
import { EpisodeWriteRepository } from './episode-write.repository';
import { CaseNoteRow, EpisodeRow } from './episode.repository';

/** An episode of the caller's agency that can still change: at the version read, not CLOSED. */
async function openEpisodeToChange(ctx: Context, episodeId: string, version: number): Promise<EpisodeRow> {
  const row = await episodeToChange(ctx, episodeId, version);
  if (row.status === 'CLOSED') throw invalidForStatus('episodeId', 'EPISODE_CLOSED', 'an episode that is CLOSED does not change', row.status);
  return row;
}

/** The families an episode is about: its own and its participants'. */
async function familiesOf(ctx: Context, episode: EpisodeRow): Promise<string[]> {
  const participants = await ctx.loaders.participantsOfEpisode.load(episode.id);
  return [...new Set([episode.familyId, ...participants.map((p) => p.familyId)])];
}

/**
 * Links the caller's own episode to a referral its agency sent about one of the episode's families
 * (checked with the referrals subgraph as the same caller), at the episode's version. A referral links to
 * one episode: the database decides a race (primary key of episode_sent_referral).
 */
export async function linkEpisodeToReferral(ctx: Context, input: LinkEpisodeToReferralInput): Promise<EpisodeRow> {
  const problems = new InputProblems();
  const version = problems.check(() => expectedVersion(input.expectedVersion))!;
  const referralId = problems.check(() => referenceId('referralId', 'UNKNOWN_REFERRAL', input.referralId))!;
  problems.throwIfAny();
  const row = await openEpisodeToChange(ctx, input.episodeId, version);
  const [referral] = await fetchEntities<{ id: string; family: { id: string } | null; fromAgency: { id: string } | null }>(
    'referrals',
    'Referral',
    [referralId],
    'id family { id } fromAgency { id }',
    ctx.caller,
  );
  if (!referral) throw invalid('referralId', 'UNKNOWN_REFERRAL', `${referralId} is not a referral the caller can see`);
  if (referral.fromAgency?.id.toLowerCase() !== row.agencyId.toLowerCase()) throw invalid('referralId', 'REFERRAL_NOT_SENT', "the referral was not sent by the episode's agency");
  const families = await familiesOf(ctx, row);
  if (!referral.family || !families.includes(referral.family.id.toLowerCase())) throw invalid('referralId', 'REFERRAL_OF_OTHER_FAMILY', "the referral is not about one of the episode's families");
  const updated = await conflictOnUnique(
    () => ctx.db.transaction((sql) => new EpisodeWriteRepository(sql).linkSentReferral(row.id, version, referralId, clock.now())),
    () => servicesError('REFERRAL_ALREADY_LINKED', `referral ${referralId} is already linked to an episode`),
  );
  ctx.loaders.sentReferralsOfEpisode.clear(row.id);
  return written(ctx, updated ?? (await lostRace(ctx, row.id, version)));
}

/**
 * Appends a case note to an episode of the caller's agency: its author is the caller's staff member,
 * its time the clock's now. A note shared with the referrer needs an episode opened from a referral.
 * Notes are appended, never changed, so the episode's version neither guards nor changes.
 */
export async function addEpisodeNote(ctx: Context, input: AddEpisodeNoteInput): Promise<{ note: CaseNoteRow; episode: EpisodeRow }> {
  const problems = new InputProblems();
  const text = problems.check(() => requiredText('text', input.text, MAX_NOTES))!;
  problems.throwIfAny();
  const episode = await partyEpisode(ctx, input.episodeId);
  if (episode.status === 'CLOSED') throw invalidForStatus('episodeId', 'EPISODE_CLOSED', 'cannot add a note to an episode that is CLOSED', episode.status);
  if (input.visibility === 'SHARED_WITH_REFERRER' && !episode.referringAgencyId) {
    throw invalid('visibility', 'NO_REFERRER', 'the episode was not opened from a referral, so there is no referring agency to share the note with');
  }
  const note = await ctx.db.transaction((sql) =>
    new EpisodeWriteRepository(sql).insertNote({
      episodeId: episode.id,
      writtenAt: clock.now(),
      authorStaffId: ctx.caller.staffId ? asUuid(ctx.caller.staffId) : null,
      authorAgencyId: episode.agencyId,
      visibility: input.visibility,
      text,
    }),
  );
  ctx.audit.record('WRITE', 'CaseNote', [{ id: note.id, familyId: episode.familyId }]);
  ctx.loaders.caseNotes.clear(episode.id);
  return { note, episode };
}

/** Sets or clears an episode's follow-up date (today or later in the agency's zone), at the version read. */
export async function setEpisodeFollowUp(ctx: Context, input: SetEpisodeFollowUpInput): Promise<EpisodeRow> {
  const problems = new InputProblems();
  const version = problems.check(() => expectedVersion(input.expectedVersion))!;
  problems.throwIfAny();
  const row = await openEpisodeToChange(ctx, input.episodeId, version);
  const followUpOn = input.followUpOn ?? null;
  if (followUpOn) {
    const today = await agencyToday(ctx, row.agencyId);
    if (followUpOn < today) throw invalid('followUpOn', 'FOLLOW_UP_IN_PAST', `must be today (${today}) or later in the agency's time zone`);
  }
  const updated = await ctx.db.transaction((sql) => new EpisodeWriteRepository(sql).setFollowUp(row.id, version, followUpOn));
  return written(ctx, updated ?? (await lostRace(ctx, row.id, version)));
}

/**
 * Corrects one participant's role, for the agency delivering the episode, under the rules of opening: the
 * registry says whether the person is under 18 today (asked as the same caller); a role only for a child,
 * and one for each child when the service records roles.
 */
export async function setParticipantRole(ctx: Context, input: SetParticipantRoleInput): Promise<EpisodeRow> {
  const problems = new InputProblems();
  const version = problems.check(() => expectedVersion(input.expectedVersion))!;
  const personId = problems.check(() => referenceId('personId', 'UNKNOWN_PERSON', input.personId))!;
  problems.throwIfAny();
  const row = await openEpisodeToChange(ctx, input.episodeId, version);
  if (!row.participantIds.includes(personId)) throw invalid('personId', 'NOT_A_PARTICIPANT', `${personId} does not take part in the episode`);
  const [service, [person]] = await Promise.all([ctx.loaders.service.load(row.serviceId), fetchEntities<{ id: string; isChild: boolean }>('families', 'Person', [personId], 'id isChild', ctx.caller)]);
  if (!person) throw invalid('personId', 'UNKNOWN_PERSON', `${personId} is not a person the caller can name`);
  const childRole = input.childRole ?? null;
  checkChildRoles([{ participant: { personId, childRole, field: 'personId', roleField: 'childRole' }, isChild: person.isChild === true }], service?.requiresChildRole ?? false);
  const updated = await ctx.db.transaction((sql) => new EpisodeWriteRepository(sql).setParticipantRole(row.id, version, personId, childRole));
  ctx.loaders.participantsOfEpisode.clear(row.id);
  return written(ctx, updated ?? (await lostRace(ctx, row.id, version)), await familiesOf(ctx, row));
}

const CURSOR = dayCursor('due', (row) => row.followUpOn ?? null);

/**
 * The episodes of the caller's agency whose follow-up date has come (today in the agency's zone or
 * earlier), not CLOSED, the longest due first. An agency's own callers only: the list is its reminders.
 */
export async function episodesFollowUpDue(ctx: Context, args: QueryEpisodesFollowUpDueArgs): Promise<EpisodeConnection> {
  const first = episodePageSize(args.first);
  const cursor = args.after ? CURSOR.decode(args.after) : null;
  const after = cursor ? { followUpOn: cursor.day, id: cursor.id } : null;
  const agencyId = actingAgency(ctx.caller);
  if (!agencyId) {
    ctx.audit.denied('READ', 'ServiceEpisode.followUpDue', [ctx.caller.agencyId ?? 'none']);
    throw new ForbiddenError("an agency's follow-ups are listed only to that agency's staff and systems");
  }
  const today = await agencyToday(ctx, agencyId);
  const page = await ctx.repos.episodes.followUpDue(agencyId, today, first, after);
  return episodeConnection(ctx, page, CURSOR.encode);
}
