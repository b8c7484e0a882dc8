import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { HandWrittenIndex } from '../../../kit/entity-columns';
import { AgencyEntity } from '../agency/agency.entity';
import { ServiceEntity } from '../service/service.entity';

const CHILD_ROLES = `'VICTIM', 'PERPETRATOR', 'WITNESS'`;

/** A child's role in a legal matter: never inferred, sensitive. */
export type ChildRoleValue = 'VICTIM' | 'PERPETRATOR' | 'WITNESS';

/**
 * A family's involvement with one service of one agency. `family_id` is the family the episode is
 * recorded under; its participants (episode_participant) may be on other family cards as well.
 */
@Entity({ name: 'service_episode' })
@Check('service_episode_status_check', `status IN ('OPEN', 'ACTIVE', 'ON_HOLD', 'CLOSED')`)
@Check('service_episode_unassigned_child_role_check', `unassigned_child_role IN (${CHILD_ROLES})`)
@Check('service_episode_check', `(status = 'CLOSED') = (closed_on IS NOT NULL)`)
@Check('service_episode_closure_reason_when_closed', `(status = 'CLOSED') = (closure_reason IS NOT NULL)`)
@HandWrittenIndex('service_episode_family', ['familyId', 'openedOn'])
@HandWrittenIndex('service_episode_participants', ['participantIds'])
@HandWrittenIndex('service_episode_referral', ['referralId'], { unique: true, where: 'referral_id IS NOT NULL' })
@HandWrittenIndex('service_episode_follow_up', ['agencyId', 'followUpOn', 'id'], { where: `follow_up_on IS NOT NULL AND status <> 'CLOSED'` })
export class EpisodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** The family's region code or Hong Kong district, kept here so area rules need no other subgraph. */
  @Column({ name: 'family_region', type: 'text' })
  familyRegion!: string;

  /** The participants in the order they were named; each has its row in episode_participant. */
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

  /**
   * The role an episode recorded for all its participants at once, before roles were kept per child,
   * where it could not be told whose it was (several participants). No longer written and read by no
   * API: kept for the delivering agency to record again per child.
   */
  @Column({ name: 'unassigned_child_role', type: 'text', nullable: true })
  unassignedChildRole!: ChildRoleValue | null;

  @Column({ name: 'notes', type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId!: string | null;

  /** The referral's sending agency, as the referrals subgraph confirmed it when the episode was opened from it. */
  @Column({ name: 'referring_agency_id', type: 'uuid', nullable: true })
  referringAgencyId!: string | null;

  /**
   * When the delivering agency means to follow the episode up. Optional here because records loaded
   * whole (the demo world's episodes) carry none; every read of the table returns it.
   */
  @Column({ name: 'follow_up_on', type: 'date', nullable: true })
  followUpOn?: string | null;

  @VersionColumn({ name: 'version', type: 'integer', default: 1 })
  version!: number;
}

/** Who may read a case note: the delivering agency only, or also the agency that sent the referral. */
export type CaseNoteVisibilityValue = 'AGENCY' | 'SHARED_WITH_REFERRER';

/** One note appended to an episode; never changed. The text is free text about the case: sensitive. */
@Entity({ name: 'episode_case_note' })
@Check('episode_case_note_visibility_check', `visibility IN ('AGENCY', 'SHARED_WITH_REFERRER')`)
@Index('episode_case_note_episode', ['episodeId', 'writtenAt'])
export class EpisodeCaseNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  @ForeignKey(() => EpisodeEntity, { name: 'episode_case_note_episode_id_fkey' })
  episodeId!: string;

  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt!: Date;

  @Column({ name: 'author_staff_id', type: 'uuid', nullable: true })
  authorStaffId!: string | null;

  @Column({ name: 'author_agency_id', type: 'uuid' })
  authorAgencyId!: string;

  @Column({ name: 'visibility', type: 'text' })
  visibility!: CaseNoteVisibilityValue;

  /** Sensitive: read only by those its visibility names. */
  @Column({ name: 'text', type: 'text' })
  text!: string;
}

/** The sending agency's own episode linked to a referral it sent; a referral links to one episode. */
@Entity({ name: 'episode_sent_referral' })
@Index('episode_sent_referral_episode', ['episodeId'])
export class EpisodeSentReferralEntity {
  @PrimaryColumn({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @Column({ name: 'episode_id', type: 'uuid' })
  @ForeignKey(() => EpisodeEntity, { name: 'episode_sent_referral_episode_id_fkey' })
  episodeId!: string;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt!: Date;
}

/**
 * One person taking part in an episode: the family whose card they are on (the episode shows in that
 * family's profile too) and, for a child in a legal matter, that child's own role in this episode.
 */
@Entity({ name: 'episode_participant' })
@Check('episode_participant_child_role_check', `child_role IN (${CHILD_ROLES})`)
@Index('episode_participant_family', ['familyId'])
export class EpisodeParticipantEntity {
  @PrimaryColumn({ name: 'episode_id', type: 'uuid' })
  @ForeignKey(() => EpisodeEntity, { name: 'episode_participant_episode_id_fkey' })
  episodeId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId!: string;

  /** VICTIM, PERPETRATOR or WITNESS: this child's, never inferred, sensitive. */
  @Column({ name: 'child_role', type: 'text', nullable: true })
  childRole!: ChildRoleValue | null;
}
