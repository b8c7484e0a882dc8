import { demoUser, Stack, startStack } from '../support/stack';
import { CREATE_REFERRAL, createReferral, familiesWithMinor, firstError, minorOf, Parties, referralInput, tangselFamily, tangselParties } from './referral-fixtures';
import { clock } from '../../subgraphs/kit';

const UNKNOWN = '00000000-0000-4000-8000-00000000abcd';

/** References are real (asked of their owning subgraph), consent is recorded. */
describe('createReferral checks its references and its consent', () => {
  let stack: Stack;
  let parties: Parties;
  beforeAll(async () => {
    stack = await startStack();
    parties = tangselParties(stack.world);
  });
  afterAll(() => stack.stop());

  const referralRows = async () => {
    const [{ n }] = await stack.subgraphs.referrals.subgraph.db.query<{ n: number }>('SELECT count(*)::int AS n FROM referral');
    return n;
  };

  /** Sends a create with overrides and returns the refusal, checking that nothing was written. */
  async function refusal(overrides: Record<string, unknown>, as = parties.sender) {
    const before = await referralRows();
    const answer = await stack.query(as, CREATE_REFERRAL, { input: referralInput(stack.world, tangselFamily(stack.world), overrides) });
    expect(await referralRows()).toBe(before);
    return firstError(answer);
  }

  it('refuses an unknown receiving agency with BAD_USER_INPUT naming the field', async () => {
    expect(await refusal({ toAgencyId: UNKNOWN, requestedServiceId: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toAgencyId', rule: 'UNKNOWN_AGENCY' });
    expect(await refusal({ toAgencyId: 'UPTD-PPA-TANGSEL', requestedServiceId: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toAgencyId', rule: 'UNKNOWN_AGENCY' });
  });

  it('refuses an unknown family with BAD_USER_INPUT naming the field', async () => {
    const error = await refusal({ familyId: UNKNOWN });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'familyId', rule: 'UNKNOWN_FAMILY' });
    expect(error.message).toContain('familyId');
  });

  it('refuses a family of another jurisdiction as unknown (the registry does not show it to the caller)', async () => {
    const hkFamily = stack.world.families.find((f) => f.jurisdiction === 'HK')!;
    expect(await refusal({ familyId: hkFamily.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'familyId', rule: 'UNKNOWN_FAMILY' });
  });

  it('refuses unknown persons and persons of another family', async () => {
    const family = tangselFamily(stack.world);
    const stranger = tangselFamily(stack.world, 1).members[0];
    expect(await refusal({ subjectIds: [family.members[0].id, UNKNOWN] })).toMatchObject({ field: 'subjectIds', rule: 'UNKNOWN_PERSON' });
    expect(await refusal({ subjectIds: [stranger.id], consent: { givenById: stranger.id, relationship: 'SELF', givenAt: clock.now().toISOString(), scope: 'x' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'subjectIds',
      rule: 'NOT_A_FAMILY_MEMBER',
    });
  });

  it('refuses a requested service that the receiving agency does not offer, or that does not exist', async () => {
    const lk3Service = parties.senderAgency.services[0].id;
    expect(await refusal({ requestedServiceId: lk3Service })).toMatchObject({ field: 'requestedServiceId', rule: 'NOT_OFFERED_BY_RECEIVER' });
    expect(await refusal({ requestedServiceId: UNKNOWN })).toMatchObject({ field: 'requestedServiceId', rule: 'UNKNOWN_SERVICE' });
  });

  it('refuses an agency of another jurisdiction', async () => {
    const childPro = stack.world.agencies.find((a) => a.code === 'CHILDPRO-3')!;
    expect(await refusal({ toAgencyId: childPro.id, requestedServiceId: null })).toMatchObject({ field: 'toAgencyId', rule: 'JURISDICTION_MISMATCH' });
  });

  it('refuses a referral to the caller’s own agency', async () => {
    expect(await refusal({ toAgencyId: parties.senderAgency.id, requestedServiceId: null })).toMatchObject({ field: 'toAgencyId', rule: 'SAME_AGENCY' });
  });

  it('requires consent unless EMERGENCY with a reason', async () => {
    expect(await refusal({ consent: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consent', rule: 'CONSENT_REQUIRED' });
    expect(await refusal({ consent: null, urgency: 'EMERGENCY' })).toMatchObject({ field: 'noConsentReason', rule: 'REQUIRED' });
    const emergency = await createReferral(
      stack,
      parties,
      referralInput(stack.world, tangselFamily(stack.world), {
        consent: null,
        urgency: 'EMERGENCY',
        noConsentReason: 'Immediate danger to the child; consent to be sought after placement',
      }),
    );
    expect(emergency).toMatchObject({ consent: null, noConsentReason: 'Immediate danger to the child; consent to be sought after placement', urgency: 'EMERGENCY' });
  });

  it('takes consent from a parent for a child, and refuses a parent’s consent for adults only', async () => {
    const family = familiesWithMinor(stack.world, '3674').find((f) => f.members.some((m) => m.relationship === 3))!;
    const head = family.members.find((m) => m.relationship === 1)!;
    const child = minorOf(family);
    const spouse = family.members.find((m) => m.relationship === 3)!;
    const byParent = await createReferral(
      stack,
      parties,
      referralInput(stack.world, family, {
        subjectIds: [child.id],
        consent: { givenById: head.id, relationship: 'PARENT', givenAt: clock.now().toISOString(), scope: 'Sharing records' },
      }),
    );
    expect(byParent.consent).toMatchObject({ relationship: 'PARENT', givenBy: { id: head.id } });
    const forAdult = await stack.query(parties.sender, CREATE_REFERRAL, {
      input: referralInput(stack.world, family, { subjectIds: [spouse.id], consent: { givenById: head.id, relationship: 'GUARDIAN', givenAt: clock.now().toISOString(), scope: 'x' } }),
    });
    expect(firstError(forAdult)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consent.relationship', rule: 'CONSENT_FOR_ADULT' });
    expect(await refusal({ consent: { givenById: UNKNOWN, relationship: 'PARENT', givenAt: clock.now().toISOString(), scope: 'x' } })).toMatchObject({
      field: 'consent.givenById',
      rule: 'UNKNOWN_PERSON',
    });
  });

  it('refuses callers who cannot send referrals for an agency', async () => {
    expect(await refusal({}, demoUser('auditor'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps the family’s region from the registry’s answer, so that the area manager sees the referral', async () => {
    const family = tangselFamily(stack.world, 2);
    const referral = await createReferral(stack, parties, referralInput(stack.world, family));
    const [row] = await stack.subgraphs.referrals.subgraph.db.query<{ family_region: string }>('SELECT family_region FROM referral WHERE id = $1', [referral.id]);
    expect(row.family_region).toBe(family.regionCode);
    const seen = await stack.query<{ referral: { id: string } | null }>(demoUser('tangsel-manager'), `query($id: ID!) { referral(id: $id) { id } }`, { id: referral.id });
    expect(seen.data!.referral).toEqual({ id: referral.id });
  });

  it('keeps only the jurisdiction for a family whose place is withheld from the sender', async () => {
    const family = stack.world.families.find((f) => f.addressProtected && f.protectingAgencyId === parties.receiverAgency.id && f.members.length >= 2)!;
    const head = family.members.find((m) => m.relationship === 1)!;
    const referral = await createReferral(
      stack,
      parties,
      referralInput(stack.world, family, {
        subjectIds: [head.id],
        consent: { givenById: head.id, relationship: 'SELF', givenAt: clock.now().toISOString(), scope: 'Sharing records' },
      }),
    );
    const [row] = await stack.subgraphs.referrals.subgraph.db.query<{ family_region: string }>('SELECT family_region FROM referral WHERE id = $1', [referral.id]);
    expect(row.family_region).toBe('ID');
    const manager = await stack.query<{ referral: { id: string } | null }>(demoUser('tangsel-manager'), `query($id: ID!) { referral(id: $id) { id } }`, { id: referral.id });
    expect(manager.data!.referral).toBeNull();
  });

  it('answers SUBGRAPH_UNAVAILABLE and writes nothing when the registry cannot be asked', async () => {
    const families = stack.subgraphs.families;
    const saved = process.env.FAMILIES_URL;
    process.env.FAMILIES_URL = 'http://127.0.0.1:9/graphql';
    try {
      expect(await refusal({})).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE' });
    } finally {
      process.env.FAMILIES_URL = saved ?? families.url;
    }
  });
});
