import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';
import { AgencyEntity } from '../agency/agency.entity';
import { ServiceEntity } from '../service/service.entity';

/** A family's involvement with one service of one agency. */
@Entity({ name: 'service_episode' })
@Check('service_episode_status_check', `status IN ('OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED')`)
@Check('service_episode_child_role_check', `child_role IN ('VICTIM', 'PERPETRATOR', 'WITNESS')`)
@Check('service_episode_check', `(status = 'CLOSED') = (closed_on IS NOT NULL)`)
@Check('service_episode_closure_reason_when_closed', `(status = 'CLOSED') = (closure_reason IS NOT NULL)`)
@HandWrittenIndex('service_episode_family', ['familyId', 'openedOn'])
@HandWrittenIndex('service_episode_participants', ['participantIds'])
@HandWrittenIndex('service_episode_referral', ['referralId'], { unique: true, where: 'referral_id IS NOT NULL' })
export class EpisodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** The family's region code or Hong Kong district, kept here so area rules need no other subgraph. */
  @Column({ name: 'family_region', type: 'text' })
  familyRegion!: string;

  @Column({ name: 'participant_ids', type: 'uuid', array: true, default: '{}' })
  participantIds!: string[];

  @Column({ name: 'service_id', type: 'uuid' })
  @ForeignKey(() => ServiceEntity, { name: 'service_episode_service_id_fkey' })
  serviceId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'service_episode_agency_id_fkey' })
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

  @VersionColumn({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}
