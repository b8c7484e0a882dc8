import { randomUUID } from 'node:crypto';
import { ConflictError, InputProblems } from '../../../kit';
import type { Context } from '../context';
import type { AddFamilyMemberInput, MoveFamilyMemberInput, UpdatePersonInput } from '../generated/graphql';
import { familyForWrite, freshFamily, freshPerson, personForWrite } from '../family/family.access';
import { nikStatesOf } from '../family/family-registration.service';
import { FamilyWriteRepository } from '../family/family-write.repository';
import type { FamilyRow } from '../family/family.repository';
import { checkBirthDate, checkFullName, checkId, checkPastDate } from '../input/field-checks';
import { checkHkid, checkMember, checkNik, clockFor } from '../input/member-input';
import { versionConflict } from '../families-error';
import { heldIdentifierConflict, registryConflict } from '../registry-conflict';
import { relationshipCode } from './kk-relationship';
import { PersonChanges, PersonWriteRepository } from './person-write.repository';
import type { PersonRow } from './person.repository';

/**
 * Changes to persons and their places on family cards. Memberships are time-versioned: a change of
 * card or of relationship closes the current membership and opens a new one, so a person's history
 * keeps every card they were on with its dates and SHDK code (a No. KK changes when a family moves,
 * splits or loses its head, and the old cards must still lead to the person).
 */
export async function addFamilyMember(ctx: Context, input: AddFamilyMemberInput): Promise<{ person: PersonRow; family: FamilyRow }> {
  const family = await familyForWrite(ctx, input.familyId);
  const clock = clockFor(family.jurisdiction);
  const problems = new InputProblems();
  const member = checkMember(problems, 'member', input.member, family.jurisdiction, clock);
  const validFrom = input.validFrom ?? clock.today;
  checkPastDate(problems, 'validFrom', validFrom, clock.today);
  if (member.birthDate && validFrom < member.birthDate) problems.add('validFrom', 'VALID_FROM_BEFORE_BIRTH', 'must not be before the member’s date of birth');
  problems.throwIfAny();
  if (family.version !== input.expectedVersion) throw versionConflict('Family', family.id, input.expectedVersion, family.version);
  const claims = [{ field: 'member', nik: member.nik, hkid: member.hkid }];
  const held = await heldIdentifierConflict(ctx, claims);
  if (held) throw held;
  const personId = randomUUID();
  try {
    await ctx.db.transaction(async (sql) => {
      const families = new FamilyWriteRepository(sql);
      if ((await families.bumpVersion(family.id, input.expectedVersion)) === null) {
        throw versionConflict('Family', family.id, input.expectedVersion, await families.currentVersion(family.id));
      }
      const people = new PersonWriteRepository(sql);
      await people.insertPersons([{ ...member, id: personId }]);
      await people.recordNikStates(nikStatesOf([{ ...member, id: personId }], clock.today, ctx.caller.agencyId));
      await people.openMemberships([{ personId, familyId: family.id, relationship: member.relationship, validFrom }]);
    });
  } catch (err) {
    throw await registryConflict(ctx, err, { identifiers: claims, familyId: family.id });
  }
  ctx.audit.record('WRITE', 'Person', [{ id: personId, familyId: family.id }]);
  ctx.audit.record('WRITE', 'Family', [{ id: family.id, familyId: family.id }]);
  return { person: await freshPerson(ctx, personId), family: await freshFamily(ctx, family.id) };
}

/**
 * Corrects a person's record. A corrected birth date or sex that now disagrees with the NIK is
 * accepted and flagged (a NIK is not reissued when a record is corrected); a new relationship closes the current
 * membership today and opens one with the new SHDK code (in place when it began today).
 */
export async function updatePerson(ctx: Context, input: UpdatePersonInput): Promise<PersonRow> {
  const person = await personForWrite(ctx, input.personId);
  const clock = clockFor(person.jurisdiction);
  const problems = new InputProblems();
  const changes: PersonChanges = {};
  if (input.nik != null) {
    if (person.jurisdiction !== 'ID') problems.add('nik', 'NIK_JURISDICTION', 'is for Indonesian persons only');
    else changes.nik = checkNik(problems, 'nik', input.nik, clock) ?? undefined;
  }
  if (input.hkid != null) {
    if (person.jurisdiction !== 'HK') problems.add('hkid', 'HKID_JURISDICTION', 'is for Hong Kong persons only');
    else changes.hkid = checkHkid(problems, 'hkid', input.hkid) ?? undefined;
  }
  if (input.fullName != null) changes.fullName = checkFullName(problems, 'fullName', input.fullName);
  if (input.sex != null) changes.sex = input.sex;
  if (input.birthDate != null) {
    checkBirthDate(problems, 'birthDate', input.birthDate, clock.today);
    changes.birthDate = input.birthDate;
  }
  if (input.deceasedOn != null) {
    checkPastDate(problems, 'deceasedOn', input.deceasedOn, clock.today);
    const born = changes.birthDate ?? person.birthDate;
    if (born && input.deceasedOn < born) problems.add('deceasedOn', 'DECEASED_BEFORE_BIRTH', 'must not be before the date of birth');
    changes.deceasedOn = input.deceasedOn;
  }
  const relationship = input.relationship != null ? relationshipCode(input.relationship) : null;
  if (Object.keys(changes).length === 0 && relationship === null) problems.add('input', 'NO_CHANGES', 'must change at least one field');
  problems.throwIfAny();
  if (person.version !== input.expectedVersion) throw versionConflict('Person', person.id, input.expectedVersion, person.version);
  const claims = [{ field: '', nik: changes.nik && changes.nik !== person.nik ? changes.nik : null, hkid: changes.hkid && changes.hkid !== person.hkid ? changes.hkid : null }];
  await writePerson(ctx, person.id, input.expectedVersion, claims, person.familyId, async (people, families) => {
    await people.update(person.id, changes);
    // A corrected NIK is a new state in the person's identifier history; the old number stays there.
    if (claims[0].nik) await people.recordNikStates([{ personId: person.id, nik: claims[0].nik, documentStatus: 'ISSUED', validFrom: clock.today, recordedByAgencyId: ctx.caller.agencyId }]);
    if (relationship === null) return;
    const membership = await people.currentMembership(person.id);
    if (!membership || membership.relationship === relationship) return;
    if (membership.validFrom === clock.today) await people.setRelationship(membership.id, relationship);
    else {
      await people.closeMembership(membership.id, clock.today);
      await people.openMemberships([{ personId: person.id, familyId: membership.familyId, relationship, validFrom: clock.today }]);
    }
    await families.touch(membership.familyId);
  });
  return freshPerson(ctx, person.id);
}

/**
 * Moves a person to another family's card (marriage, a split household): the current membership
 * closes on the day of the move and the new one opens the same day, in one transaction.
 */
export async function moveFamilyMember(ctx: Context, input: MoveFamilyMemberInput): Promise<{ person: PersonRow; fromFamily: FamilyRow; toFamily: FamilyRow }> {
  const person = await personForWrite(ctx, input.personId);
  const problems = new InputProblems();
  const toFamilyId = checkId(problems, 'toFamilyId', input.toFamilyId);
  problems.throwIfAny();
  const target = await familyForWrite(ctx, toFamilyId);
  const clock = clockFor(target.jurisdiction);
  const movedOn = input.movedOn ?? clock.today;
  checkPastDate(problems, 'movedOn', movedOn, clock.today);
  if (target.id === person.familyId) problems.add('toFamilyId', 'SAME_FAMILY', 'is the family the person is on already');
  if (person.deceasedOn) problems.add('personId', 'PERSON_DECEASED', 'is recorded as deceased and cannot move');
  const current = (await ctx.loaders.memberships.load(person.id)).find((m) => m.validTo === null);
  if (current && movedOn < current.validFrom) problems.add('movedOn', 'MOVED_BEFORE_MEMBERSHIP', `must not be before the person joined the current card (${current.validFrom})`);
  problems.throwIfAny();
  if (person.version !== input.expectedVersion) throw versionConflict('Person', person.id, input.expectedVersion, person.version);
  const relationship = relationshipCode(input.relationship);
  let fromFamilyId = person.familyId as string;
  await writePerson(ctx, person.id, input.expectedVersion, [], target.id, async (people, families) => {
    const membership = await people.currentMembership(person.id);
    if (!membership) throw new ConflictError(`person ${person.id} is on no family card any more; read it again`);
    fromFamilyId = membership.familyId;
    await people.closeMembership(membership.id, movedOn);
    await people.openMemberships([{ personId: person.id, familyId: target.id, relationship, validFrom: movedOn }]);
    await families.touch(membership.familyId);
    await families.touch(target.id);
  });
  ctx.audit.record('WRITE', 'Family', [
    { id: fromFamilyId, familyId: fromFamilyId },
    { id: target.id, familyId: target.id },
  ]);
  return { person: await freshPerson(ctx, person.id), fromFamily: await freshFamily(ctx, fromFamilyId), toFamily: await freshFamily(ctx, target.id) };
}

/** Claims the person's version, runs the change and records the write, in one transaction. */
async function writePerson(
  ctx: Context,
  personId: string,
  expectedVersion: number,
  claims: Array<{ field: string; nik: string | null; hkid: string | null }>,
  familyId: string | null,
  change: (people: PersonWriteRepository, families: FamilyWriteRepository) => Promise<void>,
): Promise<void> {
  try {
    await ctx.db.transaction(async (sql) => {
      const people = new PersonWriteRepository(sql);
      if ((await people.bumpVersion(personId, expectedVersion)) === null) {
        throw versionConflict('Person', personId, expectedVersion, await people.currentVersion(personId));
      }
      await change(people, new FamilyWriteRepository(sql));
    });
  } catch (err) {
    throw await registryConflict(ctx, err, { identifiers: claims, familyId: familyId ?? undefined });
  }
  ctx.audit.record('WRITE', 'Person', [{ id: personId, familyId }]);
}
