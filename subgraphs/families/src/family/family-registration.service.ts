import { randomUUID } from 'node:crypto';
import type { Context } from '../context';
import type { RegisterFamilyInput } from '../generated/graphql';
import { checkRegistration, ValidRegistration } from '../input/registration-input';
import { clockFor, ValidMember } from '../input/member-input';
import { Candidate, duplicatesOfRegistration } from '../linkage/duplicate.service';
import { STRONG_MATCH } from '../linkage/duplicate-score';
import { NikState, PersonWriteRepository } from '../person/person-write.repository';
import { heldIdentifierConflict, heldKkConflict, IdentifierClaim, registryConflict } from '../registry-conflict';
import { freshFamily, requireRegistryWriter } from './family.access';
import { FamilyWriteRepository } from './family-write.repository';
import type { FamilyRow } from './family.repository';
import { FamilyAgencyRepository } from '../scope/family-agency.repository';

/** What registerFamily answers: the family, or null when strong duplicate candidates held it back. */
export interface Registration {
  family: FamilyRow | null;
  duplicates: Candidate[];
}

/**
 * Registers a family with its members, all or nothing (a half-registered family would be a record no agency can trust):
 * access, then every input rule, then identifiers already held (CONFLICT naming the holder), then
 * record linkage (strong candidates hold the registration back unless the caller proceeds), then one
 * transaction. The unique indexes decide a race between two registrations of one NIK or No. KK.
 */
export async function registerFamily(ctx: Context, input: RegisterFamilyInput): Promise<Registration> {
  const jurisdiction = input.jurisdiction ?? ctx.caller.jurisdiction;
  requireRegistryWriter(ctx, jurisdiction);
  const plan = checkRegistration(input, jurisdiction, clockFor(jurisdiction));
  const claims: IdentifierClaim[] = plan.members.map((m, i) => ({ field: `members[${i}]`, nik: m.nik, hkid: m.hkid }));
  const held = (await heldIdentifierConflict(ctx, claims)) ?? (plan.kkNumber ? await heldKkConflict(ctx, 'kkNumber', plan.kkNumber) : null);
  if (held) throw held;
  const duplicates = await duplicatesOfRegistration(ctx, plan.members, plan.address, jurisdiction);
  if (!input.proceedDespiteDuplicates && duplicates.some((c) => c.score >= STRONG_MATCH)) return { family: null, duplicates };
  const familyId = await writeRegistration(ctx, plan, claims);
  return { family: await freshFamily(ctx, familyId), duplicates };
}

/** The first NIK state of new Indonesian persons (Hong Kong persons have none). */
export function nikStatesOf(persons: ReadonlyArray<ValidMember & { id: string }>, on: string, agencyId: string | null): NikState[] {
  return persons.flatMap((p) => (p.documentStatus ? [{ personId: p.id, nik: p.nik, documentStatus: p.documentStatus, validFrom: on, recordedByAgencyId: agencyId }] : []));
}

async function writeRegistration(ctx: Context, plan: ValidRegistration, claims: IdentifierClaim[]): Promise<string> {
  const familyId = randomUUID();
  const persons = plan.members.map((m) => ({ ...m, id: randomUUID() }));
  const today = clockFor(plan.jurisdiction).today;
  const since = plan.kkIssuedOn ?? today;
  try {
    await ctx.db.transaction(async (sql) => {
      const families = new FamilyWriteRepository(sql);
      const people = new PersonWriteRepository(sql);
      await families.insertFamily({ id: familyId, jurisdiction: plan.jurisdiction, caseReference: plan.caseReference, kkAppliedOn: plan.kkAppliedOn, ...plan.address });
      if (plan.kkNumber) await families.insertCard(familyId, plan.kkNumber, since);
      await people.insertPersons(persons);
      // Each Indonesian person's NIK state opens their identifier history, recorded by the agency that met them.
      await people.recordNikStates(nikStatesOf(persons, today, ctx.caller.agencyId));
      // A child born after the card was issued joins it on the day of birth, not before.
      await people.openMemberships(persons.map((p) => ({ personId: p.id, familyId, relationship: p.relationship, validFrom: p.birthDate && p.birthDate > since ? p.birthDate : since })));
      // The registering agency works with the family from now on, wherever it lives.
      await new FamilyAgencyRepository(sql).add(familyId, ctx.caller.agencyId ? [ctx.caller.agencyId] : [], 'REGISTERED');
    });
  } catch (err) {
    throw await registryConflict(ctx, err, { identifiers: claims, kk: plan.kkNumber ? { field: 'kkNumber', kkNumber: plan.kkNumber } : undefined, familyId });
  }
  ctx.audit.record('WRITE', 'Family', [{ id: familyId, familyId }]);
  ctx.audit.record(
    'WRITE',
    'Person',
    persons.map((p) => ({ id: p.id, familyId })),
  );
  return familyId;
}
