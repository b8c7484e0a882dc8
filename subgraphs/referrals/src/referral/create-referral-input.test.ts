import type { CreateReferralInput } from '../generated/graphql';
import { checkSubjectRoles, parseCreateReferral, requestHash } from './create-referral-input';

const FROM = 'a0000000-0000-4000-8000-000000000001';
const TO = 'a0000000-0000-4000-8000-000000000002';
const FAMILY = 'f0000000-0000-4000-8000-000000000001';
const MOTHER = 'b0000000-0000-4000-8000-000000000001';
const CHILD = 'b0000000-0000-4000-8000-000000000002';
const NOW = new Date('2026-11-23T02:00:00Z');

const base: CreateReferralInput = {
  idempotencyKey: 'lk3-2026-0001',
  familyId: FAMILY,
  subjectIds: [MOTHER, CHILD],
  toAgencyId: TO,
  needCategory: 'DOMESTIC_VIOLENCE',
  urgency: 'URGENT',
  reason: ' Violence at home reported during counselling. ',
  consent: { givenById: MOTHER, relationship: 'SELF', givenAt: '2026-11-23T01:00:00Z', scope: 'Sharing records with UPTD PPA' },
};

function refusal(input: Partial<CreateReferralInput>) {
  try {
    parseCreateReferral({ ...base, ...input }, FROM, NOW);
  } catch (err) {
    const e = err as { message: string; extensions: Record<string, unknown> };
    return { message: e.message, ...e.extensions };
  }
  throw new Error('expected a refusal');
}

describe('parseCreateReferral', () => {
  it('normalises a valid request', () => {
    const parsed = parseCreateReferral({ ...base, familyId: FAMILY.toUpperCase() }, FROM, NOW);
    expect(parsed).toMatchObject({ fromAgencyId: FROM, familyId: FAMILY, reason: 'Violence at home reported during counselling.', noConsentReason: null });
    expect(parsed.consent).toEqual({ givenById: MOTHER, relationship: 'SELF', givenAt: new Date('2026-11-23T01:00:00Z'), scope: 'Sharing records with UPTD PPA' });
  });

  it.each([
    ['idempotencyKey', 'KEY_FORMAT', { idempotencyKey: '' }],
    ['idempotencyKey', 'KEY_FORMAT', { idempotencyKey: 'has space' }],
    ['idempotencyKey', 'KEY_FORMAT', { idempotencyKey: 'k'.repeat(201) }],
    ['familyId', 'UNKNOWN_FAMILY', { familyId: 'KK-1' }],
    ['subjectIds', 'SUBJECT_COUNT', { subjectIds: [] }],
    ['subjectIds', 'DUPLICATE_ID', { subjectIds: [MOTHER, MOTHER.toUpperCase()] }],
    ['subjectIds', 'UNKNOWN_PERSON', { subjectIds: [MOTHER, 'nope'] }],
    ['toAgencyId', 'UNKNOWN_AGENCY', { toAgencyId: 'UPTD' }],
    ['toAgencyId', 'SAME_AGENCY', { toAgencyId: FROM }],
    ['requestedServiceId', 'UNKNOWN_SERVICE', { requestedServiceId: '12' }],
    ['reason', 'REQUIRED', { reason: '   ' }],
    ['reason', 'TOO_LONG', { reason: 'x'.repeat(4001) }],
    ['consent', 'CONSENT_REQUIRED', { consent: null }],
    ['noConsentReason', 'REQUIRED', { consent: null, urgency: 'EMERGENCY' as const }],
    ['noConsentReason', 'NOT_WITH_CONSENT', { noConsentReason: 'danger' }],
    ['consent.givenAt', 'IN_FUTURE', { consent: { ...base.consent!, givenAt: '2026-11-23T02:06:00Z' } }],
    ['consent.givenById', 'SELF_NOT_SUBJECT', { consent: { ...base.consent!, givenById: 'c0000000-0000-4000-8000-000000000009' } }],
    ['consent.scope', 'REQUIRED', { consent: { ...base.consent!, scope: '' } }],
  ] as Array<[string, string, Partial<CreateReferralInput>]>)('refuses %s with %s', (field, rule, input) => {
    const refused = refusal(input);
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    expect(refused.message).toContain(field);
    expect(refused.message).toContain(rule);
  });

  it('takes an EMERGENCY referral without consent when it says why', () => {
    const parsed = parseCreateReferral({ ...base, urgency: 'EMERGENCY', consent: null, noConsentReason: 'Immediate danger to the child' }, FROM, NOW);
    expect(parsed).toMatchObject({ consent: null, noConsentReason: 'Immediate danger to the child' });
  });

  it('takes subjects each with their own role, naming each by its path', () => {
    const parsed = parseCreateReferral({ ...base, subjectIds: undefined, subjects: [{ personId: MOTHER }, { personId: CHILD.toUpperCase(), childRole: 'WITNESS' }] }, FROM, NOW);
    expect(parsed.subjectIds).toEqual([MOTHER, CHILD]);
    expect(parsed.subjects).toEqual([
      { personId: MOTHER, childRole: null, field: 'subjects[0].personId', roleField: 'subjects[0].childRole' },
      { personId: CHILD, childRole: 'WITNESS', field: 'subjects[1].personId', roleField: 'subjects[1].childRole' },
    ]);
    expect(refusal({ subjectIds: undefined, subjects: [{ personId: MOTHER }, { personId: 'nope' }] })).toMatchObject({ field: 'subjects[1].personId', rule: 'UNKNOWN_PERSON' });
    expect(refusal({ subjects: [{ personId: MOTHER }] })).toMatchObject({ field: 'subjectIds', rule: 'SUBJECTS_TWICE' });
  });

  it('allows a consent time a few minutes ahead of the server clock', () => {
    expect(() => parseCreateReferral({ ...base, consent: { ...base.consent!, givenAt: '2026-11-23T02:04:00Z' } }, FROM, NOW)).not.toThrow();
  });
});

describe('checkSubjectRoles', () => {
  const subject = (i: number, childRole: 'VICTIM' | 'WITNESS' | null) => ({ personId: CHILD, childRole, field: `subjects[${i}].personId`, roleField: `subjects[${i}].childRole` });

  it('requires each child’s role when the requested service records roles, and refuses one on an adult', () => {
    expect(() =>
      checkSubjectRoles(
        [
          { subject: subject(0, 'VICTIM'), isChild: true },
          { subject: subject(1, 'WITNESS'), isChild: true },
        ],
        true,
      ),
    ).not.toThrow();
    expect(() => checkSubjectRoles([{ subject: subject(0, null), isChild: true }], false)).not.toThrow();
    expect(() => checkSubjectRoles([{ subject: subject(0, null), isChild: true }], true)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'subjects[0].childRole', rule: 'CHILD_ROLE_REQUIRED' }) }),
    );
    expect(() => checkSubjectRoles([{ subject: subject(1, 'VICTIM'), isChild: false }], false)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'subjects[1].childRole', rule: 'CHILD_ROLE_FOR_ADULT' }) }),
    );
  });
});

describe('requestHash', () => {
  const hash = (input: CreateReferralInput) => requestHash(parseCreateReferral(input, FROM, NOW));

  it('is the same for a retry, whatever the key, the subject order, the id case or the time spelling', () => {
    const retry = {
      ...base,
      idempotencyKey: 'another-key',
      subjectIds: [CHILD.toUpperCase(), MOTHER],
      reason: 'Violence at home reported during counselling.',
      consent: { ...base.consent!, givenAt: '2026-11-23T08:00:00+07:00' },
    };
    expect(hash(retry)).toBe(hash(base));
  });

  it('differs when anything the referral says differs', () => {
    expect(hash({ ...base, urgency: 'ROUTINE' })).not.toBe(hash(base));
    expect(hash({ ...base, reason: 'Another reason' })).not.toBe(hash(base));
    expect(hash({ ...base, subjectIds: [MOTHER] })).not.toBe(hash(base));
    expect(hash({ ...base, consent: { ...base.consent!, scope: 'Other scope' } })).not.toBe(hash(base));
    const withRoles = { ...base, subjectIds: undefined, subjects: [{ personId: MOTHER }, { personId: CHILD, childRole: 'VICTIM' as const }] };
    expect(hash(withRoles)).not.toBe(hash(base));
    expect(hash({ ...withRoles, subjects: [{ personId: MOTHER }, { personId: CHILD, childRole: 'WITNESS' as const }] })).not.toBe(hash(withRoles));
  });

  it('is the same for subjects without roles as for the older subjectIds, so that earlier retries keep their answer', () => {
    expect(hash({ ...base, subjectIds: undefined, subjects: [{ personId: MOTHER }, { personId: CHILD }] })).toBe(hash(base));
  });
});
