import { asUuid } from '../../../kit';
import { canSeeReferral } from '../access-policy';
import { Context } from '../context';
import { ReferralRow } from './referral.repository';

/**
 * Loads a referral by id through the request's loader and returns it only if the caller may see it,
 * auditing both outcomes: a referral the caller may not see answers as if it did not exist.
 */
export async function visibleReferral(ctx: Context, id: string): Promise<ReferralRow | null> {
  const key = asUuid(id);
  if (!key) return null;
  const row = await ctx.loaders.referral.load(key);
  if (!row) return null;
  if (!canSeeReferral(ctx.caller, row)) {
    ctx.audit.denied('READ', 'Referral', [{ id: row.id, familyId: row.familyId }]);
    return null;
  }
  ctx.audit.record('READ', 'Referral', [{ id: row.id, familyId: row.familyId }]);
  return row;
}

/** Keeps the referrals the caller may see, primes the loader with them and audits the read. */
export function visibleReferrals(ctx: Context, rows: readonly ReferralRow[]): ReferralRow[] {
  const visible = rows.filter((row) => canSeeReferral(ctx.caller, row));
  for (const row of visible) ctx.loaders.referral.prime(row.id, row);
  ctx.audit.record(
    'READ',
    'Referral',
    visible.map((row) => ({ id: row.id, familyId: row.familyId })),
  );
  return visible;
}
