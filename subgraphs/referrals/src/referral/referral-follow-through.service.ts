import { clock, expectedVersion, fetchEntities, ForbiddenError, InputProblems, invalid, NotFoundError, optionalText, referenceId, requiredText } from '../../../kit';
import { actingAgency } from '../access-policy';
import { Context } from '../context';
import type { MutationSetReferralFollowUpArgs, MutationWithdrawConsentArgs, Mutation_StartReferralForEpisodeArgs } from '../generated/graphql';
import { referralsError, staleReferral } from '../referrals-error';
import { MAX_NOTE } from './input-rules';
import { changed, partyReferral, staffOf, transitionReferral } from './referral.service';
import { ReferralWriteRepository } from './referral-write.repository';
import { ReferralRow } from './referral.repository';

/**
 * The family withdraws its consent to a referral, as its sending agency records it (or its receiving
 * agency, which the family told). Input first, then the referral (party to it, at the version read), then
 * the rules of consent: an EMERGENCY referral made without consent has none to withdraw, and consent is
 * withdrawn once. One transaction records it on the referral and appends WITHDRAW_CONSENT to the history,
 * with the reason as its note; the status does not change.
 */
export async function withdrawConsent(ctx: Context, { input }: MutationWithdrawConsentArgs): Promise<ReferralRow> {
  const problems = new InputProblems();
  const version = problems.check(() => expectedVersion(input.expectedVersion));
  const withdrawnById = problems.check(() => referenceId('withdrawnById', 'UNKNOWN_PERSON', input.withdrawnById));
  const reason = problems.check(() => requiredText('reason', input.reason, MAX_NOTE));
  problems.throwIfAny();
  const { row } = await partyReferral(ctx, input.referralId);
  if (row.version !== version) throw staleReferral(row.id, version!, row);
  if (!row.consentGivenAt) {
    throw referralsError('NO_CONSENT_RECORDED', 'this EMERGENCY referral was made without consent, so there is none to withdraw; the reason it was made without one still holds');
  }
  if (row.consentWithdrawnAt) throw referralsError('CONSENT_ALREADY_WITHDRAWN', 'the family already withdrew its consent to this referral', { withdrawnAt: row.consentWithdrawnAt.toISOString() });
  if (withdrawnById !== row.consentGivenById && !row.subjectIds.includes(withdrawnById!)) {
    throw invalid('withdrawnById', 'NOT_CONSENTING_PERSON', 'must be one of the persons the referral is about, or the person who gave the consent');
  }
  const updated = await ctx.db.transaction(async (sql) => {
    const repo = new ReferralWriteRepository(sql);
    const next = await repo.withdrawConsent(row.id, version!, withdrawnById!);
    if (!next) {
      const current = await repo.findById(row.id);
      if (!current) throw new NotFoundError('referral', input.referralId);
      throw staleReferral(row.id, version!, current);
    }
    await repo.appendEvent({
      referralId: row.id,
      action: 'WITHDRAW_CONSENT',
      fromStatus: next.status,
      toStatus: next.status,
      actorStaffId: staffOf(ctx),
      actorAgencyId: actingAgency(ctx.caller)!,
      note: reason!,
    });
    return next;
  });
  return changed(ctx, updated);
}

/**
 * Sets or clears the follow-up date the caller's agency keeps on a referral it is party to. The date is
 * today or later in the agency's own time zone, which the services subgraph's directory gives (asked as
 * the same caller) and which is kept with the date, so that the inbox can tell when it is due.
 */
export async function setReferralFollowUp(ctx: Context, { input }: MutationSetReferralFollowUpArgs): Promise<ReferralRow> {
  const { row } = await partyReferral(ctx, input.referralId);
  const agencyId = actingAgency(ctx.caller)!;
  if (input.followUpOn) {
    const [agency] = await fetchEntities<{ timeZone: string }>('services', 'Agency', [agencyId], 'timeZone', ctx.caller);
    if (!agency) throw new ForbiddenError("the caller's agency is not in the agency directory");
    const today = clock.today(agency.timeZone);
    if (input.followUpOn < today) throw invalid('followUpOn', 'FOLLOW_UP_IN_PAST', `must be today (${today}) or later in the agency's time zone`);
    await new ReferralWriteRepository(ctx.db).setFollowUp(row.id, agencyId, input.followUpOn, agency.timeZone, staffOf(ctx));
  } else {
    await new ReferralWriteRepository(ctx.db).clearFollowUp(row.id, agencyId);
  }
  return changed(ctx, row);
}

/**
 * Begins work on a referral for the services subgraph, which opens an episode from it in the same
 * request as the receiving agency. Only that subgraph may ask (a peer token it presents); an IN_PROGRESS
 * referral is answered as it is, so that a retry after the episode failed to be written goes on; a
 * referral whose consent was withdrawn is refused (CONSENT_WITHDRAWN), since no episode may be opened
 * from it. Anything else follows startReferral.
 */
export async function startReferralForEpisode(ctx: Context, args: Mutation_StartReferralForEpisodeArgs): Promise<ReferralRow> {
  if (ctx.via !== 'services') throw new ForbiddenError('only the services subgraph begins work on a referral as it opens an episode');
  const problems = new InputProblems();
  const version = problems.check(() => expectedVersion(args.expectedVersion));
  const note = problems.check(() => optionalText('note', args.note, MAX_NOTE));
  problems.throwIfAny();
  const { row, side } = await partyReferral(ctx, args.referralId);
  if (row.consentWithdrawnAt) throw referralsError('CONSENT_WITHDRAWN', 'the family withdrew its consent to this referral: no episode may be opened from it');
  if (side === 'RECEIVER' && row.status === 'IN_PROGRESS') return row;
  return transitionReferral(ctx, 'START', { referralId: row.id, expectedVersion: version!, note: note ?? null, changes: {} });
}
