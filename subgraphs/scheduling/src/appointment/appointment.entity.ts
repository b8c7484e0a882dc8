import { Check, Column, CreateDateColumn, Entity, Exclusion, ForeignKey, Generated, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';
import { AgencyCalendarEntity } from '../calendar/calendar.entity';
import { StaffEntity } from '../staff/staff.entity';
import type { AppointmentKind, AppointmentPlace, AppointmentStatus } from '../generated/graphql';

/**
 * A booked piece of staff time with a family, or (an education programme for the public) with no
 * family at all. The database, not the code, refuses a double booking
 * (exclusion constraint appointment_no_double_booking), so two concurrent bookings of one staff member
 * cannot both win.
 */
@Entity({ name: 'appointment' })
@Check('appointment_kind_check', `kind IN ('HOME_VISIT', 'INDIVIDUAL_SESSION', 'GROUP_SESSION', 'CONSULTATION', 'ESCORT', 'CASE_CONFERENCE', 'EDUCATION_PROGRAMME')`)
@Check('appointment_place_check', `place IN ('HOME', 'CENTRE', 'SCHOOL', 'HOSPITAL', 'COURT', 'OTHER')`)
@Check('appointment_status_check', `status IN ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')`)
@Check('appointment_override_reason_check', `override_reason IS NULL OR btrim(override_reason) <> ''`)
@Check('appointment_ends_after_start', 'ends_at > starts_at')
@Check('appointment_capacity_of_group', `capacity IS NULL OR (kind = 'GROUP_SESSION' AND capacity BETWEEN 1 AND 200) OR (kind = 'EDUCATION_PROGRAMME' AND capacity BETWEEN 1 AND 1000)`)
@Check('appointment_family_unless_event', `family_id IS NOT NULL OR kind = 'EDUCATION_PROGRAMME'`)
@Check('appointment_family_region_with_family', `(family_id IS NULL) = (family_region IS NULL)`)
@Check('appointment_attendance_of_group', `attendance_count IS NULL OR (kind IN ('GROUP_SESSION', 'EDUCATION_PROGRAMME') AND attendance_count BETWEEN 0 AND COALESCE(capacity, 1000))`)
@Check('appointment_cancel_reason_given', `cancel_reason IS NULL OR btrim(cancel_reason) <> ''`)
@Check('appointment_at_most_8_hours', `ends_at - starts_at <= interval '8 hours'`)
@Exclusion('appointment_no_double_booking', `USING gist (staff_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status IN ('SCHEDULED', 'COMPLETED'))`)
@Unique('appointment_booking_staff', ['bookingId', 'staffId'])
// The agency whose staff are booked is the staff member's own agency.
@ForeignKey(() => StaffEntity, ['staffId', 'agencyId'], ['id', 'agencyId'], { name: 'appointment_staff_of_agency' })
@Index('appointment_family_starts', ['familyId', 'startsAt'])
@Index('appointment_staff_starts', ['staffId', 'startsAt'])
@Index('appointment_agency_starts', ['agencyId', 'startsAt'])
@HandWrittenIndex('appointment_scheduled_starts', ['startsAt'], { where: `status = 'SCHEDULED'` })
export class AppointmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: AppointmentKind;

  @Column({ name: 'staff_id', type: 'uuid' })
  staffId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyCalendarEntity, { name: 'appointment_agency_id_fkey' })
  agencyId!: string;

  /** Null only for a community event: an EDUCATION_PROGRAMME for the public. */
  @Column({ name: 'family_id', type: 'uuid', nullable: true })
  familyId!: string | null;

  /** The family's region code or Hong Kong district, kept here so area rules need no other subgraph; null without a family. */
  @Column({ name: 'family_region', type: 'text', nullable: true })
  familyRegion!: string | null;

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
  @Generated('uuid')
  bookingId!: string;

  /** How many seats a group session or education programme holds; null for other kinds. */
  @Column({ name: 'capacity', type: 'integer', nullable: true })
  capacity!: number | null;

  /** How many came to a group session or education programme, recorded once it started. */
  @Column({ name: 'attendance_count', type: 'integer', nullable: true })
  attendanceCount!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}

/** A family that joined a group session after the family it was booked for (appointment.family_id). */
@Entity({ name: 'group_session_family' })
@Index('group_session_family_family', ['familyId'])
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

/**
 * A person who joined a group session or community event, with the family they belong to. Leaving
 * sets left_at: the seat is free again, and the family's part in the session stays on record.
 */
@Entity({ name: 'group_session_person' })
@Index('group_session_person_family', ['familyId'])
@Check('group_session_person_left_after_joining', 'left_at IS NULL OR left_at >= joined_at')
export class GroupSessionPersonEntity {
  @PrimaryColumn({ name: 'booking_id', type: 'uuid' })
  bookingId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** The family's region code or Hong Kong district, for the area rule. */
  @Column({ name: 'family_region', type: 'text' })
  familyRegion!: string;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}
