import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AgencyEntity } from '../agency/agency.entity';

/** A service an agency offers. */
@Entity({ name: 'service' })
@Unique('service_agency_id_code_key', ['agencyId', 'code'])
@Index('service_agency', ['agencyId'])
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'service_agency_id_fkey' })
  agencyId!: string;

  @Column({ name: 'code', type: 'text' })
  code!: string;

  @Column({ name: 'category', type: 'text' })
  category!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'fee_free', type: 'boolean' })
  feeFree!: boolean;

  @Column({ name: 'eligibility', type: 'text' })
  eligibility!: string;

  @Column({ name: 'requires_child_role', type: 'boolean', default: false })
  requiresChildRole!: boolean;
}
