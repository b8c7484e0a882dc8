import { clock, Sql } from '../../../kit';
import type { AppointmentWindow } from '../generated/graphql';
import type { AppointmentEntity, GroupSessionFamilyEntity, GroupSessionPersonEntity } from './appointment.entity';

/**
 * An appointment as resolvers receive it, with its agency's time zone for local times and its
 * agency's jurisdiction (who may see a community event, which has no family's region).
 */
export interface AppointmentRow extends Omit<AppointmentEntity, 'updatedAt'> {
  timeZone: string;
  agencyJurisdiction: 'ID' | 'HK';
}

/**
 * An appointment as one family's list holds it: the family it is listed for (the family it was booked
 * for, or a family that joined the group session) and that family's region, for the area rule.
 */
export interface FamilyAppointmentRow extends AppointmentRow {
  forFamilyId: string;
  forFamilyRegion: string;
}

/** A family that joined a group session after the family it was booked for. */
export type ParticipantRow = Omit<GroupSessionFamilyEntity, 'joinedAt'>;

/** A person who joined a group session or education programme (and may have left it). */
export type PersonParticipantRow = GroupSessionPersonEntity;

/** A staff member's time held by an appointment, as epoch milliseconds (half-open). */
export interface BusyRow {
  staffId: string;
  start: number;
  end: number;
}

/** What a workload counts of an appointment. */
export type WorkloadAppointmentRow = Pick<AppointmentEntity, 'staffId' | 'kind' | 'status' | 'startsAt' | 'endsAt'>;

export const APPOINTMENT_COLUMNS = `a.id, a.booking_id AS "bookingId", a.kind, a.staff_id AS "staffId", a.agency_id AS "agencyId",
  a.family_id AS "familyId", a.family_region AS "familyRegion", a.episode_id AS "episodeId", a.referral_id AS "referralId",
  a.place, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.status, a.override_reason AS "overrideReason",
  a.cancel_reason AS "cancelReason", a.capacity, a.attendance_count AS "attendanceCount", a.created_at AS "createdAt", a.version,
  c.time_zone AS "timeZone", c.jurisdiction AS "agencyJurisdiction"`;
const APPOINTMENT_FROM = `appointment a JOIN agency_calendar c ON c.agency_id = a.agency_id`;

/**
 * Each window's condition and order: UPCOMING has not ended yet (soonest first), PAST has ended
 * (latest first), ALL is by start time. An appointment under way is still upcoming. `$2` is now,
 * from the kit's clock.
 */
const WINDOWS: Readonly<Record<AppointmentWindow, { where: string; orderBy: string; byClock: boolean }>> = {
  UPCOMING: { where: 'AND a.ends_at > $2::timestamptz', orderBy: '"startsAt", id', byClock: true },
  PAST: { where: 'AND a.ends_at <= $2::timestamptz', orderBy: '"startsAt" DESC, id', byClock: true },
  ALL: { where: '', orderBy: '"startsAt", id', byClock: false },
};

/**
 * No appointment is longer (appointment_at_most_8_hours), so one that overlaps [from, to) starts
 * after from minus this: a bound that lets the (staff_id, starts_at) index skip the past.
 */
const MAX_LENGTH = `interval '8 hours'`;

/** The statuses that hold a staff member's time: the exclusion constraint's WHERE. */
const HOLDING = `a.status IN ('SCHEDULED', 'COMPLETED')`;

/** The only place the scheduling subgraph reads appointments. */
export class AppointmentRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(`SELECT ${APPOINTMENT_COLUMNS} FROM ${APPOINTMENT_FROM} WHERE a.id = ANY($1::uuid[])`, [ids], 'appointment_by_ids');
  }

  /** The appointments of each booking (one per staff member), by staff id for a stable order. */
  byBookingIds(bookingIds: readonly string[]): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM ${APPOINTMENT_FROM} WHERE a.booking_id = ANY($1::uuid[]) ORDER BY a.booking_id, a.staff_id`,
      [bookingIds],
      'appointment_by_booking_ids',
    );
  }

  /**
   * The appointments of each family in one window, in the window's order: those booked for the family,
   * the group sessions it joined as a whole, and those one of its persons takes part in (once per
   * family, however many of its persons joined, and not again where the family is there already).
   */
  byFamilyIds(familyIds: readonly string[], window: AppointmentWindow): Promise<FamilyAppointmentRow[]> {
    const { where, orderBy, byClock } = WINDOWS[window];
    return this.sql.query<FamilyAppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS}, a.family_id AS "forFamilyId", a.family_region AS "forFamilyRegion"
         FROM ${APPOINTMENT_FROM}
        WHERE a.family_id = ANY($1::uuid[]) ${where}
       UNION ALL
       SELECT ${APPOINTMENT_COLUMNS}, g.family_id, g.family_region
         FROM group_session_family g JOIN ${APPOINTMENT_FROM} ON a.booking_id = g.booking_id
        WHERE g.family_id = ANY($1::uuid[]) ${where}
       UNION ALL
       SELECT ${APPOINTMENT_COLUMNS}, p.family_id, p.family_region
         FROM (SELECT DISTINCT ON (booking_id, family_id) booking_id, family_id, family_region
                 FROM group_session_person WHERE family_id = ANY($1::uuid[]) AND left_at IS NULL
                ORDER BY booking_id, family_id, joined_at) p
         JOIN ${APPOINTMENT_FROM} ON a.booking_id = p.booking_id
        WHERE a.family_id IS DISTINCT FROM p.family_id
          AND NOT EXISTS (SELECT 1 FROM group_session_family g WHERE g.booking_id = p.booking_id AND g.family_id = p.family_id) ${where}
        ORDER BY ${orderBy}`,
      byClock ? [familyIds, clock.now()] : [familyIds],
      `appointment_by_family_ids_${window.toLowerCase()}`,
    );
  }

  /** The families that joined each group session, in the order they joined. */
  participantsByBookingIds(bookingIds: readonly string[]): Promise<ParticipantRow[]> {
    return this.sql.query<ParticipantRow>(
      `SELECT booking_id AS "bookingId", family_id AS "familyId", family_region AS "familyRegion"
         FROM group_session_family WHERE booking_id = ANY($1::uuid[]) ORDER BY joined_at, family_id`,
      [bookingIds],
      'participants_by_booking_ids',
    );
  }

  /** The persons who joined each group session or education programme, those who left included, in the order they joined. */
  personsByBookingIds(bookingIds: readonly string[]): Promise<PersonParticipantRow[]> {
    return this.sql.query<PersonParticipantRow>(
      `SELECT booking_id AS "bookingId", person_id AS "personId", family_id AS "familyId", family_region AS "familyRegion",
              joined_at AS "joinedAt", left_at AS "leftAt"
         FROM group_session_person WHERE booking_id = ANY($1::uuid[]) ORDER BY joined_at, person_id`,
      [bookingIds],
      'persons_by_booking_ids',
    );
  }

  /**
   * The time each staff member's scheduled and completed appointments hold within [from, to). A month
   * of a large team is ten thousand rows: instants leave as epoch milliseconds (float8, which
   * node-postgres reads as a number), as parsing timestamps into Dates cost most of the query's time.
   */
  busyOfStaff(staffIds: readonly string[], from: Date, to: Date): Promise<BusyRow[]> {
    return this.sql.query<BusyRow>(
      `SELECT a.staff_id AS "staffId", (extract(epoch FROM a.starts_at) * 1000)::float8 AS start, (extract(epoch FROM a.ends_at) * 1000)::float8 AS "end"
         FROM appointment a
        WHERE a.staff_id = ANY($1::uuid[]) AND ${HOLDING}
          AND a.starts_at >= $2::timestamptz - ${MAX_LENGTH} AND a.starts_at < $3 AND a.ends_at > $2`,
      [staffIds, from, to],
      'busy_of_staff',
    );
  }

  /** Each staff member's appointments of every status starting within [from, to), for workloads. */
  ofStaffStartingBetween(staffIds: readonly string[], from: Date, to: Date): Promise<WorkloadAppointmentRow[]> {
    return this.sql.query<WorkloadAppointmentRow>(
      `SELECT a.staff_id AS "staffId", a.kind, a.status, a.starts_at AS "startsAt", a.ends_at AS "endsAt"
         FROM appointment a
        WHERE a.staff_id = ANY($1::uuid[]) AND a.starts_at >= $2 AND a.starts_at < $3`,
      [staffIds, from, to],
      'appointments_of_staff_starting_between',
    );
  }

  /** An agency's appointments still scheduled to start within [from, to), by start. */
  /**
   * The scheduled appointments of every agency of a jurisdiction starting on one local date, in each
   * agency's own zone (index appointment_scheduled_starts; the zones lie within a day of UTC).
   */
  scheduledOfJurisdictionOn(jurisdiction: 'ID' | 'HK', date: string): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM ${APPOINTMENT_FROM}
        WHERE c.jurisdiction = $1 AND a.status = 'SCHEDULED'
          AND a.starts_at >= $2::date - interval '1 day' AND a.starts_at < $2::date + interval '2 days'
          AND (a.starts_at AT TIME ZONE c.time_zone)::date = $2::date
        ORDER BY a.starts_at, a.agency_id, a.staff_id`,
      [jurisdiction, date],
      'scheduled_of_jurisdiction_on',
    );
  }

  scheduledOfAgencyStartingBetween(agencyId: string, from: Date, to: Date): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM ${APPOINTMENT_FROM}
        WHERE a.agency_id = $1 AND a.status = 'SCHEDULED' AND a.starts_at >= $2 AND a.starts_at < $3
        ORDER BY a.starts_at, a.staff_id`,
      [agencyId, from, to],
      'scheduled_of_agency_starting_between',
    );
  }
}
