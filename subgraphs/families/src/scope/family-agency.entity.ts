import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';
import { FamilyEntity } from '../family/family.entity';

/** Why an agency works with a family. */
export type FamilyAgencyKind = 'REGISTERED' | 'EPISODE' | 'REFERRAL' | 'APPOINTMENT' | 'ACCESS_GRANTED';

/** An agency that works with a family, and why: the registry shows it the family. */
@Entity({ name: 'family_agency' })
@Check('family_agency_kind_check', `kind IN ('REGISTERED', 'EPISODE', 'REFERRAL', 'APPOINTMENT', 'ACCESS_GRANTED')`)
@Index('family_agency_by_agency', ['agencyId', 'familyId'])
export class FamilyAgencyEntity {
  @PrimaryColumn({ name: 'family_id', type: 'uuid' })
  @ForeignKey(() => FamilyEntity, { name: 'family_agency_family_id_fkey' })
  familyId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @PrimaryColumn({ name: 'kind', type: 'text' })
  kind!: FamilyAgencyKind;

  @Column({ name: 'since', type: 'timestamptz', default: () => 'now()' })
  since!: Date;
}

/** An agency's request to see a family it found by an exact identifier, decided by the agencies that work with it. */
@Entity({ name: 'family_access_request' })
@Check('family_access_request_status_check', `status IN ('PENDING', 'GRANTED', 'DECLINED')`)
@HandWrittenIndex('family_access_request_one_pending', ['familyId', 'requesterAgencyId'], { unique: true, where: `status = 'PENDING'` })
@Index('family_access_request_by_family', ['familyId', 'status'])
export class FamilyAccessRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  @ForeignKey(() => FamilyEntity, { name: 'family_access_request_family_id_fkey' })
  familyId!: string;

  @Column({ name: 'requester_agency_id', type: 'uuid' })
  requesterAgencyId!: string;

  @Column({ name: 'requester_subject', type: 'text' })
  requesterSubject!: string;

  @Column({ name: 'reason', type: 'text' })
  reason!: string;

  @Column({ name: 'status', type: 'text', default: 'PENDING' })
  status!: 'PENDING' | 'GRANTED' | 'DECLINED';

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
