import { asUuid, BadInputError } from '../../../kit';
import type { OperatingSessionInput } from '../generated/graphql';
import { SessionWrite } from './calendar.repository';
import { minutesOfClock } from './zoned-time';

/** Six days of a day and an evening session is 12; a week of seven days of six sessions is plenty. */
export const MAX_SESSIONS = 42;

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Checks an agency's new week before anything is written: at most 42 sessions; each on an ISO day
 * (1 Monday to 7 Sunday) with HH:MM times and closing after opening; none overlapping another of the
 * same day (touching is fine: 08:00-12:00 and 12:00-16:00); ids (to keep a session) given once and
 * only for the agency's own sessions (`existingIds`).
 */
export function checkedSessions(sessions: readonly OperatingSessionInput[], existingIds: ReadonlySet<string>): SessionWrite[] {
  if (sessions.length > MAX_SESSIONS) throw new BadInputError('sessions', 'TOO_MANY', `an agency has at most ${MAX_SESSIONS} weekly sessions`);
  const seen = new Set<string>();
  const checked = sessions.map((s, i): SessionWrite => {
    const at = `sessions[${i}]`;
    let id: string | null = null;
    if (s.id !== null && s.id !== undefined) {
      id = asUuid(s.id);
      if (!id || !existingIds.has(id)) throw new BadInputError(`${at}.id`, 'NOT_FOUND', `${at}.id ${s.id} is not a session of this agency`);
      if (seen.has(id)) throw new BadInputError(`${at}.id`, 'DUPLICATE', `${at}.id names a session twice`);
      seen.add(id);
    }
    if (!Number.isInteger(s.dayOfWeek) || s.dayOfWeek < 1 || s.dayOfWeek > 7) throw new BadInputError(`${at}.dayOfWeek`, 'RANGE', `${at}.dayOfWeek must be 1 (Monday) to 7 (Sunday)`);
    for (const field of ['opens', 'closes'] as const) {
      if (!CLOCK.test(s[field])) throw new BadInputError(`${at}.${field}`, 'TIME_FORMAT', `${at}.${field} must be HH:MM, 00:00 to 23:59`);
    }
    if (minutesOfClock(s.closes) <= minutesOfClock(s.opens)) throw new BadInputError(`${at}.closes`, 'CLOSES_BEFORE_OPENS', `${at}.closes must be after opens`);
    return { id, dayOfWeek: s.dayOfWeek, opens: s.opens, closes: s.closes, kind: s.kind };
  });
  checked.forEach((a, i) => {
    const clash = checked.findIndex((b, j) => j < i && b.dayOfWeek === a.dayOfWeek && minutesOfClock(a.opens) < minutesOfClock(b.closes) && minutesOfClock(b.opens) < minutesOfClock(a.closes));
    if (clash >= 0) throw new BadInputError(`sessions[${i}]`, 'OVERLAP', `sessions[${i}] overlaps sessions[${clash}] on the same day`);
  });
  return checked;
}
