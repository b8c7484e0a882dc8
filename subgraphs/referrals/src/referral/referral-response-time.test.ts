import { RESPONSE_TIME } from './referral-response-time';

describe('response times by urgency', () => {
  it.each([
    ['EMERGENCY', 24, null],
    ['URGENT', 72, 3],
    ['ROUTINE', 336, 14],
  ] as const)('%s: %i clock hours without a calendar, %s working days with one', (urgency, hours, workingDays) => {
    expect(RESPONSE_TIME[urgency]).toEqual({ hours, workingDays });
  });
});
