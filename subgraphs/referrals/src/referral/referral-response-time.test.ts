import { RESPONSE_HOURS } from './referral-response-time';

describe('response times by urgency (issue 4)', () => {
  it.each([
    ['EMERGENCY', 24],
    ['URGENT', 72],
    ['ROUTINE', 336],
  ] as const)('%s: %i hours', (urgency, hours) => {
    expect(RESPONSE_HOURS[urgency]).toBe(hours);
  });
});
