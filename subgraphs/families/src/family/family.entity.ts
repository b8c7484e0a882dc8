import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A family in the registry; its card numbers live in family_card, its members in membership. */
@Entity({ name: 'family' })
export class FamilyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'jurisdiction', type: 'text' })
  jurisdiction!: 'ID' | 'HK';

  @Column({ name: 'case_reference', type: 'text', nullable: true })
  caseReference!: string | null;

  @Column({ name: 'street', type: 'text', nullable: true })
  street!: string | null;

  @Column({ name: 'rt_rw', type: 'text', nullable: true })
  rtRw!: string | null;

  /** Kemendagri code of the village (10 digits). */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ name: 'hk_district', type: 'text', nullable: true })
  hkDistrict!: string | null;

  @Column({ name: 'address_protected', type: 'boolean', default: false })
  addressProtected!: boolean;

  /** The agency protecting the family (shelter, UPTD PPA): the only one that sees a protected address. */
  @Column({ name: 'protecting_agency_id', type: 'uuid', nullable: true })
  protectingAgencyId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** One family card number (No. KK) a family held, with the dates it was in force. */
@Entity({ name: 'family_card' })
export class FamilyCardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'kk_number', type: 'text' })
  kkNumber!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'reason', type: 'text', nullable: true })
  reason!: string | null;
}
