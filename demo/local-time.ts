/** The UTC offset of a time zone at an instant, in minutes (e.g. Asia/Makassar → 480). */
export function offsetMinutes(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The UTC instant of a local wall-clock time ('YYYY-MM-DD', 'HH:MM') in a zone. */
export function localToUtc(date: string, time: string, timeZone: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  return new Date(naive.getTime() - offsetMinutes(timeZone, naive) * 60_000);
}

/** Calendar-date arithmetic is the platform clock's, shared with the scheduling subgraph. */
export { addDays, isoDayOfWeek } from '../platform/clock';
