import { Context } from '../context';
import { canReadRegistry } from '../access-policy';
import { FamilyRow } from './family.repository';
import { PersonRow } from '../person/person.repository';

/**
 * Loads families by id through the request's loader and keeps those the caller may see, auditing
 * both: a family the caller may not see answers as if it did not exist.
 */
export async function visibleFamily(ctx: Context, id: string): Promise<FamilyRow | null> {
  const row = await ctx.loaders.family.load(id);
  if (!row) return null;
  if (!canReadRegistry(ctx.caller, row.jurisdiction)) {
    ctx.audit.denied('READ', 'Family', [id]);
    return null;
  }
  ctx.audit.record('READ', 'Family', [{ id: row.id, familyId: row.id }]);
  return row;
}

/** The same for a person, whose visibility follows their current family's jurisdiction. */
export async function visiblePerson(ctx: Context, id: string): Promise<PersonRow | null> {
  const row = await ctx.loaders.person.load(id);
  if (!row) return null;
  if (!canReadRegistry(ctx.caller, row.jurisdiction)) {
    ctx.audit.denied('READ', 'Person', [id]);
    return null;
  }
  ctx.audit.record('READ', 'Person', [{ id: row.id, familyId: row.familyId }]);
  return row;
}
