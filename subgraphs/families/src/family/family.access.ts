import { asUuid, ForbiddenError, NotFoundError } from '../../../kit';
import { familiesError } from '../families-error';
import { Context } from '../context';
import { canWriteRegistry, isProtectingAgency } from '../access-policy';
import { registryView, RegistryView } from '../scope/registry-view';
import { FamilyRow } from './family.repository';
import { PersonRow } from '../person/person.repository';

/** The caller's view of a loaded family. */
export function viewOf(ctx: Context, family: FamilyRow): RegistryView {
  return registryView(ctx.caller, family);
}

/**
 * Loads families by id through the request's loader and keeps those the caller may see, auditing
 * both: a family the caller may not see answers as if it did not exist.
 */
export async function visibleFamily(ctx: Context, id: string): Promise<FamilyRow | null> {
  const uuid = asUuid(id);
  const row = uuid ? await ctx.loaders.family.load(uuid) : null;
  if (!row) return null;
  if (viewOf(ctx, row) === 'NONE') {
    ctx.audit.denied('READ', 'Family', [{ id: row.id, familyId: row.id }]);
    return null;
  }
  ctx.audit.record('READ', 'Family', [{ id: row.id, familyId: row.id }]);
  return row;
}

/** The current family of a person, unaudited (the person's own read is audited). */
async function familyOf(ctx: Context, person: PersonRow): Promise<FamilyRow | null> {
  return person.familyId ? ctx.loaders.family.load(person.familyId) : null;
}

/** The caller's view of a person: the view of their current family (none for a person on no card). */
export async function personView(ctx: Context, person: PersonRow): Promise<RegistryView> {
  const family = await familyOf(ctx, person);
  return family ? viewOf(ctx, family) : 'NONE';
}

/** The same for a person, whose visibility follows their current family. */
export async function visiblePerson(ctx: Context, id: string): Promise<PersonRow | null> {
  const uuid = asUuid(id);
  const row = uuid ? await ctx.loaders.person.load(uuid) : null;
  if (!row) return null;
  if ((await personView(ctx, row)) === 'NONE') {
    ctx.audit.denied('READ', 'Person', [{ id: row.id, familyId: row.familyId }]);
    return null;
  }
  ctx.audit.record('READ', 'Person', [{ id: row.id, familyId: row.familyId }]);
  return row;
}

/**
 * Whether the region digits of a family's numbers (the first six of a No. KK or a NIK, the district
 * where they were issued) are withheld from the caller: for a protected family, from all but the
 * protecting agency, since they point to where the family lived.
 */
export function regionDigitsWithheld(ctx: Context, family: FamilyRow | null): boolean {
  return family !== null && family.addressProtected && !isProtectingAgency(ctx.caller, family);
}

/** A No. KK or NIK with its region digits masked. */
export function maskRegionDigits(number: string | null): string | null {
  return number && number.length > 6 ? `******${number.slice(6)}` : number;
}

/** A person's NIK as the caller may see it. */
export async function nikFor(ctx: Context, person: PersonRow): Promise<string | null> {
  return regionDigitsWithheld(ctx, await familyOf(ctx, person)) ? maskRegionDigits(person.nik) : person.nik;
}

/**
 * The answer to an exact look-up (No. KK, NIK) of a record outside the caller's view: only that it is
 * registered, and how to ask for access. Nothing in it names an agency or a place.
 */
export function outsideView(ctx: Context, recordType: 'Family' | 'Person', record: { id: string; familyId: string | null }): never {
  ctx.audit.denied('READ', recordType, [record]);
  throw familiesError('NEED_TO_KNOW', 'this identifier is registered, outside the families your agency works with; ask for access with requestFamilyAccess', { registered: true });
}

const READ_ONLY = 'your access roles may not change the family registry: writes need AGENCY_STAFF or AGENCY_SYSTEM of an agency in the record’s jurisdiction (AREA_MANAGER and AUDITOR are read-only)';
const PROTECTED = 'the family is protected: only the protecting agency may change its record';
const IDENTITY_ONLY = 'you may read this family’s identity fields only: it is outside the families your agency works with';

/** Refuses a caller who may not write registry records of a jurisdiction (access-policy.ts). */
export function requireRegistryWriter(ctx: Context, jurisdiction: 'ID' | 'HK'): void {
  if (canWriteRegistry(ctx.caller, jurisdiction)) return;
  if (ctx.caller.agencyId !== null && jurisdiction !== ctx.caller.jurisdiction) {
    throw new ForbiddenError(`you may register and change families of your own jurisdiction (${ctx.caller.jurisdiction}) only`);
  }
  throw new ForbiddenError(READ_ONLY);
}

/** Why the caller may not change a family's record (or its members'), or null when they may. */
function writeRefusal(ctx: Context, family: FamilyRow): string | null {
  if (!canWriteRegistry(ctx.caller, family.jurisdiction)) return READ_ONLY;
  if (viewOf(ctx, family) !== 'FULL') return IDENTITY_ONLY;
  if (family.addressProtected && !isProtectingAgency(ctx.caller, family)) return PROTECTED;
  return null;
}

/**
 * A family the caller may change: NOT_FOUND when it is gone or outside their view; FORBIDDEN when
 * their roles are read-only, when they see its identity fields only, or when it is protected by
 * another agency. Every refusal is audited.
 */
export async function familyForWrite(ctx: Context, id: string): Promise<FamilyRow> {
  const family = await visibleFamily(ctx, id);
  if (!family) throw new NotFoundError('Family', id);
  const refusal = writeRefusal(ctx, family);
  if (refusal) {
    ctx.audit.denied('WRITE', 'Family', [{ id: family.id, familyId: family.id }]);
    throw new ForbiddenError(refusal);
  }
  return family;
}

/** A person the caller may change, by the same rules (those of the person's current family). */
export async function personForWrite(ctx: Context, id: string): Promise<PersonRow & { jurisdiction: 'ID' | 'HK' }> {
  const person = await visiblePerson(ctx, id);
  if (!person || person.jurisdiction === null || person.familyId === null) throw new NotFoundError('Person', id);
  const refusal = writeRefusal(ctx, (await familyOf(ctx, person))!);
  if (refusal) {
    ctx.audit.denied('WRITE', 'Person', [{ id: person.id, familyId: person.familyId }]);
    throw new ForbiddenError(refusal);
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
  ctx.loaders.nikRecords.clear(id);
  const row = await ctx.loaders.person.load(id);
  if (!row) throw new NotFoundError('Person', id);
  return row;
}
