import { Sql } from '../../../kit';
import type { AppointmentKind, AppointmentPlace, AppointmentStatus } from '../generated/graphql';
import { APPOINTMENT_COLUMNS, AppointmentRow } from './appointment.repository';

/** One booking as scheduleAppointment writes it: one appointment per staff member. */
export interface NewBooking {
  bookingId: string;
  kind: AppointmentKind;
  staffIds: readonly string[];
  agencyId: string;
  /** Null for a community event (an education programme with no family), and its region with it. */
  familyId: string | null;
  familyRegion: string | null;
  episodeId: string | null;
  referralId: string | null;
  place: AppointmentPlace;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  overrideReason: string | null;
}

/** What an appointment is now, to tell a stale version from a finished booking. */
export interface AppointmentState {
  version: number;
  status: AppointmentStatus;
}

/** The rows a write returns, with the agency's time zone like every read. */
const RETURNING = (cte: string) => `SELECT ${APPOINTMENT_COLUMNS} FROM ${cte} a JOIN agency_calendar c ON c.agency_id = a.agency_id ORDER BY a.staff_id`;

/**
 * The only place the scheduling subgraph writes appointments. Every statement runs on the Sql of the
 * caller's transaction. The database holds the rules concurrency could break: the exclusion
 * constraint appointment_no_double_booking (23P01) and the row locks of a group session's seats.
 */
export class BookingRepository {
  constructor(private readonly sql: Sql) {}

  /** Inserts one appointment per staff member, all or none (a clash of either refuses both). */
  insert(booking: NewBooking): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `WITH inserted AS (
         INSERT INTO appointment (booking_id, kind, staff_id, agency_id, family_id, family_region, episode_id, referral_id,
                                  place, starts_at, ends_at, status, override_reason, capacity)
         SELECT $1, $2, s.staff_id, $4, $5, $6, $7, $8, $9, $10, $11, 'SCHEDULED', $12, $13
           FROM unnest($3::uuid[]) AS s(staff_id)
         RETURNING *)
       ${RETURNING('inserted')}`,
      [
        booking.bookingId,
        booking.kind,
        booking.staffIds,
        booking.agencyId,
        booking.familyId,
        booking.familyRegion,
        booking.episodeId,
        booking.referralId,
        booking.place,
        booking.startsAt,
        booking.endsAt,
        booking.overrideReason,
        booking.capacity,
      ],
    );
  }

  /**
   * Moves every appointment of the booking that holds `appointmentId`, if that booking is still
   * scheduled and at the version read (the appointments of a booking change together, so they share
   * it). None when stale, finished or gone.
   */
  move(appointmentId: string, expectedVersion: number, startsAt: Date, endsAt: Date, overrideReason: string | null): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `WITH moved AS (
         UPDATE appointment SET starts_at = $3, ends_at = $4, override_reason = $5, version = version + 1, updated_at = now()
          WHERE booking_id = (SELECT booking_id FROM appointment WHERE id = $1) AND version = $2 AND status = 'SCHEDULED'
         RETURNING *)
       ${RETURNING('moved')}`,
      [appointmentId, expectedVersion, startsAt, endsAt, overrideReason],
    );
  }

  /** Gives every appointment of a scheduled booking its final status (and the cancellation's reason). */
  finish(appointmentId: string, expectedVersion: number, status: AppointmentStatus, cancelReason: string | null): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `WITH finished AS (
         UPDATE appointment SET status = $3, cancel_reason = $4, version = version + 1, updated_at = now()
          WHERE booking_id = (SELECT booking_id FROM appointment WHERE id = $1) AND version = $2 AND status = 'SCHEDULED'
         RETURNING *)
       ${RETURNING('finished')}`,
      [appointmentId, expectedVersion, status, cancelReason],
    );
  }

  /** An appointment's version and status now; none when it is gone. */
  stateOf(appointmentId: string): Promise<AppointmentState[]> {
    return this.sql.query<AppointmentState>(`SELECT version, status FROM appointment WHERE id = $1`, [appointmentId]);
  }

  /**
   * Locks a booking's appointments until the transaction ends, so that joins of one group session run
   * one after the other and each counts the seats the one before it took.
   */
  lockBooking(bookingId: string): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM appointment a JOIN agency_calendar c ON c.agency_id = a.agency_id
        WHERE a.booking_id = $1 ORDER BY a.staff_id FOR UPDATE OF a`,
      [bookingId],
    );
  }

  /**
   * The seats taken after the family a session was booked for: one per family that joined as a whole,
   * one per person who joined and has not left.
   */
  async joinedCount(bookingId: string): Promise<number> {
    const [{ count }] = await this.sql.query<{ count: number }>(
      `SELECT (SELECT count(*) FROM group_session_family WHERE booking_id = $1)::int
            + (SELECT count(*) FROM group_session_person WHERE booking_id = $1 AND left_at IS NULL)::int AS count`,
      [bookingId],
    );
    return count;
  }

  /** Adds a family to a group session; the primary key refuses a second join of one family (23505). */
  async join(bookingId: string, familyId: string, familyRegion: string): Promise<void> {
    await this.sql.query(`INSERT INTO group_session_family (booking_id, family_id, family_region) VALUES ($1, $2, $3)`, [bookingId, familyId, familyRegion]);
  }

  /**
   * Adds persons to a group session, each with their family; a person who had left joins again. Answers
   * the persons added: one missing took part already (and the caller refuses the whole join).
   */
  async joinPersons(bookingId: string, persons: ReadonlyArray<{ personId: string; familyId: string; familyRegion: string }>): Promise<string[]> {
    const rows = await this.sql.query<{ personId: string }>(
      `INSERT INTO group_session_person (booking_id, person_id, family_id, family_region)
       SELECT $1, p.person_id, p.family_id, p.family_region FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS p(person_id, family_id, family_region)
       ON CONFLICT (booking_id, person_id) DO UPDATE
         SET family_id = EXCLUDED.family_id, family_region = EXCLUDED.family_region, joined_at = now(), left_at = NULL
         WHERE group_session_person.left_at IS NOT NULL
       RETURNING person_id AS "personId"`,
      [bookingId, persons.map((p) => p.personId), persons.map((p) => p.familyId), persons.map((p) => p.familyRegion)],
    );
    return rows.map((r) => r.personId);
  }

  /** A person leaves a group session: the row stays, with left_at. None when they did not take part. */
  leave(bookingId: string, personId: string): Promise<Array<{ familyId: string }>> {
    return this.sql.query<{ familyId: string }>(
      `UPDATE group_session_person SET left_at = greatest(now(), joined_at) WHERE booking_id = $1 AND person_id = $2 AND left_at IS NULL RETURNING family_id AS "familyId"`,
      [bookingId, personId],
    );
  }

  /**
   * Records how many came to every appointment of a scheduled or completed booking at the version read,
   * and marks them COMPLETED. None when stale, cancelled, a no-show or gone.
   */
  recordAttendance(appointmentId: string, expectedVersion: number, attendanceCount: number): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `WITH attended AS (
         UPDATE appointment SET attendance_count = $3, status = 'COMPLETED', version = version + 1, updated_at = now()
          WHERE booking_id = (SELECT booking_id FROM appointment WHERE id = $1) AND version = $2 AND status IN ('SCHEDULED', 'COMPLETED')
         RETURNING *)
       ${RETURNING('attended')}`,
      [appointmentId, expectedVersion, attendanceCount],
    );
  }
}
