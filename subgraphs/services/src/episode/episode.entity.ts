import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A family's involvement with one service of one agency. */
@Entity({ name: 'service_episode' })
export class EpisodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** The family's region code or Hong Kong district, kept here so area rules need no other subgraph. */
  @Column({ name: 'family_region', type: 'text' })
  familyRegion!: string;

  @Column({ name: 'participant_ids', type: 'uuid', array: true })
  participantIds!: string[];

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'status', type: 'text' })
  status!: 'OPEN' | 'ACTIVE' | 'ON_HOLD' | 'CLOSED';

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason!: string | null;

  @Column({ name: 'lead_worker_id', type: 'uuid', nullable: true })
  leadWorkerId!: string | null;

  /** VICTIM, PERPETRATOR or WITNESS: never inferred, sensitive. */
  @Column({ name: 'child_role', type: 'text', nullable: true })
  childRole!: 'VICTIM' | 'PERPETRATOR' | 'WITNESS' | null;

  @Column({ name: 'notes', type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId!: string | null;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}
