import { ConflictError, uniqueConstraintOf } from '../../kit';
import type { Context } from './context';

/** The identifiers a write tried to give, each with the input path it came from. */
export interface IdentifierClaim {
  field: string;
  nik: string | null;
  hkid: string | null;
}

/**
 * A NIK or HKID some living person record already holds, as CONFLICT naming that record. A NIK belongs
 * to one living person record: a second registration would split one person's history in two, so it
 * gets CONFLICT naming the existing one.
 */
export async function heldIdentifierConflict(ctx: Context, claims: readonly IdentifierClaim[]): Promise<ConflictError | null> {
  const niks = claims.flatMap((c) => (c.nik ? [c.nik] : []));
  const hkids = claims.flatMap((c) => (c.hkid ? [c.hkid] : []));
  if (niks.length === 0 && hkids.length === 0) return null;
  const holders = await ctx.repos.persons.livingByIdentifiers(niks, hkids);
  for (const claim of claims) {
    const holder = holders.find((p) => (claim.nik !== null && p.nik === claim.nik) || (claim.hkid !== null && p.hkid === claim.hkid));
    if (!holder) continue;
    const kind = claim.nik !== null && holder.nik === claim.nik ? 'nik' : 'hkid';
    const field = `${claim.field}${claim.field ? '.' : ''}${kind}`;
    // The refusal tells the caller that the person exists and on which family: it is audited as such.
    ctx.audit.record('WRITE', 'Person', [{ id: holder.id, familyId: holder.familyId }], 'CONFLICT');
    return new ConflictError(
      `${field} already belongs to person ${holder.id}${holder.familyId ? ` on family ${holder.familyId}` : ''}: a ${kind === 'nik' ? 'NIK' : 'HKID'} belongs to one living person record; update or move that person instead`,
      { field, existingPersonId: holder.id, existingFamilyId: holder.familyId },
    );
  }
  return null;
}

/** A No. KK some family holds or held, as CONFLICT naming the family. */
export async function heldKkConflict(ctx: Context, field: string, kkNumber: string): Promise<ConflictError | null> {
  const card = await ctx.repos.families.findCardByKk(kkNumber);
  if (!card) return null;
  ctx.audit.record('WRITE', 'Family', [{ id: card.familyId, familyId: card.familyId }], 'CONFLICT');
  return new ConflictError(`${field} is ${card.validTo ? 'a superseded number' : 'the current number'} of family ${card.familyId}: a No. KK belongs to one family`, {
    field,
    existingFamilyId: card.familyId,
  });
}

/** What a failed write was trying to do, to name the record in the way. */
export interface ConflictSubject {
  identifiers?: readonly IdentifierClaim[];
  kk?: { field: string; kkNumber: string };
  /** The family gaining a member or a head. */
  familyId?: string;
}

/**
 * Turns a unique-index violation (23505) of a failed transaction into CONFLICT naming the existing
 * record, looked up after the transaction ended: the unique indexes (person_nik_living,
 * family_card_kk_number_unique, ...) are what make two simultaneous writes unable to both win, and
 * whoever won has committed by the time the loser's violation is raised. Anything else is returned as
 * it came, for the kit to mask.
 */
export async function registryConflict(ctx: Context, err: unknown, subject: ConflictSubject): Promise<unknown> {
  const constraint = uniqueConstraintOf(err);
  if (constraint === null) return err;
  switch (constraint) {
    case 'person_nik_living':
    case 'person_hkid_living':
      return (await heldIdentifierConflict(ctx, subject.identifiers ?? [])) ?? raced();
    case 'family_card_kk_number_unique':
      return (subject.kk && (await heldKkConflict(ctx, subject.kk.field, subject.kk.kkNumber))) || raced();
    case 'membership_one_head': {
      const head = subject.familyId ? (await ctx.repos.persons.membersOf([subject.familyId])).find((m) => m.relationship === 1) : undefined;
      if (head) ctx.audit.record('WRITE', 'Person', [{ id: head.id, familyId: subject.familyId ?? null }], 'CONFLICT');
      return new ConflictError(`family ${subject.familyId ?? ''} already has a head (kepala keluarga), person ${head?.id ?? 'unknown'}: a family card has one`, {
        field: 'relationship',
        existingPersonId: head?.id ?? null,
        existingFamilyId: subject.familyId ?? null,
      });
    }
    default:
      return raced();
  }
}

function raced(): ConflictError {
  return new ConflictError('the change collided with another written at the same moment; nothing was written: read the records again and retry');
}
