import { asUuid, clock, ForbiddenError, NotFoundError } from '../../../kit';
import { recordFamilyInvolvement } from '../../../family-records/family-involvement';
import { actingAgency, canSeeReferral, sideOf } from '../access-policy';
import { Context } from '../context';
import type { CreateReferralInput } from '../generated/graphql';
import { checkSubjectRoles, parseCreateReferral, requestHash } from './create-referral-input';
import { invalidTransition, keyReused, staleReferral } from '../referrals-error';
import { checkReferralReferences, ReferralWarning } from './referral-references';
import { respondByFor } from './referral-response-time';
import { startByFor } from './referral-start-by';
import { decideTransition, ReferralSide, ReferralTransitionAction } from './referral-state-machine';
import { KeyedReferralRow, ReferralWriteRepository, TransitionChanges } from './referral-write.repository';
import { ReferralRow } from './referral.repository';

/** The answer to createReferral: the referral, whether it was already there, and what the sender should know. */
export interface CreatedReferral {
  referral: ReferralRow;
  replayed: boolean;
  /** Warnings of a referral made all the same (e.g. OUTSIDE_SERVICE_AREA); none on a replay. */
  warnings: ReferralWarning[];
}

/** A checked request to move a referral along its workflow. */
export interface TransitionRequest {
  referralId: string;
  expectedVersion: number;
  /** The history entry's note. */
  note: string | null;
  changes: TransitionChanges;
}

function forbiddenToSend(): ForbiddenError {
  return new ForbiddenError('only staff or systems of an agency may send referrals, and only from their own agency');
}

/** Answers a create whose key was used before: the same request gets the first referral, another one CONFLICT. */
function replay(existing: KeyedReferralRow, key: string, hash: string): CreatedReferral {
  if (existing.requestHash !== hash) throw keyReused(key, existing.id);
  const { requestHash: _hash, ...referral } = existing;
  return { referral, replayed: true, warnings: [] };
}

/**
 * Sends a referral from the caller's agency. Order: every input rule,
 * then a retry is answered from the stored referral, then the references are checked with their owning
 * subgraphs (and each child subject's role, which needs the registry's word on who is under 18), then
 * one transaction writes the referral, its subjects and its CREATE event, or nothing. Concurrent
 * requests with one key make one row: the insert does nothing on the unique (sender, key) and the
 * transaction then reads the row that won.
 */
export async function createReferral(ctx: Context, input: CreateReferralInput): Promise<CreatedReferral> {
  const fromAgencyId = actingAgency(ctx.caller);
  if (!fromAgencyId) throw forbiddenToSend();
  const referral = parseCreateReferral(input, fromAgencyId, clock.now());
  const hash = requestHash(referral);
  const earlier = await new ReferralWriteRepository(ctx.db).findByIdempotencyKey(fromAgencyId, referral.idempotencyKey);
  if (earlier) return answered(ctx, replay(earlier, referral.idempotencyKey, hash));
  const sentAt = clock.now();
  const [references, respondBy] = await Promise.all([checkReferralReferences(referral, ctx.caller), respondByFor(referral.urgency, referral.toAgencyId, sentAt, ctx.caller)]);
  checkSubjectRoles(references.subjects, references.serviceRequiresChildRole);
  const { familyRegion } = references;
  await recordFamilyInvolvement(ctx.caller, referral.familyId, [fromAgencyId, referral.toAgencyId], 'REFERRAL');
  const created = await ctx.db.transaction(async (sql): Promise<CreatedReferral> => {
    const repo = new ReferralWriteRepository(sql);
    const row = await repo.insertIfNew({ referral, requestHash: hash, familyRegion, respondBy });
    if (!row) {
      const winner = await repo.findByIdempotencyKey(fromAgencyId, referral.idempotencyKey);
      if (!winner) throw new Error('idempotency key conflict without a row');
      return replay(winner, referral.idempotencyKey, hash);
    }
    await repo.insertSubjects(row.id, referral.subjects);
    await repo.appendEvent({
      referralId: row.id,
      action: 'CREATE',
      fromStatus: null,
      toStatus: row.status,
      actorStaffId: staffOf(ctx),
      actorAgencyId: fromAgencyId,
      note: null,
    });
    return { referral: row, replayed: false, warnings: references.warnings };
  });
  return answered(ctx, created);
}

/** Audits the answer (a write, or a read of the referral a retry repeats) and primes the loader with it. */
function answered(ctx: Context, created: CreatedReferral): CreatedReferral {
  const { referral } = created;
  ctx.audit.record(created.replayed ? 'READ' : 'WRITE', 'Referral', [{ id: referral.id, familyId: referral.familyId }]);
  ctx.loaders.referral.clear(referral.id).prime(referral.id, referral);
  return created;
}

/** The acting staff member, when the token names one as a uuid. */
export function staffOf(ctx: Context): string | null {
  return ctx.caller.staffId ? asUuid(ctx.caller.staffId) : null;
}

/**
 * A referral the caller's agency is party to, read afresh, with the side it acts for. Refusals: a
 * referral the caller cannot see is NOT_FOUND; one their agency is not party to, FORBIDDEN; both audited.
 */
export async function partyReferral(ctx: Context, referralId: string): Promise<{ row: ReferralRow; side: ReferralSide }> {
  const id = asUuid(referralId);
  const row = id ? await new ReferralWriteRepository(ctx.db).findById(id) : null;
  if (!row || !canSeeReferral(ctx.caller, row)) {
    if (row) ctx.audit.denied('WRITE', 'Referral', [{ id: row.id, familyId: row.familyId }]);
    throw new NotFoundError('referral', referralId);
  }
  const side = sideOf(ctx.caller, row);
  if (!side) {
    ctx.audit.denied('WRITE', 'Referral', [{ id: row.id, familyId: row.familyId }]);
    throw new ForbiddenError('only the sending and the receiving agency may change a referral');
  }
  return { row, side };
}

/** Audits a write and hands the fresh row to this request's loader. */
export function changed(ctx: Context, row: ReferralRow): ReferralRow {
  ctx.audit.record('WRITE', 'Referral', [{ id: row.id, familyId: row.familyId }]);
  ctx.loaders.referral.clear(row.id).prime(row.id, row);
  ctx.loaders.followUps.clear(row.id);
  return row;
}

/**
 * Moves a referral along its workflow (referral-state-machine.ts). Refusals, in order: a referral the caller cannot
 * see is NOT_FOUND; one their agency is not party to, or an action for the other side, FORBIDDEN; a
 * version that is not current, CONFLICT; an action the current status does not allow, BAD_USER_INPUT
 * INVALID_TRANSITION. The version comes before the status on purpose: a caller who read an old version
 * must re-read, whatever the status has become. Then one transaction changes the row only if it is
 * still at that version, and appends the event. An acceptance also sets the time work must begin by
 * (referral-start-by.ts), from the receiving agency's calendar, before the transaction.
 */
export async function transitionReferral(ctx: Context, action: ReferralTransitionAction, request: TransitionRequest): Promise<ReferralRow> {
  const { row, side } = await partyReferral(ctx, request.referralId);
  if (row.version !== request.expectedVersion) throw staleReferral(row.id, request.expectedVersion, row);
  const decision = decideTransition(row.status, action, side);
  if (!decision.allowed) {
    if (decision.reason === 'WRONG_SIDE') throw new ForbiddenError(decision.message);
    throw invalidTransition(decision.message, decision.currentStatus);
  }
  const agencyId = actingAgency(ctx.caller)!;
  const changes = action === 'ACCEPT' ? { ...request.changes, startBy: await startByFor(row.urgency, row.toAgencyId, clock.now(), ctx.caller) } : request.changes;
  const updated = await ctx.db.transaction(async (sql) => {
    const repo = new ReferralWriteRepository(sql);
    const next = await repo.applyTransition(row.id, request.expectedVersion, decision.from, decision.to, changes);
    if (!next) {
      const current = await repo.findById(row.id);
      if (!current) throw new NotFoundError('referral', request.referralId);
      throw staleReferral(row.id, request.expectedVersion, current);
    }
    await repo.appendEvent({
      referralId: row.id,
      action,
      fromStatus: decision.from,
      toStatus: decision.to,
      actorStaffId: staffOf(ctx),
      actorAgencyId: agencyId,
      note: request.note,
    });
    return next;
  });
  return changed(ctx, updated);
}
