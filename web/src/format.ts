import type { Lang } from './i18n';

/** The zone abbreviations managers read: western, central and eastern Indonesia, Hong Kong. */
const ZONES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT', 'Asia/Hong_Kong': 'HKT' };

const DEFAULT_ZONE: Record<'ID' | 'HK', string> = { ID: 'Asia/Jakarta', HK: 'Asia/Hong_Kong' };

export function zoneFor(timeZone: string | null | undefined, jurisdiction: 'ID' | 'HK'): string {
  return timeZone ?? DEFAULT_ZONE[jurisdiction];
}

function locale(lang: Lang): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}

/** An instant in the agency's zone, with its abbreviation: "25 Nov 2026 10.00 WIB". */
export function dateTime(iso: string, timeZone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(locale(lang), { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return `${text} ${ZONES[timeZone] ?? timeZone}`;
}

/** A calendar date (no time, no zone): "25 Nov 2026". */
export function date(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));
}
