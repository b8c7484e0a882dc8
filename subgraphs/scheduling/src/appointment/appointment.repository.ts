import { Sql } from '../../../kit';
import type { AppointmentKind, AppointmentPlace, AppointmentStatus, AppointmentWindow } from '../generated/graphql';

/** An appointment as resolvers receive it, with its agency's time zone for local times. */
export interface AppointmentRow {
  id: string;
  kind: AppointmentKind;
  staffId: string;
  agencyId: string;
  familyId: string;
  familyRegion: string;
  episodeId: string | null;
  referralId: string | null;
  place: AppointmentPlace;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  overrideReason: string | null;
  createdAt: Date;
  version: number;
  timeZone: string;
}

const APPOINTMENT_COLUMNS = `a.id, a.kind, a.staff_id AS "staffId", a.agency_id AS "agencyId", a.family_id AS "familyId",
  a.family_region AS "familyRegion", a.episode_id AS "episodeId", a.referral_id AS "referralId", a.place,
  a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.status, a.override_reason AS "overrideReason",
  a.created_at AS "createdAt", a.version, c.time_zone AS "timeZone"`;
const APPOINTMENT_FROM = `appointment a JOIN agency_calendar c ON c.agency_id = a.agency_id`;

/**
 * Each window's condition and order: UPCOMING has not ended yet (soonest first), PAST has ended
 * (latest first), ALL is by start time. An appointment under way is still upcoming.
 */
const WINDOWS: Readonly<Record<AppointmentWindow, { where: string; orderBy: string }>> = {
  UPCOMING: { where: 'AND a.ends_at > now()', orderBy: 'a.starts_at, a.id' },
  PAST: { where: 'AND a.ends_at <= now()', orderBy: 'a.starts_at DESC, a.id' },
  ALL: { where: '', orderBy: 'a.starts_at, a.id' },
};

/** The only place the scheduling subgraph reads appointments. */
export class AppointmentRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<AppointmentRow[]> {
    return this.sql.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM ${APPOINTMENT_FROM} WHERE a.id = ANY($1::uuid[])`,
      [ids],
      'appointment_by_ids',
    );
  }

  /** The appointments of each family in one window, in the window's order. */
  byFamilyIds(familyIds: readonly string[], window: AppointmentWindow): Promise<AppointmentRow[]> {
    const { where, orderBy } = WINDOWS[window];
    return this.sql.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM ${APPOINTMENT_FROM}
        WHERE a.family_id = ANY($1::uuid[]) ${where}
        ORDER BY ${orderBy}`,
      [familyIds],
      `appointment_by_family_ids_${window.toLowerCase()}`,
    );
  }
}
