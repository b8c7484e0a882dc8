import type { Context } from '../context';
import type { RecordDocumentApplicationInput, RecordIssuedDocumentsInput } from '../generated/graphql';
import { versionConflict } from '../families-error';
import { familyForWrite, freshFamily } from '../family/family.access';
import { FamilyWriteRepository } from '../family/family-write.repository';
import type { FamilyRow } from '../family/family.repository';
import { clockFor } from '../input/member-input';
import { PersonWriteRepository } from '../person/person-write.repository';
import { heldIdentifierConflict, heldKkConflict, IdentifierClaim, registryConflict } from '../registry-conflict';
import { checkDocumentApplication, checkIssuedDocuments } from './issued-documents-input';

/**
 * Records the family card and NIKs Dispendukcapil (the civil registry) issued to a family registered
 * without them, on the same records: the family and its persons keep their ids, so everything already
 * linked to them (service episodes, referrals, appointments held by other subgraphs) stays linked, and
 * nothing is registered twice. The card opens the family's card history; each NIK closes the person's
 * earlier state (no NIK, pending) in their identifier history, which keeps it. Who may record is who may
 * change the family (family.access.ts): staff or the system of an agency that fully sees it, e.g. the
 * civil registry of its regency or the agency it was referred to. Access, then input, then numbers
 * already held (CONFLICT naming the holder), then one transaction that claims the family's version.
 */
export async function recordIssuedDocuments(ctx: Context, input: RecordIssuedDocumentsInput): Promise<FamilyRow> {
  const family = await familyForWrite(ctx, input.familyId);
  const clock = clockFor(family.jurisdiction);
  const members = await ctx.loaders.members.load(family.id);
  const issued = checkIssuedDocuments(input, family, members, clock);
  if (family.version !== input.expectedVersion) throw versionConflict('Family', family.id, input.expectedVersion, family.version);
  const claims: IdentifierClaim[] = issued.niks.map((n) => ({ field: n.field, nik: n.nik, hkid: null }));
  const held = (await heldIdentifierConflict(ctx, claims)) ?? (issued.card ? await heldKkConflict(ctx, 'kkNumber', issued.card.kkNumber) : null);
  if (held) throw held;
  try {
    await ctx.db.transaction(async (sql) => {
      const families = new FamilyWriteRepository(sql);
      if ((await families.bumpVersion(family.id, input.expectedVersion)) === null) {
        throw versionConflict('Family', family.id, input.expectedVersion, await families.currentVersion(family.id));
      }
      // The family holds no card (checked above, and the version claimed keeps it so): this one is its first.
      if (issued.card) await families.insertCard(family.id, issued.card.kkNumber, issued.card.issuedOn);
      const people = new PersonWriteRepository(sql);
      for (const n of issued.niks) await people.issueNik(n.personId, n.nik, n.birthDate, n.sex);
      await people.recordNikStates(issued.niks.map((n) => ({ personId: n.personId, nik: n.nik, documentStatus: 'ISSUED' as const, validFrom: clock.today, recordedByAgencyId: ctx.caller.agencyId })));
    });
  } catch (err) {
    throw await registryConflict(ctx, err, { identifiers: claims, kk: issued.card ? { field: 'kkNumber', kkNumber: issued.card.kkNumber } : undefined, familyId: family.id });
  }
  ctx.audit.record('WRITE', 'Family', [{ id: family.id, familyId: family.id }]);
  if (issued.niks.length > 0) {
    ctx.audit.record(
      'WRITE',
      'Person',
      issued.niks.map((n) => ({ id: n.personId, familyId: family.id })),
    );
  }
  for (const n of issued.niks) {
    ctx.loaders.person.clear(n.personId);
    ctx.loaders.nikRecords.clear(n.personId);
  }
  return freshFamily(ctx, family.id);
}

/**
 * Records that the desk submitted the family card and NIK applications at Dispendukcapil: the family
 * (when it holds no card) and the members applied for become PENDING_AT_DUKCAPIL, and the members'
 * identifier history shows the step.
 */
export async function recordDocumentApplication(ctx: Context, input: RecordDocumentApplicationInput): Promise<FamilyRow> {
  const family = await familyForWrite(ctx, input.familyId);
  const clock = clockFor(family.jurisdiction);
  const members = await ctx.loaders.members.load(family.id);
  const application = checkDocumentApplication(input, family, members, clock);
  if (family.version !== input.expectedVersion) throw versionConflict('Family', family.id, input.expectedVersion, family.version);
  await ctx.db.transaction(async (sql) => {
    const families = new FamilyWriteRepository(sql);
    if ((await families.bumpVersion(family.id, input.expectedVersion)) === null) {
      throw versionConflict('Family', family.id, input.expectedVersion, await families.currentVersion(family.id));
    }
    if (application.card) await families.setKkAppliedOn(family.id, application.appliedOn);
    const people = new PersonWriteRepository(sql);
    if (application.personIds.length > 0) {
      await people.setNikAppliedOn(application.personIds, application.appliedOn);
      await people.recordNikStates(
        application.personIds.map((personId) => ({ personId, nik: null, documentStatus: 'PENDING_AT_DUKCAPIL' as const, validFrom: clock.today, recordedByAgencyId: ctx.caller.agencyId })),
      );
    }
  });
  ctx.audit.record('WRITE', 'Family', [{ id: family.id, familyId: family.id }]);
  if (application.personIds.length > 0) {
    ctx.audit.record(
      'WRITE',
      'Person',
      application.personIds.map((id) => ({ id, familyId: family.id })),
    );
  }
  for (const id of application.personIds) {
    ctx.loaders.person.clear(id);
    ctx.loaders.nikRecords.clear(id);
  }
  return freshFamily(ctx, family.id);
}
