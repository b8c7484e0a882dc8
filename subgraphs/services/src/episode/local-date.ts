/**
 * The calendar date at an instant in an agency's time zone (DESIGN.md §2: times are stored in UTC and
 * shown in the agency's zone), as YYYY-MM-DD: an episode opened at 07:30 in Jakarta on the 24th is opened
 * on the 24th, although it is still the 23rd in UTC.
 */
export function localDate(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
