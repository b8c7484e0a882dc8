import { schedulingError } from '../scheduling-error';
import { asUuid, InputProblems } from '../../../kit';
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
 * only for the agency's own sessions (`existingIds`). Every problem of the week is refused together.
 */
export function checkedSessions(sessions: readonly OperatingSessionInput[], existingIds: ReadonlySet<string>): SessionWrite[] {
  if (sessions.length > MAX_SESSIONS) throw schedulingError('TOO_MANY', `an agency has at most ${MAX_SESSIONS} weekly sessions`, {}, 'sessions');
  const problems = new InputProblems();
  const seen = new Set<string>();
  const checked = sessions.map((s, i) => {
    const at = `sessions[${i}]`;
    let id: string | null = null;
    if (s.id !== null && s.id !== undefined) {
      id = asUuid(s.id);
      if (!id || !existingIds.has(id)) problems.refuse(schedulingError('NOT_FOUND', `${at}.id ${s.id} is not a session of this agency`, {}, `${at}.id`));
      else if (seen.has(id)) problems.refuse(schedulingError('DUPLICATE', `${at}.id names a session twice`, {}, `${at}.id`));
      else seen.add(id);
    }
    let valid = true;
    if (!Number.isInteger(s.dayOfWeek) || s.dayOfWeek < 1 || s.dayOfWeek > 7) {
      problems.refuse(schedulingError('RANGE', `${at}.dayOfWeek must be 1 (Monday) to 7 (Sunday)`, {}, `${at}.dayOfWeek`));
      valid = false;
    }
    for (const field of ['opens', 'closes'] as const) {
      if (CLOCK.test(s[field])) continue;
      problems.refuse(schedulingError('TIME_FORMAT', `${at}.${field} must be HH:MM, 00:00 to 23:59`, {}, `${at}.${field}`));
      valid = false;
    }
    if (valid && minutesOfClock(s.closes) <= minutesOfClock(s.opens)) {
      problems.refuse(schedulingError('CLOSES_BEFORE_OPENS', `${at}.closes must be after opens`, {}, `${at}.closes`));
      valid = false;
    }
    return { session: { id, dayOfWeek: s.dayOfWeek, opens: s.opens, closes: s.closes, kind: s.kind } satisfies SessionWrite, valid };
  });
  // Overlaps are only looked for among sessions that are well formed on their own.
  checked.forEach(({ session: a, valid }, i) => {
    if (!valid) return;
    const clash = checked.findIndex(
      ({ session: b, valid: ok }, j) => ok && j < i && b.dayOfWeek === a.dayOfWeek && minutesOfClock(a.opens) < minutesOfClock(b.closes) && minutesOfClock(b.opens) < minutesOfClock(a.closes),
    );
    if (clash >= 0) problems.refuse(schedulingError('OVERLAP', `sessions[${i}] overlaps sessions[${clash}] on the same day`, {}, `sessions[${i}]`));
  });
  problems.throwIfAny();
  return checked.map((c) => c.session);
}
