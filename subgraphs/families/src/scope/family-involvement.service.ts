import { asUuid, BadInputError, NotFoundError } from '../../../kit';
import type { Context } from '../context';
import { viewOf } from '../family/family.access';
import { FamilyAgencyKind, FamilyAgencyRepository } from './family-agency.repository';

/**
 * What the services, referrals and scheduling subgraphs report as they write a record about a family:
 * the agencies that now work with it. The caller writing the record (whose write that subgraph has
 * allowed) must see the family, so nobody can widen an agency's view of a family they do not see.
 */
export async function recordFamilyInvolvement(ctx: Context, familyId: string, agencyIds: readonly string[], kind: FamilyAgencyKind): Promise<boolean> {
  const id = asUuid(familyId);
  const family = id ? await ctx.loaders.family.load(id) : null;
  if (!family || viewOf(ctx, family) !== 'FULL') {
    if (family) ctx.audit.denied('WRITE', 'FamilyAgency', [{ id: family.id, familyId: family.id }]);
    throw new NotFoundError('Family', familyId);
  }
  const agencies = agencyIds.map((a) => asUuid(a));
  if (agencies.some((a) => a === null)) throw new BadInputError('agencyIds', 'UNKNOWN_AGENCY', 'agencyIds must be agency ids (rule UNKNOWN_AGENCY)');
  await new FamilyAgencyRepository(ctx.db).add(family.id, agencies as string[], kind);
  ctx.audit.record('WRITE', 'FamilyAgency', [{ id: family.id, familyId: family.id }]);
  return true;
}
