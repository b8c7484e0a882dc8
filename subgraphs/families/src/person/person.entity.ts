import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A person in the registry. A NIK belongs to one living person record. */
@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'nik', type: 'text', nullable: true })
  nik!: string | null;

  @Column({ name: 'hkid', type: 'text', nullable: true })
  hkid!: string | null;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  @Column({ name: 'sex', type: 'text' })
  sex!: 'MALE' | 'FEMALE';

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ name: 'deceased_on', type: 'date', nullable: true })
  deceasedOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer' })
  version!: number;
}

/** A person's place on a family card over time, with the SHDK relationship code (1-11). */
@Entity({ name: 'membership' })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  @Column({ name: 'relationship', type: 'smallint' })
  relationship!: number;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;
}
