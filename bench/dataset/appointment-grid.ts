import { shippedHolidays } from '../../subgraphs/scheduling/src/holiday/calendar-file';
import { appointmentKindOf } from '../../demo/case-conventions';
import type { Random } from '../../demo/random';
import type { AgencyIndex, SessionMinutes } from './agency-index';
import type { BenchStaff } from './bench-staff';
import type { BookableEpisode } from './case-generator';
import { CopyFileWriter } from './copy-file-writer';
import { dayOf, dayOfWeek, isoOfMinuteMs, localMinuteToUtcMs, MS_PER_DAY } from './day-numbers';
import { fastUuid } from './fast-uuid';
import { weighted } from './family-generator';

const HOLIDAYS = new Set(shippedHolidays().map((h) => `${h.jurisdiction}${dayOf(h.date)}`));
const ESCORT_PLACES = ['HOSPITAL', 'COURT', 'SCHOOL'];
const PAST_STATUS: ReadonlyArray<readonly [string, number]> = [
  ['COMPLETED', 0.8],
  ['NO_SHOW', 0.1],
  ['CANCELLED', 0.1],
];
/** A gap after each appointment (travel, notes), so that a day has 3-4 appointments per session. */
const GAP_MINUTES = 30;
/** The share of free slots that get booked: leaves room, so that availability searches find some. */
const FILL = 0.75;

/**
 * Lays appointments on each staff member's own time grid: the agency sessions they are rostered on,
 * day by day, skipping public holidays, one slot after another with a gap, so that a staff member is
 * never double-booked (the exclusion constraint holds by construction, no checking needed). Each
 * slot goes to one of the open episodes the staff member leads. About 60 % of a staff member's
 * appointments lie before the anchor day, the rest after it (upcoming, SCHEDULED).
 */
export function layAppointments(
  rng: Random,
  anchorDay: number,
  agencies: AgencyIndex,
  staff: readonly BenchStaff[],
  bookable: ReadonlyMap<string, BookableEpisode[]>,
  total: number,
  out: CopyFileWriter<'appointment'>,
): void {
  const booking = staff.filter((s) => s.active && s.rosterSessionIds.length && bookable.get(s.id)?.length);
  const anchorMs = anchorDay * MS_PER_DAY;
  booking.forEach((member, k) => {
    const quota = Math.floor(total / booking.length) + (k < total % booking.length ? 1 : 0);
    const agency = agencies.get(member.agencyId);
    const episodes = bookable.get(member.id)!;
    const byDay = new Map<number, SessionMinutes[]>();
    for (const s of agency.sessions.filter((x) => member.rosterSessionIds.includes(x.id)).sort((a, b) => a.opens - b.opens)) {
      byDay.set(s.dayOfWeek, [...(byDay.get(s.dayOfWeek) ?? []), s]);
    }
    const minutesPerWeek = [...byDay.values()].flat().reduce((sum, s) => sum + s.closes - s.opens, 0);
    const perWeek = Math.max(1, (minutesPerWeek / (75 + GAP_MINUTES)) * FILL);
    const spanDays = Math.ceil((quota / perWeek) * 7);
    let day = anchorDay - Math.round(spanDays * 0.6);
    let made = 0;
    for (let guard = 0; made < quota && guard < 3 * 365 + spanDays; guard++, day++) {
      const sessions = byDay.get(dayOfWeek(day));
      if (!sessions || HOLIDAYS.has(`${agency.agency.jurisdiction}${day}`)) continue;
      let cursor = 0;
      for (const session of sessions) {
        for (let t = Math.max(session.opens, cursor); made < quota;) {
          const minutes = rng.chance(0.5) ? 60 : 90;
          if (t + minutes > session.closes) break;
          if (rng.chance(FILL)) {
            const episode = rng.pick(episodes);
            const startMs = localMinuteToUtcMs(day, t, agency.offsetMinutes);
            const endMs = startMs + minutes * 60_000;
            const kind = appointmentKindOf(episode.serviceCategory);
            const id = fastUuid(rng);
            out.write({
              id,
              booking_id: id,
              kind,
              staff_id: member.id,
              agency_id: member.agencyId,
              family_id: episode.familyId,
              family_region: episode.region,
              episode_id: episode.id,
              referral_id: episode.referralId,
              place: kind === 'HOME_VISIT' ? 'HOME' : kind === 'ESCORT' ? rng.pick(ESCORT_PLACES) : 'CENTRE',
              starts_at: isoOfMinuteMs(startMs),
              ends_at: isoOfMinuteMs(endMs),
              status: endMs <= anchorMs ? weighted(rng, PAST_STATUS) : 'SCHEDULED',
            });
            made++;
          }
          t += minutes + GAP_MINUTES;
          cursor = t;
        }
      }
    }
  });
}
