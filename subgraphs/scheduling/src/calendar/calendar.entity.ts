import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The scheduling subgraph's own directory of the agencies it books for: only what scheduling needs
 * (jurisdiction for the directory rule, time zone for local times). The services subgraph owns the
 * agency itself; the seeder keeps this table in step with it, so no query reads another database.
 */
@Entity({ name: 'agency_calendar' })
export class AgencyCalendarEntity {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'jurisdiction', type: 'text' })
  jurisdiction!: 'ID' | 'HK';

  /** IANA zone, e.g. Asia/Jakarta, Asia/Makassar, Asia/Hong_Kong. */
  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  /** Increases with each setOperatingSessions, which takes the version it read. */
  @Column({ name: 'version', type: 'integer' })
  version!: number;
}

/** A weekly period in which an agency is open, in the agency's local time. */
@Entity({ name: 'operating_session' })
export class OperatingSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
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
export class ClosureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'date', type: 'date' })
  date!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: 'AGENCY_CLOSURE';
}
