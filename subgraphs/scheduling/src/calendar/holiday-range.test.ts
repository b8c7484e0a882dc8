import { GraphQLError } from 'graphql';
import { checkHolidayRange } from './holiday-range';

function codeOf(fn: () => void): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions : err;
  }
  return null;
}

describe('checkHolidayRange', () => {
  it('accepts one day and a whole leap year', () => {
    expect(codeOf(() => checkHolidayRange('2026-08-17', '2026-08-17'))).toBeNull();
    expect(codeOf(() => checkHolidayRange('2028-01-01', '2029-01-01'))).toBeNull();
  });

  it('refuses a range that runs backwards', () => {
    expect(codeOf(() => checkHolidayRange('2026-12-31', '2026-01-01'))).toEqual({ code: 'BAD_USER_INPUT', field: 'to', rule: 'DATE_RANGE' });
  });

  it('refuses more than 366 days', () => {
    expect(codeOf(() => checkHolidayRange('2026-01-01', '2027-01-03'))).toEqual({ code: 'BAD_USER_INPUT', field: 'to', rule: 'DATE_RANGE' });
  });
});
