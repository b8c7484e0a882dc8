import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AppointmentKind, AppointmentPlace, AppointmentStatus } from '../generated/graphql';

/**
 * A booked piece of staff time with a family. The database, not the code, refuses a double booking
 * (exclusion constraint appointment_no_double_booking in the migration), so two concurrent bookings
 * of one staff member cannot both win.
 */
@Entity({ name: 'appointment' })
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: AppointmentKind;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** The family's region code or Hong Kong district, kept here so area rules need no other subgraph. */
  @Column({ name: 'family_region', type: 'text' })
  familyRegion!: string;

  @Column({ name: 'episode_id', type: 'uuid', nullable: true })
  episodeId!: string | null;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId!: string | null;

  @Column({ name: 'place', type: 'text' })
  place!: AppointmentPlace;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  /** Exclusive: an appointment ending at 10:00 and one starting at 10:00 do not overlap. */
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'status', type: 'text' })
  status!: AppointmentStatus;

  /** Why an emergency booking fell outside hours or on a closed day; sensitive, agency only. */
  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  /** Why it was cancelled; sensitive, agency only. */
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  /** Shared by the appointments of one booking (one per staff member, e.g. a two-person escort). */
  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  /** How many families a group session holds; null for other kinds. */
  @Column({ name: 'capacity', type: 'integer', nullable: true })
  capacity!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** A family that joined a group session after the family it was booked for (appointment.family_id). */
@Entity({ name: 'group_session_family' })
export class GroupSessionFamilyEntity {
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  @PrimaryColumn({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** The family's region code or Hong Kong district, for the area rule. */
  @Column({ name: 'family_region', type: 'text' })
  familyRegion!: string;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;
}
