import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A protected person (a victim in a shelter or fleeing violence) and one person or family they must
 * never be linked to: record linkage does not suggest the protected person as a duplicate to a family
 * in which the alleged perpetrator is a member, so a duplicate check cannot lead to where they live.
 * Exactly one of restrictedPersonId and restrictedFamilyId is set.
 */
@Entity({ name: 'person_safety_link' })
export class PersonSafetyLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'protected_person_id', type: 'uuid' })
  protectedPersonId!: string;

  /** The alleged perpetrator. */
  @Column({ name: 'restricted_person_id', type: 'uuid', nullable: true })
  restrictedPersonId!: string | null;

  /** The family the alleged perpetrator was on when the link was made. */
  @Column({ name: 'restricted_family_id', type: 'uuid', nullable: true })
  restrictedFamilyId!: string | null;

  /** The protecting agency that set the link. */
  @Column({ name: 'created_by_agency_id', type: 'uuid' })
  createdByAgencyId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
