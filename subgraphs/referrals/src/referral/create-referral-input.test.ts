import type { CreateReferralInput } from '../generated/graphql';
import { parseCreateReferral, requestHash } from './create-referral-input';

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

  it('allows a consent time a few minutes ahead of the server clock', () => {
    expect(() => parseCreateReferral({ ...base, consent: { ...base.consent!, givenAt: '2026-11-23T02:04:00Z' } }, FROM, NOW)).not.toThrow();
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
  });
});
