import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';

/** A family in the registry; its card numbers live in family_card, its members in membership. */
@Entity({ name: 'family' })
@Check('family_jurisdiction_check', `jurisdiction IN ('ID', 'HK')`)
@Check('family_region_code_village', `region_code IS NULL OR region_code ~ '^[0-9]{10}$'`)
@HandWrittenIndex('family_region', ['regionCode'])
@HandWrittenIndex('family_created', ['createdAt', 'id'])
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

  /**
   * The day the desk submitted the family card application at Dispendukcapil (the civil registry), for a
   * family registered without a No. KK: with no card and this date, the family is pending there.
   */
  @Column({ name: 'kk_applied_on', type: 'date', nullable: true })
  kkAppliedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}

/** One family card number (No. KK) a family held, with the dates it was in force. */
@Entity({ name: 'family_card' })
@Check('family_card_kk_number_check', `kk_number ~ '^[0-9]{16}$'`)
@Check('family_card_dates', 'valid_to IS NULL OR valid_to >= valid_from')
@Unique('family_card_kk_number_unique', ['kkNumber'])
@HandWrittenIndex('family_card_one_current', ['familyId'], { unique: true, where: 'valid_to IS NULL' })
@HandWrittenIndex('family_card_family', ['familyId', 'validFrom'])
export class FamilyCardEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  @ForeignKey(() => FamilyEntity, { name: 'family_card_family_id_fkey' })
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
