import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** An agency that serves families; the services subgraph owns the agency directory. */
@Entity({ name: 'agency' })
@Check('agency_sector_check', `sector IN ('SOCIAL', 'WOMEN', 'CHILDREN')`)
@Check('agency_jurisdiction_check', `jurisdiction IN ('ID', 'HK')`)
@Check('agency_referral_area_policy_check', `referral_area_policy IN ('WARN', 'REFUSE')`)
@Unique('agency_code_key', ['code'])
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'code', type: 'text' })
  code!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: string;

  @Column({ name: 'sector', type: 'text' })
  sector!: 'SOCIAL' | 'WOMEN' | 'CHILDREN';

  @Column({ name: 'jurisdiction', type: 'text' })
  jurisdiction!: 'ID' | 'HK';

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode!: string | null;

  @Column({ name: 'area_served', type: 'text', array: true, default: '{}' })
  areaServed!: string[];

  @Column({ name: 'address', type: 'text' })
  address!: string;

  @Column({ name: 'phone', type: 'text', nullable: true })
  phone!: string | null;

  @Column({ name: 'fax', type: 'text', nullable: true })
  fax!: string | null;

  @Column({ name: 'email', type: 'text', nullable: true })
  email!: string | null;

  @Column({ name: 'operator', type: 'text', nullable: true })
  operator!: string | null;

  /** What a referral for a family outside `areaServed` meets: a warning to the sender, or a refusal. */
  @Column({ name: 'referral_area_policy', type: 'text', default: 'WARN' })
  referralAreaPolicy!: 'WARN' | 'REFUSE';
}
