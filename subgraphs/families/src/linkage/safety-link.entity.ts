import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';
import { FamilyEntity } from '../family/family.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * A protected person (a victim in a shelter or fleeing violence) and one person or family they must
 * never be linked to: record linkage does not suggest the protected person as a duplicate to a family
 * in which the alleged perpetrator is a member, so a duplicate check cannot lead to where they live.
 * Exactly one of restrictedPersonId and restrictedFamilyId is set.
 */
@Entity({ name: 'person_safety_link' })
@Check('person_safety_link_one_target', 'num_nonnulls(restricted_person_id, restricted_family_id) = 1')
@Check('person_safety_link_not_self', 'restricted_person_id IS DISTINCT FROM protected_person_id')
@HandWrittenIndex('person_safety_link_person', ['protectedPersonId', 'restrictedPersonId'], { unique: true, where: 'restricted_person_id IS NOT NULL' })
@HandWrittenIndex('person_safety_link_family', ['protectedPersonId', 'restrictedFamilyId'], { unique: true, where: 'restricted_family_id IS NOT NULL' })
export class PersonSafetyLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'protected_person_id', type: 'uuid' })
  @ForeignKey(() => PersonEntity, { name: 'person_safety_link_protected_person_id_fkey' })
  protectedPersonId!: string;

  /** The alleged perpetrator. */
  @Column({ name: 'restricted_person_id', type: 'uuid', nullable: true })
  @ForeignKey(() => PersonEntity, { name: 'person_safety_link_restricted_person_id_fkey' })
  restrictedPersonId!: string | null;

  /** The family the alleged perpetrator was on when the link was made. */
  @Column({ name: 'restricted_family_id', type: 'uuid', nullable: true })
  @ForeignKey(() => FamilyEntity, { name: 'person_safety_link_restricted_family_id_fkey' })
  restrictedFamilyId!: string | null;

  /** The protecting agency that set the link. */
  @Column({ name: 'created_by_agency_id', type: 'uuid' })
  createdByAgencyId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
