import { offsetOfWallClock, wallClockOf } from '../calendar/zoned-time';

/**
 * Wall-clock time of an instant in an IANA zone, as ISO 8601 with the zone's offset at that instant
 * (e.g. 2026-11-24T09:00:00+07:00 in Asia/Jakarta): what a family is told, and still one exact instant.
 */
export function toLocalIsoDateTime(instant: Date | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const w = wallClockOf(ms, timeZone);
  const date = `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
  return `${date}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offsetOfWallClock(ms, w))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
