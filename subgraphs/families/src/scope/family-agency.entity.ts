import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An agency that works with a family, and why: the registry shows it the family. */
@Entity({ name: 'family_agency' })
export class FamilyAgencyEntity {
  @PrimaryColumn({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  /** REGISTERED, EPISODE, REFERRAL, APPOINTMENT or ACCESS_GRANTED. */
  @PrimaryColumn({ name: 'kind', type: 'text' })
  kind!: string;

  @Column({ name: 'since', type: 'timestamptz', default: () => 'now()' })
  since!: Date;
}

/** An agency's request to see a family it found by an exact identifier, decided by the agencies that work with it. */
@Entity({ name: 'family_access_request' })
export class FamilyAccessRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'requester_agency_id', type: 'uuid' })
  requesterAgencyId!: string;

  @Column({ name: 'requester_subject', type: 'text' })
  requesterSubject!: string;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;

  /** PENDING, GRANTED or DECLINED. */
  @Column({ name: 'status', type: 'text', default: 'PENDING' })
  status!: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by_subject', type: 'text', nullable: true })
  decidedBySubject!: string | null;

  @Column({ name: 'decided_by_agency_id', type: 'uuid', nullable: true })
  decidedByAgencyId!: string | null;

  @Column({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}
