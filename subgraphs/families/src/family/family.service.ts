import { ForbiddenError, InputProblems, Sql } from '../../../kit';
import { isProtectingAgency } from '../access-policy';
import type { Context } from '../context';
import type { ChangeKkNumberInput, SetAddressProtectionInput, UpdateFamilyAddressInput } from '../generated/graphql';
import { parseKk } from '../identifiers';
import { checkAddress } from '../input/address-input';
import { checkId, checkPastDate, checkText } from '../input/field-checks';
import { clockFor } from '../input/member-input';
import { SafetyLinkRepository } from '../linkage/safety-link.repository';
import type { SafetyLink } from '../linkage/safety-filter';
import { versionConflict } from '../families-error';
import { ConflictSubject, registryConflict } from '../registry-conflict';
import { familyForWrite, freshFamily, visiblePerson } from './family.access';
import { FamilyWriteRepository } from './family-write.repository';
import type { FamilyRow } from './family.repository';

/**
 * Changes to a family: its address, its card number and the protection of its address. Each checks
 * access and all input first, then runs one transaction that starts by claiming the version the caller
 * read (optimistic concurrency: a stale version is CONFLICT, nothing is lost unseen).
 */
export async function updateFamilyAddress(ctx: Context, input: UpdateFamilyAddressInput): Promise<FamilyRow> {
  const family = await familyForWrite(ctx, input.familyId);
  if (family.addressProtected && !isProtectingAgency(ctx.caller, family)) {
    throw new ForbiddenError('the address is protected: only the protecting agency may change it');
  }
  const problems = new InputProblems();
  const address = checkAddress(problems, 'address', input.address, family.jurisdiction);
  problems.throwIfAny();
  await writeFamily(ctx, family, input.expectedVersion, (families) => families.updateAddress(family.id, address));
  return freshFamily(ctx, family.id);
}

/**
 * A new card number for the same family: the current card row closes on the day the new one comes
 * into force, with the reason, and the new row opens; the family keeps its id and the old number
 * still finds it (a family keeps its history of card numbers, so an old card still leads to it).
 */
export async function changeKkNumber(ctx: Context, input: ChangeKkNumberInput): Promise<FamilyRow> {
  const family = await familyForWrite(ctx, input.familyId);
  const clock = clockFor(family.jurisdiction);
  const problems = new InputProblems();
  let kkNumber: string | null = null;
  if (family.jurisdiction !== 'ID') problems.add('newKkNumber', 'KK_JURISDICTION', 'is for Indonesian families only; a Hong Kong family has no family card');
  else {
    const parsed = parseKk(input.newKkNumber, clock.now);
    if (parsed.ok) kkNumber = parsed.value.kkNumber;
    else problems.identifier('newKkNumber', parsed);
  }
  const reason = checkText(problems, 'reason', input.reason, 200, 'REASON', true);
  const validFrom = input.validFrom ?? clock.today;
  checkPastDate(problems, 'validFrom', validFrom, clock.today);
  const current = (await ctx.loaders.cards.load(family.id)).find((c) => c.validTo === null) ?? null;
  if (kkNumber !== null && current?.kkNumber === kkNumber) problems.add('newKkNumber', 'KK_UNCHANGED', 'is the family’s current number already');
  if (current && validFrom < current.validFrom) {
    problems.add('validFrom', 'VALID_FROM_ORDER', `must not be before the current card came into force (${current.validFrom})`);
  }
  problems.throwIfAny();
  const newNumber = kkNumber as string;
  await writeFamily(
    ctx,
    family,
    input.expectedVersion,
    async (families) => {
      const card = await families.currentCard(family.id);
      if (card) await families.closeCard(card.id, validFrom, reason as string);
      await families.insertCard(family.id, newNumber, validFrom);
    },
    { kk: { field: 'newKkNumber', kkNumber: newNumber } },
  );
  return freshFamily(ctx, family.id);
}

/**
 * Marks the address as protected by the caller's agency (a victim in a shelter or fleeing violence),
 * or lifts the protection. Once protected, only the protecting agency may change it, so another agency
 * cannot unprotect an address to read it. Safety links bar the protected members from ever being
 * suggested as duplicates to a family in which an alleged perpetrator is a member; they stay when the
 * address protection is lifted, because they are about the persons' safety, not the address.
 */
export async function setAddressProtection(ctx: Context, input: SetAddressProtectionInput): Promise<FamilyRow> {
  const family = await familyForWrite(ctx, input.familyId);
  if (family.addressProtected && !isProtectingAgency(ctx.caller, family)) {
    throw new ForbiddenError('the address is protected by another agency: only that agency may change its protection');
  }
  const agencyId = ctx.caller.agencyId as string;
  const links = await safetyLinksOf(ctx, input, family);
  await writeFamily(ctx, family, input.expectedVersion, async (families, sql) => {
    await families.setProtection(family.id, input.protected, input.protected ? agencyId : null);
    await new SafetyLinkRepository(sql).insert(links, agencyId);
  });
  return freshFamily(ctx, family.id);
}

/** Checks the persons of a protection and returns the links to store: each protected member against each alleged perpetrator and their family. */
async function safetyLinksOf(ctx: Context, input: SetAddressProtectionInput, family: FamilyRow): Promise<SafetyLink[]> {
  const problems = new InputProblems();
  const members = await ctx.loaders.members.load(family.id);
  const memberIds = new Set(members.map((m) => m.id));
  const protectedIds = input.protectedPersonIds ? input.protectedPersonIds.map((id, i) => checkId(problems, `protectedPersonIds[${i}]`, id)) : [...memberIds];
  const perpetratorIds = (input.allegedPerpetratorPersonIds ?? []).map((id, i) => checkId(problems, `allegedPerpetratorPersonIds[${i}]`, id));
  if (!input.protected && perpetratorIds.length > 0) {
    problems.add('allegedPerpetratorPersonIds', 'PERPETRATORS_WITHOUT_PROTECTION', 'may only be given when protecting the address');
  }
  protectedIds.forEach((id, i) => {
    if (input.protectedPersonIds && !memberIds.has(id)) problems.add(`protectedPersonIds[${i}]`, 'NOT_A_MEMBER', 'must be a current member of the family');
  });
  const perpetrators = await Promise.all(perpetratorIds.map((id) => visiblePerson(ctx, id)));
  perpetrators.forEach((person, i) => {
    const field = `allegedPerpetratorPersonIds[${i}]`;
    if (!person) problems.add(field, 'PERSON_UNKNOWN', 'must be a person in the registry you may see');
    else if (protectedIds.includes(person.id)) problems.add(field, 'PERPETRATOR_PROTECTED', 'must not also be one of the protected persons');
  });
  problems.throwIfAny();
  return protectedIds.flatMap((protectedPersonId) =>
    perpetrators.flatMap((p) =>
      p ? [{ protectedPersonId, restrictedPersonId: p.id, restrictedFamilyId: null }, ...(p.familyId ? [{ protectedPersonId, restrictedPersonId: null, restrictedFamilyId: p.familyId }] : [])] : [],
    ),
  );
}

/** Claims the version, runs the change and records the write, in one transaction. */
async function writeFamily(
  ctx: Context,
  family: FamilyRow,
  expectedVersion: number,
  change: (families: FamilyWriteRepository, sql: Sql) => Promise<void>,
  subject: ConflictSubject = {},
): Promise<void> {
  if (family.version !== expectedVersion) throw versionConflict('Family', family.id, expectedVersion, family.version);
  try {
    await ctx.db.transaction(async (sql) => {
      const families = new FamilyWriteRepository(sql);
      if ((await families.bumpVersion(family.id, expectedVersion)) === null) {
        throw versionConflict('Family', family.id, expectedVersion, await families.currentVersion(family.id));
      }
      await change(families, sql);
    });
  } catch (err) {
    throw await registryConflict(ctx, err, { ...subject, familyId: family.id });
  }
  ctx.audit.record('WRITE', 'Family', [{ id: family.id, familyId: family.id }]);
}
