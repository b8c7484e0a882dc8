import { randomUUID } from 'node:crypto';
import { makeKk, makeNik } from '../../subgraphs/families/src/identifiers';
import { addDays, clock } from '../../subgraphs/kit';
import { demoUser, Stack, startStack } from '../support/stack';
import { onlyError, REGISTER } from './registry-fixtures';

/** Desa Kepanjen, Kecamatan Gumukmas, Kabupaten Jember: the village of the demo's Puskesos/SLRT desk. */
const KEPANJEN = '3509042001';
const GUMUKMAS = KEPANJEN.slice(0, 6);

const PROVISIONAL_FIELDS = `id kkNumber documentStatus kkAppliedOn version
  kkNumberHistory { kkNumber validFrom validTo }
  members {
    id nik fullName sex birthDate birthDateApproximate documentStatus nikAppliedOn relationship version dataQualityWarnings
    nikHistory { nik documentStatus validFrom validTo recordedByAgencyId }
  }`;
const FAMILY = `query($id: ID!) { family(id: $id) { ${PROVISIONAL_FIELDS} } }`;
const FAMILY_WITH_REFERRALS = `query($id: ID!) { family(id: $id) { ${PROVISIONAL_FIELDS} referrals { id toAgency { id } } } }`;
const RECORD_ISSUED = `mutation($input: RecordIssuedDocumentsInput!) { recordIssuedDocuments(input: $input) { family { ${PROVISIONAL_FIELDS} } } }`;
const RECORD_APPLICATION = `mutation($input: RecordDocumentApplicationInput!) { recordDocumentApplication(input: $input) { family { ${PROVISIONAL_FIELDS} } } }`;
const SEARCH = `query($name: String!) {
  families(filter: { name: $name }) { totalCount edges { node { id documentStatus } } }
  searchPersons(name: $name) { id documentStatus family { id } }
}`;
const CREATE_REFERRAL = `mutation($input: CreateReferralInput!) { createReferral(input: $input) { referral { id status family { id } toAgency { id } } } }`;

interface NikRecord {
  nik: string | null;
  documentStatus: string;
  validFrom: string;
  validTo: string | null;
  recordedByAgencyId: string | null;
}
interface Member {
  id: string;
  nik: string | null;
  fullName: string;
  sex: string | null;
  birthDate: string;
  birthDateApproximate: boolean;
  documentStatus: string;
  nikAppliedOn: string | null;
  relationship: string;
  version: number;
  dataQualityWarnings: string[];
  nikHistory: NikRecord[];
}
interface Family {
  id: string;
  kkNumber: string | null;
  documentStatus: string;
  kkAppliedOn: string | null;
  version: number;
  kkNumberHistory: Array<{ kkNumber: string; validFrom: string; validTo: string | null }>;
  members: Member[];
}

/**
 * The SLRT case: a Puskesos desk meets a mother and her child with no family card and no NIK, registers
 * them provisionally, and refers them to Dispendukcapil, which records the card and NIK it issues on
 * the same records.
 */
describe('a household without documents through the gateway', () => {
  let stack: Stack;
  const desk = demoUser('puskesos-operator');
  const registry = demoUser('dukcapil-jember-officer');
  const outsider = demoUser('lk3-counsellor');
  const today = () => clock.today('Asia/Jakarta');
  // Names no demo person bears, so that searches and duplicates find only this household.
  const motherName = 'Sumiyati Wulandari Kepanjen';
  const childName = 'Bagus Prakoso Kepanjen';
  let deskAgencyId: string;
  let registryAgencyId: string;
  let family: Family;

  const mother = () => family.members.find((m) => m.relationship === 'HEAD')!;
  const child = () => family.members.find((m) => m.relationship === 'CHILD')!;

  beforeAll(async () => {
    stack = await startStack();
    deskAgencyId = stack.world.agencies.find((a) => a.code === 'PUSKESOS-JBR-KEPANJEN')!.id;
    registryAgencyId = stack.world.agencies.find((a) => a.code === 'DUKCAPIL-JBR')!.id;
  });
  afterAll(() => stack.stop());

  const household = () => ({
    documentStatus: 'NO_KK',
    address: { street: 'Dusun Krajan', regionCode: KEPANJEN },
    members: [
      { documentStatus: 'NO_NIK', fullName: motherName, sex: 'FEMALE', birthDate: '1990-01-01', birthDateApproximate: true, relationship: 'HEAD' },
      { documentStatus: 'NO_NIK', fullName: childName, birthDate: '2016-07-01', birthDateApproximate: true, relationship: 'CHILD' },
    ],
  });

  it('registers a household with no No. KK and persons with no NIK, recording the desk that met them', async () => {
    const answer = await stack.query<{ registerFamily: { family: Family; duplicates: unknown[] } }>(desk, REGISTER.replace('family { ', `family { ${PROVISIONAL_FIELDS} `), {
      input: household(),
    });
    expect(answer.errors).toBeUndefined();
    family = answer.data!.registerFamily.family;
    expect(family).toMatchObject({ kkNumber: null, documentStatus: 'NO_KK', kkAppliedOn: null, kkNumberHistory: [] });
    expect(mother()).toMatchObject({ nik: null, sex: 'FEMALE', birthDate: '1990-01-01', birthDateApproximate: true, documentStatus: 'NO_NIK' });
    expect(child()).toMatchObject({ nik: null, sex: null, birthDate: '2016-07-01', birthDateApproximate: true, documentStatus: 'NO_NIK' });
    expect(mother().nikHistory).toEqual([{ nik: null, documentStatus: 'NO_NIK', validFrom: today(), validTo: null, recordedByAgencyId: deskAgencyId }]);
  });

  it('refuses a household without documents that does not say so', async () => {
    const { documentStatus: _status, ...unsaid } = household();
    const error = onlyError(await stack.query(desk, REGISTER, { input: unsaid }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kkNumber', rule: 'KK_REQUIRED' });
  });

  it('finds it by name for the desk, and holds back a second registration of the same person as a likely duplicate', async () => {
    const found = await stack.query<{ families: { totalCount: number; edges: Array<{ node: { id: string; documentStatus: string } }> }; searchPersons: Array<{ id: string }> }>(desk, SEARCH, {
      name: motherName,
    });
    expect(found.errors).toBeUndefined();
    expect(found.data!.families.edges.map((e) => e.node)).toEqual([{ id: family.id, documentStatus: 'NO_KK' }]);
    expect(found.data!.searchPersons.map((p) => p.id)).toContain(mother().id);
    // The same person met again (the old spelling of the name, the same estimated birth date).
    const again = household();
    again.members = [{ ...again.members[0], fullName: 'Soemijati Woelandari Kepanjen' }];
    const answer = await stack.query<{ registerFamily: { family: null; duplicates: Array<{ memberIndex: number; reasons: string[]; person: { id: string } }> } }>(desk, REGISTER, { input: again });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.registerFamily.family).toBeNull();
    expect(answer.data!.registerFamily.duplicates[0]).toMatchObject({ memberIndex: 0, person: { id: mother().id } });
    expect(answer.data!.registerFamily.duplicates[0].reasons).toEqual(expect.arrayContaining(['SAME_NAME', 'SAME_BIRTH_DATE']));
  });

  it('records the desk’s application at Dispendukcapil and refers the household there', async () => {
    const applied = await stack.query<{ recordDocumentApplication: { family: Family } }>(desk, RECORD_APPLICATION, { input: { familyId: family.id, expectedVersion: family.version } });
    expect(applied.errors).toBeUndefined();
    family = applied.data!.recordDocumentApplication.family;
    expect(family).toMatchObject({ documentStatus: 'PENDING_AT_DUKCAPIL', kkAppliedOn: today() });
    expect(family.members.map((m) => [m.documentStatus, m.nikAppliedOn])).toEqual([
      ['PENDING_AT_DUKCAPIL', today()],
      ['PENDING_AT_DUKCAPIL', today()],
    ]);
    const referral = await stack.query<{ createReferral: { referral: { id: string; status: string; family: { id: string } } } }>(desk, CREATE_REFERRAL, {
      input: {
        idempotencyKey: `test-${randomUUID()}`,
        familyId: family.id,
        subjectIds: [mother().id, child().id],
        toAgencyId: registryAgencyId,
        needCategory: 'CIVIL_DOCUMENTS',
        urgency: 'ROUTINE',
        reason: 'No family card and no NIK; taken to Dispendukcapil for a KK and NIKs.',
        consent: { givenById: mother().id, relationship: 'SELF', givenAt: new Date(clock.nowMs() - 3_600_000).toISOString(), scope: 'Sharing the household’s records with Dispendukcapil' },
      },
    });
    expect(referral.errors).toBeUndefined();
    expect(referral.data!.createReferral.referral).toMatchObject({ status: 'SUBMITTED', family: { id: family.id } });
  });

  it('lets Dispendukcapil record the card and NIK it issued on the same records, with their history and links', async () => {
    const kkIssuedOn = addDays(today(), -1);
    const kkNumber = makeKk(GUMUKMAS, kkIssuedOn, 9801);
    const nik = makeNik(GUMUKMAS, '1989-06-14', 'FEMALE', 9802);
    const answer = await stack.query<{ recordIssuedDocuments: { family: Family } }>(registry, RECORD_ISSUED, {
      input: { familyId: family.id, expectedVersion: family.version, kkNumber, members: [{ personId: mother().id, nik }] },
    });
    expect(answer.errors).toBeUndefined();
    const issued = answer.data!.recordIssuedDocuments.family;
    expect(issued).toMatchObject({ id: family.id, kkNumber, documentStatus: 'ISSUED', version: family.version + 1 });
    expect(issued.kkNumberHistory).toEqual([{ kkNumber, validFrom: kkIssuedOn, validTo: null }]);
    const issuedMother = issued.members.find((m) => m.id === mother().id)!;
    // The NIK's date replaces the desk's estimate; no warning, since the record now agrees with it.
    expect(issuedMother).toMatchObject({ nik, documentStatus: 'ISSUED', birthDate: '1989-06-14', birthDateApproximate: false, dataQualityWarnings: [], version: mother().version + 1 });
    expect(issuedMother.nikHistory).toEqual([
      { nik, documentStatus: 'ISSUED', validFrom: today(), validTo: null, recordedByAgencyId: registryAgencyId },
      { nik: null, documentStatus: 'PENDING_AT_DUKCAPIL', validFrom: today(), validTo: today(), recordedByAgencyId: deskAgencyId },
      { nik: null, documentStatus: 'NO_NIK', validFrom: today(), validTo: today(), recordedByAgencyId: deskAgencyId },
    ]);
    // The child was not given a NIK yet: still pending.
    expect(issued.members.find((m) => m.id === child().id)).toMatchObject({ nik: null, documentStatus: 'PENDING_AT_DUKCAPIL' });
    family = issued;

    // The desk sees the same family, now by its card, with the referral still on it.
    const seen = await stack.query<{ family: Family & { referrals: Array<{ toAgency: { id: string } }> } }>(desk, FAMILY_WITH_REFERRALS, { id: family.id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.family).toMatchObject({ id: family.id, kkNumber, documentStatus: 'ISSUED' });
    expect(seen.data!.family.referrals.map((r) => r.toAgency.id)).toEqual([registryAgencyId]);
    const byKk = await stack.query<{ familyByKk: { id: string }; personByNik: { id: string } }>(
      desk,
      `query($kk: String!, $nik: String!) { familyByKk(kkNumber: $kk) { id } personByNik(nik: $nik) { id } }`,
      {
        kk: kkNumber,
        nik,
      },
    );
    expect(byKk.data).toEqual({ familyByKk: { id: family.id }, personByNik: { id: mother().id } });
  });

  it('refuses a NIK another person holds with CONFLICT naming that person, a stale version, and a second card', async () => {
    const holder = stack.world.families.find((f) => f.jurisdiction === 'ID' && !f.addressProtected && f.members[0].nik)!;
    const taken = onlyError(
      await stack.query(registry, RECORD_ISSUED, { input: { familyId: family.id, expectedVersion: family.version, members: [{ personId: child().id, nik: holder.members[0].nik }] } }),
    );
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', field: 'members[0].nik', existingPersonId: holder.members[0].id, existingFamilyId: holder.id });
    const stale = onlyError(
      await stack.query(registry, RECORD_ISSUED, {
        input: { familyId: family.id, expectedVersion: family.version - 1, members: [{ personId: child().id, nik: makeNik(GUMUKMAS, '2016-07-01', 'MALE', 9803) }] },
      }),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', rule: 'STALE_VERSION', currentVersion: family.version });
    const second = onlyError(await stack.query(registry, RECORD_ISSUED, { input: { familyId: family.id, expectedVersion: family.version, kkNumber: makeKk(GUMUKMAS, today(), 9804) } }));
    expect(second.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kkNumber', rule: 'KK_ALREADY_ISSUED' });
    const now = await stack.query<{ family: Family }>(desk, FAMILY, { id: family.id });
    expect(now.data!.family.members.find((m) => m.id === child().id)).toMatchObject({ nik: null, documentStatus: 'PENDING_AT_DUKCAPIL', version: child().version });
  });

  it('gives a caller out of scope nothing: no family, no search hit, no write', async () => {
    const read = await stack.query<{ family: Family | null }>(outsider, FAMILY, { id: family.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.family).toBeNull();
    const found = await stack.query<{ families: { totalCount: number }; searchPersons: unknown[] }>(outsider, SEARCH, { name: motherName });
    expect(found.data).toEqual({ families: { totalCount: 0, edges: [] }, searchPersons: [] });
    const write = onlyError(
      await stack.query(outsider, RECORD_ISSUED, {
        input: { familyId: family.id, expectedVersion: family.version, members: [{ personId: child().id, nik: makeNik(GUMUKMAS, '2016-07-01', 'MALE', 9805) }] },
      }),
    );
    expect(write.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const denied = await stack.subgraphs.families.subgraph.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE $1 = ANY(family_ids) AND outcome = 'DENIED' AND subject = $2`, [
      family.id,
      outsider.sub,
    ]);
    expect(Number(denied[0].n)).toBeGreaterThan(0);
  });

  it('loads the demo’s own household without documents as the desk met it: no card, no NIKs, estimated birth dates, its referral to Dispendukcapil', async () => {
    const demo = stack.world.families.find((f) => f.jurisdiction === 'ID' && f.kkNumber === null && f.regionCode === KEPANJEN)!;
    const answer = await stack.query<{ family: (Family & { referrals: Array<{ toAgency: { id: string } }> }) | null }>(desk, FAMILY_WITH_REFERRALS, { id: demo.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.family).toMatchObject({ kkNumber: null, documentStatus: 'NO_KK' });
    expect(answer.data!.family!.members.map((m) => [m.documentStatus, m.birthDateApproximate])).toEqual(demo.members.map(() => ['NO_NIK', true]));
    expect(answer.data!.family!.referrals.map((r) => r.toAgency.id)).toContain(registryAgencyId);
  });
});
