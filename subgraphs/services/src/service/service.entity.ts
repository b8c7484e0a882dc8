import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A service an agency offers. */
@Entity({ name: 'service' })
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
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

  @Column({ name: 'requires_child_role', type: 'boolean' })
  requiresChildRole!: boolean;
}
