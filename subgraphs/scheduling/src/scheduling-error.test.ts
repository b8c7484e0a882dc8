import { GraphQLError } from 'graphql';
import { schedulingError, WAIVABLE_RULES } from './scheduling-error';

describe('schedulingError', () => {
  it('maps input rules to BAD_USER_INPUT with the field they name', () => {
    const error = schedulingError('IN_THE_PAST', 'startsAt is in the past');
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', rule: 'IN_THE_PAST', field: 'startsAt' });
  });

  it('maps clashes to CONFLICT without a field, keeping the facts given', () => {
    expect(schedulingError('STALE_VERSION', 'stale', { currentVersion: 3 }).extensions).toEqual({ code: 'CONFLICT', rule: 'STALE_VERSION', currentVersion: 3 });
  });

  it('says when an emergency override would waive the rule, and names a precise field when given', () => {
    expect(schedulingError('OUTSIDE_ROSTER', 'not rostered', {}, 'staffIds[1]').extensions).toEqual({
      code: 'BAD_USER_INPUT',
      rule: 'OUTSIDE_ROSTER',
      field: 'staffIds[1]',
      waivableByEmergencyOverride: true,
    });
  });

  it('lets an override waive only the calendar rules', () => {
    expect([...WAIVABLE_RULES].sort()).toEqual(['CLOSED_DAY', 'OUTSIDE_ROSTER', 'OUTSIDE_SESSIONS']);
  });
});
