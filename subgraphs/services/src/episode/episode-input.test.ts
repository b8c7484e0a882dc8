import { checkChildRole, closureReasonFor, parseOpenEpisode } from './episode-input';

const FAMILY = 'f0000000-0000-4000-8000-000000000001';
const CHILD = 'c0000000-0000-4000-8000-000000000001';
const SERVICE = 'b0000000-0000-4000-8000-000000000001';

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    return (err as { extensions: { code: string; field: string; rule: string } }).extensions;
  }
  throw new Error('expected a refusal');
}

describe('parseOpenEpisode', () => {
  it('normalises ids and texts', () => {
    expect(parseOpenEpisode({ familyId: FAMILY.toUpperCase(), participantIds: [CHILD], serviceId: SERVICE, notes: '  ' })).toEqual({
      familyId: FAMILY,
      participantIds: [CHILD],
      serviceId: SERVICE,
      referralId: null,
      childRole: null,
      leadWorkerId: null,
      notes: null,
    });
  });

  it('refuses a malformed id as unknown, naming the field and the rule', () => {
    expect(refusal(() => parseOpenEpisode({ familyId: 'x', participantIds: [CHILD], serviceId: SERVICE }))).toEqual({ code: 'BAD_USER_INPUT', field: 'familyId', rule: 'UNKNOWN_FAMILY' });
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participantIds: [CHILD], serviceId: SERVICE, referralId: '1' }))).toMatchObject({ field: 'referralId', rule: 'UNKNOWN_REFERRAL' });
  });

  it('refuses no participant and a repeated one', () => {
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participantIds: [], serviceId: SERVICE }))).toMatchObject({ rule: 'PARTICIPANT_COUNT' });
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participantIds: [CHILD, CHILD.toUpperCase()], serviceId: SERVICE }))).toMatchObject({ rule: 'DUPLICATE_ID' });
  });
});

describe('checkChildRole', () => {
  it('requires the role for a service that records it when a child takes part', () => {
    expect(refusal(() => checkChildRole(null, true, true))).toEqual({ code: 'BAD_USER_INPUT', field: 'childRole', rule: 'CHILD_ROLE_REQUIRED' });
    expect(() => checkChildRole('WITNESS', true, true)).not.toThrow();
  });

  it('does not require it when only adults take part, and refuses it then', () => {
    expect(() => checkChildRole(null, true, false)).not.toThrow();
    expect(refusal(() => checkChildRole('VICTIM', true, false))).toMatchObject({ rule: 'NO_CHILD_PARTICIPANT' });
  });

  it('leaves it optional for other services with a child', () => {
    expect(() => checkChildRole(null, false, true)).not.toThrow();
    expect(() => checkChildRole('VICTIM', false, true)).not.toThrow();
  });
});

describe('closureReasonFor', () => {
  it('requires a reason to close and refuses one otherwise', () => {
    expect(closureReasonFor('CLOSED', ' Goals met ')).toBe('Goals met');
    expect(refusal(() => closureReasonFor('CLOSED', ' '))).toMatchObject({ field: 'closureReason', rule: 'REQUIRED' });
    expect(refusal(() => closureReasonFor('ACTIVE', 'why'))).toMatchObject({ field: 'closureReason', rule: 'NOT_CLOSING' });
    expect(closureReasonFor('ON_HOLD', null)).toBeNull();
  });
});
