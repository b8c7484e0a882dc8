import { asUuid, ForbiddenError, NotFoundError } from '../../../kit';
import { Context } from '../context';
import { canReadRegistry, canWriteRegistry } from '../access-policy';
import { FamilyRow } from './family.repository';
import { PersonRow } from '../person/person.repository';

/**
 * Loads families by id through the request's loader and keeps those the caller may see, auditing
 * both: a family the caller may not see answers as if it did not exist.
 */
export async function visibleFamily(ctx: Context, id: string): Promise<FamilyRow | null> {
  const uuid = asUuid(id);
  const row = uuid ? await ctx.loaders.family.load(uuid) : null;
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
  const uuid = asUuid(id);
  const row = uuid ? await ctx.loaders.person.load(uuid) : null;
  if (!row) return null;
  if (!canReadRegistry(ctx.caller, row.jurisdiction)) {
    ctx.audit.denied('READ', 'Person', [id]);
    return null;
  }
  ctx.audit.record('READ', 'Person', [{ id: row.id, familyId: row.familyId }]);
  return row;
}

const READ_ONLY = 'your access roles may not change the family registry: writes need AGENCY_STAFF or AGENCY_SYSTEM of an agency in the record’s jurisdiction (AREA_MANAGER and AUDITOR are read-only)';

/** Refuses a caller who may not write registry records of a jurisdiction (access-policy.ts). */
export function requireRegistryWriter(ctx: Context, jurisdiction: 'ID' | 'HK'): void {
  if (canWriteRegistry(ctx.caller, jurisdiction)) return;
  if (ctx.caller.agencyId !== null && jurisdiction !== ctx.caller.jurisdiction) {
    throw new ForbiddenError(`you may register and change families of your own jurisdiction (${ctx.caller.jurisdiction}) only`);
  }
  throw new ForbiddenError(READ_ONLY);
}

/** A family the caller may change: NOT_FOUND when it is gone or invisible to them, FORBIDDEN when read-only. */
export async function familyForWrite(ctx: Context, id: string): Promise<FamilyRow> {
  const family = await visibleFamily(ctx, id);
  if (!family) throw new NotFoundError('Family', id);
  if (!canWriteRegistry(ctx.caller, family.jurisdiction)) {
    ctx.audit.denied('WRITE', 'Family', [family.id]);
    throw new ForbiddenError(READ_ONLY);
  }
  return family;
}

/** A person the caller may change, by the same rules (the person's current family's jurisdiction). */
export async function personForWrite(ctx: Context, id: string): Promise<PersonRow & { jurisdiction: 'ID' | 'HK' }> {
  const person = await visiblePerson(ctx, id);
  if (!person || person.jurisdiction === null) throw new NotFoundError('Person', id);
  if (!canWriteRegistry(ctx.caller, person.jurisdiction)) {
    ctx.audit.denied('WRITE', 'Person', [person.id]);
    throw new ForbiddenError(READ_ONLY);
  }
  return { ...person, jurisdiction: person.jurisdiction };
}

/** The family as it is now, after a write (the request's loader may hold the row as it was). */
export async function freshFamily(ctx: Context, id: string): Promise<FamilyRow> {
  ctx.loaders.family.clear(id);
  ctx.loaders.members.clear(id);
  ctx.loaders.cards.clear(id);
  const row = await ctx.loaders.family.load(id);
  if (!row) throw new NotFoundError('Family', id);
  return row;
}

/** The person as they are now, after a write. */
export async function freshPerson(ctx: Context, id: string): Promise<PersonRow> {
  ctx.loaders.person.clear(id);
  ctx.loaders.memberships.clear(id);
  const row = await ctx.loaders.person.load(id);
  if (!row) throw new NotFoundError('Person', id);
  return row;
}
