import { Sql } from '../../../kit';
import type { AppointmentKind, AppointmentPlace, AppointmentStatus } from '../generated/graphql';
import { APPOINTMENT_COLUMNS, AppointmentRow } from './appointment.repository';

/** One booking as scheduleAppointment writes it: one appointment per staff member. */
export interface NewBooking {
  bookingId: string;
  kind: AppointmentKind;
  staffIds: readonly string[];
  agencyId: string;
  familyId: string;
  familyRegion: string;
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

  /** How many families joined a group session after the one it was booked for. */
  async joinedCount(bookingId: string): Promise<number> {
    const [{ count }] = await this.sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM group_session_family WHERE booking_id = $1`, [bookingId]);
    return count;
  }

  /** Adds a family to a group session; the primary key refuses a second join of one family (23505). */
  async join(bookingId: string, familyId: string, familyRegion: string): Promise<void> {
    await this.sql.query(`INSERT INTO group_session_family (booking_id, family_id, family_region) VALUES ($1, $2, $3)`, [bookingId, familyId, familyRegion]);
  }
}
