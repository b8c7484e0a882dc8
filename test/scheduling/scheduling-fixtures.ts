import { randomUUID } from 'node:crypto';
import type { World, WorldAgency, WorldFamily, WorldStaff } from '../../demo/world-types';
import { shippedHolidays } from '../../subgraphs/scheduling/src/holiday/calendar-file';
import { addDays, isoDayOfWeek, localDateOf, minutesOfClock, zonedInstant } from '../../subgraphs/scheduling/src/calendar/zoned-time';
import type { GraphQLAnswer, TestClaims } from '../support/stack';
import { clock } from '../../subgraphs/kit';

/** The demo world's appointments reach 28 days ahead; bookings from here on meet none of them. */
export const CLEAR_DAYS_AHEAD = 35;

export function agencyByCode(world: World, code: string): WorldAgency {
  const agency = world.agencies.find((a) => a.code === code);
  if (!agency) throw new Error(`no agency ${code} in the demo world`);
  return agency;
}

/** A caller acting for an agency (its staff, the AGENCY_STAFF role). */
export function staffOf(agency: WorldAgency, roles: string[] = ['AGENCY_STAFF']): TestClaims {
  return { sub: `test:${agency.code}:${roles.join('+')}`, agency: agency.id, roles, jur: agency.jurisdiction };
}

/** Active staff of an agency who work every one of its sessions. */
export function fullTimeStaff(world: World, agency: WorldAgency): WorldStaff[] {
  const staff = world.staff.filter((s) => s.agencyId === agency.id && s.active && s.rosterSessionIds.length === agency.sessions.length);
  if (staff.length < 2) throw new Error(`${agency.code} has fewer than two full-time staff in the demo world`);
  return staff;
}

/** Families the agency sees in the registry whose address is not protected. */
export function familiesOf(world: World, agency: WorldAgency): WorldFamily[] {
  // The registry shows an agency the families of its service area and those it works with.
  const worksWith = new Set([
    ...world.episodes.filter((e) => e.agencyId === agency.id).map((e) => e.familyId),
    ...world.referrals.filter((r) => r.fromAgencyId === agency.id || r.toAgencyId === agency.id).map((r) => r.familyId),
    ...world.appointments.filter((a) => a.agencyId === agency.id).map((a) => a.familyId),
  ]);
  const served = (f: WorldFamily) => agency.areaServed.some((r) => f.regionCode?.startsWith(r) || f.hkDistrict === r);
  return world.families.filter((f) => f.jurisdiction === agency.jurisdiction && !f.addressProtected && (served(f) || worksWith.has(f.id)));
}

/** The public holidays and collective leave days of the calendars SatuPintu ships (and the test databases load). */
export const HOLIDAYS = shippedHolidays();

/** Whether a local date is a public holiday or collective leave day of the jurisdiction. */
export function holidayOn(jurisdiction: 'ID' | 'HK', date: string) {
  return HOLIDAYS.find((h) => h.jurisdiction === jurisdiction && h.date === date);
}

/** The dates of the jurisdiction's public holidays and collective leave days. */
export function holidayDates(jurisdiction: 'ID' | 'HK'): Set<string> {
  return new Set(HOLIDAYS.filter((h) => h.jurisdiction === jurisdiction).map((h) => h.date));
}

/** Today in the agency's zone. */
export function localToday(agency: WorldAgency): string {
  return localDateOf(clock.nowMs(), agency.timeZone);
}

/**
 * Local dates a booking can use: days on which the agency has a full session of the given kind (as
 * long as its longest, so not a Saturday morning) and which are no holiday, from CLEAR_DAYS_AHEAD
 * days after today. `daysAhead` beyond CLEAR_DAYS_AHEAD counts
 * such days, not calendar days, so that tests asking for different offsets get different days even
 * where holidays cluster (Lunar New Year, Idul Fitri): the `count` dates after the first
 * `daysAhead - CLEAR_DAYS_AHEAD` of them.
 */
export function workingDays(agency: WorldAgency, daysAhead: number, count: number, kind: 'DAY' | 'EVENING' = 'DAY'): string[] {
  const skip = Math.max(0, daysAhead - CLEAR_DAYS_AHEAD);
  const length = (s: WorldAgency['sessions'][number]) => minutesOfClock(s.closes) - minutesOfClock(s.opens);
  const longest = Math.max(...agency.sessions.filter((s) => s.kind === kind).map(length));
  const dates: string[] = [];
  for (let date = addDays(localToday(agency), Math.min(daysAhead, CLEAR_DAYS_AHEAD)); dates.length < skip + count; date = addDays(date, 1)) {
    const open = agency.sessions.some((s) => s.dayOfWeek === isoDayOfWeek(date) && s.kind === kind && length(s) === longest);
    if (open && !holidayOn(agency.jurisdiction, date)) dates.push(date);
  }
  return dates.slice(skip);
}

/**
 * A local date with this ISO day of week that is no holiday: the first from `daysAhead` days after
 * today, counting whole weeks beyond CLEAR_DAYS_AHEAD as such dates (as workingDays does), so that
 * offsets a week apart never land on the same day.
 */
export function nextWeekday(agency: WorldAgency, dayOfWeek: number, daysAhead = 1): string {
  const start = Math.min(daysAhead, CLEAR_DAYS_AHEAD);
  let skip = Math.max(0, Math.floor((daysAhead - start) / 7));
  let date = addDays(localToday(agency), start);
  for (;;) {
    if (isoDayOfWeek(date) === dayOfWeek && !holidayOn(agency.jurisdiction, date)) {
      if (skip === 0) return date;
      skip--;
    }
    date = addDays(date, 1);
  }
}

/** The UTC instant (ISO) of a local wall time in the agency's zone. */
export function at(agency: WorldAgency, date: string, clock: string): string {
  return new Date(zonedInstant(date, minutesOfClock(clock), agency.timeZone)).toISOString();
}

export const SCHEDULE = `mutation($input: ScheduleAppointmentInput!) {
  scheduleAppointment(input: $input) {
    bookingId
    appointments { id version status startsAt endsAt startsAtLocal endsAtLocal overrideReason capacity seatsTaken staff { id } }
  }
}`;

export interface Scheduled {
  scheduleAppointment: {
    bookingId: string;
    appointments: Array<{
      id: string;
      version: number;
      status: string;
      startsAt: string;
      endsAt: string;
      startsAtLocal: string;
      endsAtLocal: string;
      overrideReason: string | null;
      capacity: number | null;
      seatsTaken: number | null;
      staff: { id: string };
    }>;
  };
}

/** A scheduleAppointment input with defaults: an individual session at the centre. */
export function bookingInput(staffIds: string[], familyId: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) {
  return { kind: 'INDIVIDUAL_SESSION', staffIds, familyId, place: 'CENTRE', startsAt, endsAt, ...extra };
}

/** The one error of a refused answer, with its code and rule. */
export function refusal<T>(answer: GraphQLAnswer<T>): { code: unknown; rule: unknown; field: unknown; message: string } {
  if (!answer.errors || answer.errors.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(answer.errors ?? answer.data)}`);
  const [error] = answer.errors;
  return { code: error.extensions?.code, rule: error.extensions?.rule, field: error.extensions?.field, message: error.message };
}

/** A fresh id no record has. */
export function unknownId(): string {
  return randomUUID();
}
