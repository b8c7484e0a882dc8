import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';

/**
 * The scheduling subgraph's own directory of the agencies it books for: only what scheduling needs
 * (jurisdiction for the directory rule, time zone for local times). The services subgraph owns the
 * agency itself; the seeder keeps this table in step with it, so no query reads another database.
 */
@Entity({ name: 'agency_calendar' })
@Check('agency_calendar_jurisdiction_check', `jurisdiction IN ('ID', 'HK')`)
// AT TIME ZONE raises on a zone name PostgreSQL does not know, so a typo never gets in.
@Check('agency_calendar_time_zone_known', `(timestamptz '2000-01-01 00:00:00+00' AT TIME ZONE time_zone) IS NOT NULL`)
export class AgencyCalendarEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'jurisdiction', type: 'text' })
  jurisdiction!: 'ID' | 'HK';

  /** IANA zone, e.g. Asia/Jakarta, Asia/Makassar, Asia/Hong_Kong. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  /** Increases with each setOperatingSessions, which takes the version it read. */
  @Column({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}

/** A weekly period in which an agency is open, in the agency's local time. */
@Entity({ name: 'operating_session' })
@Check('operating_session_day_of_week_check', 'day_of_week BETWEEN 1 AND 7')
@Check('operating_session_kind_check', `kind IN ('DAY', 'EVENING')`)
@Check('operating_session_closes_after_opens', 'closes > opens')
@Index('operating_session_agency', ['agencyId', 'dayOfWeek', 'opens'])
export class OperatingSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyCalendarEntity, { name: 'operating_session_agency_id_fkey' })
  agencyId!: string;

  /** ISO 8601 day of week: 1 Monday to 7 Sunday. */
  @Column({ name: 'day_of_week', type: 'smallint' })
  dayOfWeek!: number;

  @Column({ name: 'opens', type: 'time' })
  opens!: string;

  @Column({ name: 'closes', type: 'time' })
  closes!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: 'DAY' | 'EVENING';
}

/** A day one agency is closed (public holidays are kept in public_holiday). */
@Entity({ name: 'closure' })
@Check('closure_of_one_agency', `kind = 'AGENCY_CLOSURE'`)
@HandWrittenIndex('closure_agency_date_unique', ['agencyId', 'date'], { unique: true, where: 'agency_id IS NOT NULL' })
export class ClosureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyCalendarEntity, { name: 'closure_agency_id_fkey' })
  agencyId!: string;

  @Column({ name: 'date', type: 'date' })
  date!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: 'AGENCY_CLOSURE';
}
