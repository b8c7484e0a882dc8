import { isLeapYear, isRealDate, parseIsoDate, resolveTwoDigitYear } from './calendar';

test('Gregorian leap years: every 4th, not centuries, but every 400th', () => {
  expect([2004, 2024, 2000, 1996].map(isLeapYear)).toEqual([true, true, true, true]);
  expect([2005, 1900, 2100, 2023].map(isLeapYear)).toEqual([false, false, false, false]);
});

test('isRealDate', () => {
  expect(isRealDate(2004, 2, 29)).toBe(true);
  expect(isRealDate(2005, 2, 29)).toBe(false);
  expect(isRealDate(2005, 4, 31)).toBe(false);
  expect(isRealDate(2005, 13, 1)).toBe(false);
  expect(isRealDate(2005, 1, 0)).toBe(false);
});

test('resolveTwoDigitYear: the latest century not after today (UTC calendar date)', () => {
  const today = new Date('2025-06-15T23:30:00Z');
  expect(resolveTwoDigitYear(25, 6, 15, today)).toBe(2025);
  expect(resolveTwoDigitYear(25, 6, 16, today)).toBe(1925);
  expect(resolveTwoDigitYear(0, 1, 1, today)).toBe(2000);
  expect(resolveTwoDigitYear(99, 12, 31, today)).toBe(1999);
  expect(resolveTwoDigitYear(0, 1, 1, new Date('2000-01-01T00:00:00Z'))).toBe(2000);
  expect(resolveTwoDigitYear(99, 12, 31, new Date('2000-01-01T00:00:00Z'))).toBe(1999);
});

test('parseIsoDate reads YYYY-MM-DD (optionally with a time) and refuses days that do not exist', () => {
  expect(parseIsoDate('1990-07-15')).toEqual({ year: 1990, month: 7, day: 15 });
  expect(parseIsoDate('1990-07-15T10:00:00Z')).toEqual({ year: 1990, month: 7, day: 15 });
  expect(parseIsoDate('1990-02-30')).toBeUndefined();
  expect(parseIsoDate('15-07-1990')).toBeUndefined();
  expect(parseIsoDate('1990-7-15')).toBeUndefined();
});
