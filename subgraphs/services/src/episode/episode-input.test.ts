import { checkChildRoles, closureReasonFor, NewParticipant, parseOpenEpisode } from './episode-input';

const FAMILY = 'f0000000-0000-4000-8000-000000000001';
const CHILD = 'c0000000-0000-4000-8000-000000000001';
const SIBLING = 'c0000000-0000-4000-8000-000000000002';
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
      participants: [{ personId: CHILD, childRole: null, field: 'participantIds', roleField: 'participantIds[0]' }],
      serviceId: SERVICE,
      referralId: null,
      leadWorkerId: null,
      notes: null,
      startReferral: null,
    });
  });

  it('takes the start of the referral only with a referral, at a well-formed version', () => {
    const REFERRAL = '00000000-0000-4000-8000-0000000000aa';
    expect(
      parseOpenEpisode({ familyId: FAMILY, participantIds: [CHILD], serviceId: SERVICE, referralId: REFERRAL, startReferral: { expectedVersion: 2, note: ' Intake done. ' } }).startReferral,
    ).toEqual({
      expectedVersion: 2,
      note: 'Intake done.',
    });
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participantIds: [CHILD], serviceId: SERVICE, startReferral: { expectedVersion: 2 } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'startReferral',
      rule: 'START_WITHOUT_REFERRAL',
    });
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participantIds: [CHILD], serviceId: SERVICE, referralId: REFERRAL, startReferral: { expectedVersion: 0 } }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'startReferral.expectedVersion',
      rule: 'VERSION_FORMAT',
    });
  });

  it('refuses a malformed id as unknown, naming the field and the rule', () => {
    expect(refusal(() => parseOpenEpisode({ familyId: 'x', participantIds: [CHILD], serviceId: SERVICE }))).toEqual({ code: 'BAD_USER_INPUT', field: 'familyId', rule: 'UNKNOWN_FAMILY' });
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participantIds: [CHILD], serviceId: SERVICE, referralId: '1' }))).toMatchObject({ field: 'referralId', rule: 'UNKNOWN_REFERRAL' });
  });

  it('takes each participant with their own role, and names each by its path', () => {
    const episode = parseOpenEpisode({
      familyId: FAMILY,
      participants: [
        { personId: CHILD, childRole: 'VICTIM' },
        { personId: SIBLING.toUpperCase(), childRole: 'WITNESS' },
      ],
      serviceId: SERVICE,
    });
    expect(episode.participants).toEqual([
      { personId: CHILD, childRole: 'VICTIM', field: 'participants[0].personId', roleField: 'participants[0].childRole' },
      { personId: SIBLING, childRole: 'WITNESS', field: 'participants[1].personId', roleField: 'participants[1].childRole' },
    ]);
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participants: [{ personId: CHILD }, { personId: 'x' }], serviceId: SERVICE }))).toMatchObject({
      field: 'participants[1].personId',
      rule: 'UNKNOWN_PERSON',
    });
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participants: [{ personId: CHILD }], participantIds: [CHILD], serviceId: SERVICE }))).toMatchObject({
      field: 'participantIds',
      rule: 'PARTICIPANTS_TWICE',
    });
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, serviceId: SERVICE }))).toMatchObject({ field: 'participants', rule: 'PARTICIPANT_COUNT' });
  });

  it('refuses no participant and a repeated one', () => {
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participantIds: [], serviceId: SERVICE }))).toMatchObject({ rule: 'PARTICIPANT_COUNT' });
    expect(refusal(() => parseOpenEpisode({ familyId: FAMILY, participantIds: [CHILD, CHILD.toUpperCase()], serviceId: SERVICE }))).toMatchObject({ rule: 'DUPLICATE_ID' });
  });
});

describe('checkChildRoles', () => {
  const participant = (i: number, childRole: NewParticipant['childRole']): NewParticipant => ({
    personId: CHILD,
    childRole,
    field: `participants[${i}].personId`,
    roleField: `participants[${i}].childRole`,
  });

  it('requires each child’s own role for a service that records it, naming the child’s path', () => {
    expect(
      refusal(() =>
        checkChildRoles(
          [
            { participant: participant(0, 'VICTIM'), isChild: true },
            { participant: participant(1, null), isChild: true },
          ],
          true,
        ),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'participants[1].childRole',
      rule: 'CHILD_ROLE_REQUIRED',
    });
    expect(() =>
      checkChildRoles(
        [
          { participant: participant(0, 'VICTIM'), isChild: true },
          { participant: participant(1, 'WITNESS'), isChild: true },
        ],
        true,
      ),
    ).not.toThrow();
  });

  it('needs no role for an adult, and refuses one on an adult', () => {
    expect(() => checkChildRoles([{ participant: participant(0, null), isChild: false }], true)).not.toThrow();
    expect(
      refusal(() =>
        checkChildRoles(
          [
            { participant: participant(0, null), isChild: true },
            { participant: participant(1, 'VICTIM'), isChild: false },
          ],
          false,
        ),
      ),
    ).toMatchObject({
      field: 'participants[1].childRole',
      rule: 'CHILD_ROLE_FOR_ADULT',
    });
  });

  it('leaves it optional for other services with a child', () => {
    expect(() => checkChildRoles([{ participant: participant(0, null), isChild: true }], false)).not.toThrow();
    expect(() => checkChildRoles([{ participant: participant(0, 'VICTIM'), isChild: true }], false)).not.toThrow();
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
