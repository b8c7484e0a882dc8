import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';

const STATUSES = `'SUBMITTED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'`;
import type { ChildRole, ConsentRelationship, DeclineReasonCode, NeedCategory, ReferralAction, ReferralStatus, Urgency } from '../generated/graphql';

/**
 * A referral (rujukan) of a family from one agency to another. The family, persons, agencies, service
 * and staff live in other subgraphs, so they are plain uuid columns, not foreign keys. `family_region`
 * is copied from the family so that area rules need no other subgraph's tables.
 */
@Entity({ name: 'referral' })
@Check('referral_check', 'to_agency_id <> from_agency_id')
@Check(
  'referral_need_category_check',
  `need_category IN ('DOMESTIC_VIOLENCE', 'CHILD_PROTECTION', 'CHILD_IN_LEGAL_CASE', 'PARENTING_SUPPORT', 'CIVIL_DOCUMENTS', 'SOCIAL_ASSISTANCE', 'PSYCHOLOGICAL_SUPPORT', 'SHELTER', 'LEGAL_AID', 'OTHER')`,
)
@Check('referral_urgency_check', `urgency IN ('ROUTINE', 'URGENT', 'EMERGENCY')`)
@Check('referral_status_check', `status IN (${STATUSES})`)
@Check('referral_version_check', 'version >= 1')
@Check('referral_consent_complete', '(consent_given_at IS NULL) = (consent_relationship IS NULL) AND (consent_given_at IS NULL) = (consent_scope IS NULL)')
@Check('referral_consent_or_emergency', `consent_given_at IS NOT NULL OR (urgency = 'EMERGENCY' AND no_consent_reason IS NOT NULL)`)
@Check('referral_decline_reason_code_check', `decline_reason_code IN ('OUTSIDE_SERVICE_AREA', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'NEED_NOT_IN_SCOPE', 'DUPLICATE', 'FAMILY_DECLINED', 'OTHER')`)
@Check('referral_decline_reason_only_when_declined', `decline_reason_code IS NULL OR status = 'DECLINED'`)
@Check('referral_idempotency_key_has_hash', '(idempotency_key IS NULL) = (request_hash IS NULL)')
@Check('referral_consent_withdrawal_complete', '(consent_withdrawn_at IS NULL) = (consent_withdrawn_by_id IS NULL) AND (consent_withdrawn_at IS NULL OR consent_given_at IS NOT NULL)')
@Unique('referral_idempotency_key_unique', ['fromAgencyId', 'idempotencyKey'])
@HandWrittenIndex('referral_family', ['familyId', 'createdAt'])
@HandWrittenIndex('referral_inbox', ['toAgencyId', 'respondBy', 'id'])
@HandWrittenIndex('referral_outbox', ['fromAgencyId', 'createdAt', 'id'])
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** The family's region code (Indonesia) or Hong Kong district. */
  @Column({ name: 'family_region', type: 'text' })
  familyRegion!: string;

  @Column({ name: 'subject_ids', type: 'uuid', array: true })
  subjectIds!: string[];

  @Column({ name: 'from_agency_id', type: 'uuid' })
  fromAgencyId!: string;

  @Column({ name: 'to_agency_id', type: 'uuid' })
  toAgencyId!: string;

  @Column({ name: 'requested_service_id', type: 'uuid', nullable: true })
  requestedServiceId!: string | null;

  @Column({ name: 'need_category', type: 'text' })
  needCategory!: NeedCategory;

  @Column({ name: 'urgency', type: 'text' })
  urgency!: Urgency;

  /** Sensitive: shown only to the agencies party to the referral. */
  @Column({ name: 'reason', type: 'text' })
  reason!: string;

  @Column({ name: 'consent_given_by_id', type: 'uuid', nullable: true })
  consentGivenById!: string | null;

  @Column({ name: 'consent_relationship', type: 'text', nullable: true })
  consentRelationship!: ConsentRelationship | null;

  @Column({ name: 'consent_given_at', type: 'timestamptz', nullable: true })
  consentGivenAt!: Date | null;

  @Column({ name: 'consent_scope', type: 'text', nullable: true })
  consentScope!: string | null;

  /** Why an emergency referral was made without consent. */
  @Column({ name: 'no_consent_reason', type: 'text', nullable: true })
  noConsentReason!: string | null;

  @Column({ name: 'status', type: 'text' })
  status!: ReferralStatus;

  @Column({ name: 'respond_by', type: 'timestamptz' })
  respondBy!: Date;

  /** When the receiving agency must begin work on it, set when it is accepted. */
  @Column({ name: 'start_by', type: 'timestamptz', nullable: true })
  startBy!: Date | null;

  /** When the family withdrew its consent; only where consent was recorded. */
  @Column({ name: 'consent_withdrawn_at', type: 'timestamptz', nullable: true })
  consentWithdrawnAt!: Date | null;

  /** The person who withdrew consent. */
  @Column({ name: 'consent_withdrawn_by_id', type: 'uuid', nullable: true })
  consentWithdrawnById!: string | null;

  @Column({ name: 'outcome', type: 'text', nullable: true })
  outcome!: string | null;

  /** Why the receiving agency declined, as a code; the words are the outcome. */
  @Column({ name: 'decline_reason_code', type: 'text', nullable: true })
  declineReasonCode!: DeclineReasonCode | null;

  /** The sender's idempotency key: a retried create returns the first referral (unique per sender). */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  /** Hash of the create request, so a key reused for a different request can be refused. */
  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}

/** The columns a whole referral record fills, as the demo seed and the benchmark load them; the rest take their defaults. */
export const REFERRAL_RECORD_PROPERTIES = [
  'id',
  'familyId',
  'familyRegion',
  'subjectIds',
  'fromAgencyId',
  'toAgencyId',
  'requestedServiceId',
  'needCategory',
  'urgency',
  'reason',
  'consentGivenById',
  'consentRelationship',
  'consentGivenAt',
  'consentScope',
  'noConsentReason',
  'status',
  'respondBy',
  'outcome',
  'declineReasonCode',
  'createdAt',
  'updatedAt',
  'version',
] as const satisfies ReadonlyArray<keyof ReferralEntity>;

/** The columns of a referral's history event. */
export const REFERRAL_EVENT_PROPERTIES = ['id', 'referralId', 'at', 'action', 'fromStatus', 'toStatus', 'actorStaffId', 'actorAgencyId', 'note'] as const satisfies ReadonlyArray<
  keyof ReferralEventEntity
>;

/** One change in a referral's life; the history is append-only. */
@Entity({ name: 'referral_event' })
@Check('referral_event_action_check', `action IN ('CREATE', 'ACCEPT', 'DECLINE', 'START', 'COMPLETE', 'WITHDRAW', 'WITHDRAW_CONSENT')`)
@Check('referral_event_from_status_check', `from_status IN (${STATUSES})`)
@Check('referral_event_to_status_check', `to_status IN (${STATUSES})`)
@Check('referral_event_creation_has_no_from', `(action = 'CREATE') = (from_status IS NULL)`)
@Index('referral_event_referral', ['referralId', 'at'])
export class ReferralEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  @ForeignKey(() => ReferralEntity, { name: 'referral_event_referral_id_fkey' })
  referralId!: string;

  @Column({ name: 'at', type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ name: 'action', type: 'text' })
  action!: ReferralAction;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: ReferralStatus;

  @Column({ name: 'actor_staff_id', type: 'uuid', nullable: true })
  actorStaffId!: string | null;

  @Column({ name: 'actor_agency_id', type: 'uuid' })
  actorAgencyId!: string;

  /** Sensitive: shown only to the agencies party to the referral. */
  @Column({ name: 'note', type: 'text', nullable: true })
  note!: string | null;
}

/** One person a referral is about, with that child's own role in a legal matter where the sender recorded one. */
@Entity({ name: 'referral_subject' })
@Check('referral_subject_child_role_check', `child_role IN ('VICTIM', 'PERPETRATOR', 'WITNESS')`)
export class ReferralSubjectEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  @ForeignKey(() => ReferralEntity, { name: 'referral_subject_referral_id_fkey' })
  referralId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  /** VICTIM, PERPETRATOR or WITNESS: this child's, never inferred, sensitive. */
  @Column({ name: 'child_role', type: 'text', nullable: true })
  childRole!: ChildRole | null;
}

/**
 * The follow-up date one side of a referral (its sender or its receiver) keeps on it, with that agency's
 * time zone as the directory gave it when the date was set, so that "due today" needs no other subgraph.
 */
@Entity({ name: 'referral_follow_up' })
export class ReferralFollowUpEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  @ForeignKey(() => ReferralEntity, { name: 'referral_follow_up_referral_id_fkey' })
  referralId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ name: 'follow_up_on', type: 'date' })
  followUpOn!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'set_by_staff_id', type: 'uuid', nullable: true })
  setByStaffId!: string | null;

  @Column({ name: 'set_at', type: 'timestamptz' })
  setAt!: Date;
}
