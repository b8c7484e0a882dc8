import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffRole } from '../generated/graphql';

/** A staff member of one agency: who can be booked, in which languages. */
@Entity({ name: 'staff' })
export class StaffEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'role', type: 'text' })
  role!: StaffRole;

  /** BCP-47 codes (id, su, jv, mad, sas, yue, en): families are matched to a worker who speaks with them. */
  @Column({ name: 'languages', type: 'text', array: true })
  languages!: string[];

  /** Inactive staff keep their history but take no new bookings. */
  @Column({ name: 'active', type: 'boolean' })
  active!: boolean;
}

/** Which of their agency's operating sessions a staff member works. */
@Entity({ name: 'staff_roster' })
export class StaffRosterEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;
}
