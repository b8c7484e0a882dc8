import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';
import { AgencyCalendarEntity, OperatingSessionEntity } from '../calendar/calendar.entity';
import type { StaffRole } from '../generated/graphql';

/** A staff member of one agency: who can be booked, in which languages. */
@Entity({ name: 'staff' })
@Check('staff_role_check', `role IN ('SOCIAL_WORKER', 'PSYCHOLOGIST', 'CLINICAL_PSYCHOLOGIST', 'NURSE', 'COUNSELLOR', 'CASE_MANAGER', 'FACILITATOR', 'OPERATOR', 'VOLUNTEER')`)
@Unique('staff_id_agency', ['id', 'agencyId'])
@HandWrittenIndex('staff_agency_active', ['agencyId'], { where: 'active' })
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyCalendarEntity, { name: 'staff_agency_id_fkey' })
  agencyId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'role', type: 'text' })
  role!: StaffRole;

  /** BCP-47 codes (id, su, jv, mad, sas, yue, en): families are matched to a worker who speaks with them. */
  @Column({ name: 'languages', type: 'text', array: true, default: '{}' })
  languages!: string[];

  /** Inactive staff keep their history but take no new bookings. */
  @Column({ name: 'active', type: 'boolean', default: true })
  active!: boolean;
}

/** Which of their agency's operating sessions a staff member works. */
@Entity({ name: 'staff_roster' })
@Index('staff_roster_session', ['sessionId'])
export class StaffRosterEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  @ForeignKey(() => StaffEntity, { name: 'staff_roster_staff_id_fkey' })
  staffId!: string;

  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  @ForeignKey(() => OperatingSessionEntity, { name: 'staff_roster_session_id_fkey' })
  sessionId!: string;
}
