/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 in UTC (e.g. 2026-11-23T02:00:00Z). */
  DateTime: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** The receiving agency takes a referral on. */
export type AcceptReferralInput = {
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** A note for the history (up to 2000 characters). Shown only to the agencies party to the referral. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The referral. */
  referralId: Scalars['ID']['input'];
};

/** The result of acceptReferral. */
export type AcceptReferralPayload = {
  __typename?: 'AcceptReferralPayload';
  /** The referral after the change. */
  referral: Referral;
};

/** Closes the caller's agency for one day. */
export type AddAgencyClosureInput = {
  /** The caller's own agency. */
  agencyId: Scalars['ID']['input'];
  /** The day, in the agency's calendar; today or later. */
  date: Scalars['Date']['input'];
  /** Why, e.g. a staff retreat (1 to 200 characters). */
  name: Scalars['String']['input'];
};

/** The closure added. */
export type AddAgencyClosurePayload = {
  __typename?: 'AddAgencyClosurePayload';
  /** The closure. */
  closure: Closure;
  /** Appointments still scheduled that day, to reschedule or cancel. */
  scheduledAppointments: Array<Appointment>;
};

/** A case note for an episode. */
export type AddEpisodeNoteInput = {
  /** An episode of the caller's agency, not CLOSED. */
  episodeId: Scalars['ID']['input'];
  /** What to write (up to 4000 characters). */
  text: Scalars['String']['input'];
  /**
   * Who may read it. SHARED_WITH_REFERRER only for an episode opened from a referral, whose sending agency then
   * reads it.
   */
  visibility: CaseNoteVisibility;
};

/** The result of addEpisodeNote. */
export type AddEpisodeNotePayload = {
  __typename?: 'AddEpisodeNotePayload';
  /** The episode it was written on. */
  episode: ServiceEpisode;
  /** The note as written. */
  note: CaseNote;
};

/** A new member for an existing family. */
export type AddFamilyMemberInput = {
  /** The family's version as last read. */
  expectedVersion: Scalars['Int']['input'];
  /** The family. */
  familyId: Scalars['ID']['input'];
  /** The new member. */
  member: FamilyMemberInput;
  /** The first day on the card; defaults to today, not in the future. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of addFamilyMember. */
export type AddFamilyMemberPayload = {
  __typename?: 'AddFamilyMemberPayload';
  /** The family, with its new version. */
  family: Family;
  /** The new member. */
  person: Person;
};

/** Adds a public holiday or collective leave day to a loaded year of a jurisdiction's calendar. */
export type AddPublicHolidayInput = {
  /** The day, in that year. */
  date: Scalars['Date']['input'];
  /** The caller's own jurisdiction. */
  jurisdiction: Jurisdiction;
  /** Public holiday, or (Indonesia only) collective leave. */
  kind: HolidayKind;
  /** Its name as the legal source gives it (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** The legal source that declares it (1 to 1000 characters), e.g. a decree amending the year's list. */
  source: Scalars['String']['input'];
  /** The calendar year being edited; it must be loaded (whole years are imported by operators). */
  year: Scalars['Int']['input'];
};

/** Where a family lives. In Indonesia down to the village; in Hong Kong the district. */
export type Address = {
  __typename?: 'Address';
  /** District (kecamatan) name, or the Hong Kong district. */
  district?: Maybe<Scalars['String']['output']>;
  /** Province name. */
  province?: Maybe<Scalars['String']['output']>;
  /** Regency or city (kabupaten/kota) name. */
  regency?: Maybe<Scalars['String']['output']>;
  /** Kemendagri region code of the village (10 digits), or null in Hong Kong. */
  regionCode?: Maybe<Scalars['String']['output']>;
  /** Neighbourhood and hamlet units, e.g. "003/007" (RT/RW). */
  rtRw?: Maybe<Scalars['String']['output']>;
  /** Street and house number (jalan, gang, nomor). */
  street?: Maybe<Scalars['String']['output']>;
  /** Village (kelurahan or desa) name. */
  village?: Maybe<Scalars['String']['output']>;
};

/**
 * An appointment still scheduled on a day that has just become a public holiday, as a calendar manager
 * sees it: when, and at which agency, so that the agency can be told; never whose it is.
 */
export type AffectedAppointment = {
  __typename?: 'AffectedAppointment';
  /** The agency that must reschedule or cancel it. */
  agency?: Maybe<Agency>;
  /** The appointment's id, which its agency reads in full. */
  appointmentId: Scalars['ID']['output'];
  /** The booking it belongs to (two staff members of one booking share it). */
  bookingId: Scalars['ID']['output'];
  /** Start, UTC. */
  startsAt: Scalars['DateTime']['output'];
  /** Start in the agency's local time, ISO 8601 with offset. */
  startsAtLocal: Scalars['String']['output'];
};

/** An agency that serves families: a government office, a unit or an NGO-run team. */
export type Agency = {
  __typename?: 'Agency';
  /**
   * Region codes (Indonesia) or Hong Kong places the agency serves. A region code covers every region
   * whose code starts with it; a Hong Kong district covers the service areas within it (Sai Kung covers
   * Tseung Kwan O), and naming every part of a district covers it (Kwai Chung with Tsing Yi is Kwai Tsing).
   */
  areaServed: Array<Scalars['String']['output']>;
  /**
   * The days the agency is closed between two dates (inclusive, at most 366 days apart): the public
   * holidays and collective leave days of its jurisdiction and its own closures, by date. Days without an
   * operating session (e.g. Sundays) are closed too and are not listed.
   */
  closures?: Maybe<Array<Closure>>;
  /** Short stable code, e.g. LK3-TANGSEL or CHILDPRO-1. */
  code: Scalars['String']['output'];
  /** How to reach it. */
  contact: Contact;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * The agency's referral inbox: referrals sent to it, oldest respond-by first. Visible to the agency itself
   * and to managers of its area. `overdue` keeps those waiting on the agency past their time (see
   * Referral.overdue); `followUpDue` those whose follow-up date set by this agency has come (today or
   * earlier in the agency's own time zone), or, with false, the others.
   */
  incomingReferrals?: Maybe<ReferralConnection>;
  /** Its jurisdiction. */
  jurisdiction: Jurisdiction;
  /** What kind of agency it is. */
  kind: AgencyKind;
  /** Official name. */
  name: Scalars['String']['output'];
  /** The agency's weekly operating sessions, in its time zone. */
  operatingSessions?: Maybe<Array<OperatingSession>>;
  /** The organisation operating it, e.g. the NGO running a ChildPRO team. */
  operator?: Maybe<Scalars['String']['output']>;
  /**
   * Referrals the agency sent, newest first. `followUpDue` keeps those whose follow-up date set by this agency
   * has come (today or earlier in the agency's own time zone), or, with false, the others.
   */
  outgoingReferrals?: Maybe<ReferralConnection>;
  /**
   * What a referral to this agency for a family outside its area meets: WARN, the referral is made and the
   * sender is told; REFUSE, it is refused. Set by the directory, read-only here.
   */
  referralAreaPolicy: ReferralAreaPolicy;
  /** Kemendagri code of the agency's seat (Indonesia), or null. */
  regionCode?: Maybe<Scalars['String']['output']>;
  /**
   * The version of the agency's operating sessions, which setOperatingSessions takes so that two editors
   * cannot overwrite each other.
   */
  scheduleVersion?: Maybe<Scalars['Int']['output']>;
  /** Its policy sector. */
  sector: Sector;
  /** The services it offers. */
  services: Array<Service>;
  /** The agency's active staff. */
  staff?: Maybe<Array<Staff>>;
  /** Its IANA time zone; times are shown in it. */
  timeZone: Scalars['String']['output'];
  /**
   * The deadline of something to be done within a number of the agency's working days (a referral's
   * respond-by time): the close of the agency's last session on the last of those days, counted from
   * the local day after `from`. A working day has an operating session and is neither a public holiday
   * or collective leave day of the jurisdiction nor a closure of the agency (days of a year whose
   * holidays are not loaded count as working days). Null when the caller may not read the agency's
   * calendar or the agency has no session at all.
   */
  workingDayDeadline?: Maybe<Scalars['DateTime']['output']>;
};


/** An agency that serves families: a government office, a unit or an NGO-run team. */
export type AgencyClosuresArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** An agency that serves families: a government office, a unit or an NGO-run team. */
export type AgencyIncomingReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  followUpDue?: InputMaybe<Scalars['Boolean']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ReferralStatus>;
};


/** An agency that serves families: a government office, a unit or an NGO-run team. */
export type AgencyOutgoingReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  followUpDue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ReferralStatus>;
};


/** An agency that serves families: a government office, a unit or an NGO-run team. */
export type AgencyWorkingDayDeadlineArgs = {
  from: Scalars['DateTime']['input'];
  workingDays: Scalars['Int']['input'];
};

/** How many open episodes one agency delivers. */
export type AgencyEpisodeCount = {
  __typename?: 'AgencyEpisodeCount';
  /** The agency. */
  agency: Agency;
  /** How many of its episodes are open. */
  count: Scalars['Int']['output'];
};

/** What kind of agency this is. */
export type AgencyKind =
  /**
   * LPA, child protection institute (Lembaga Perlindungan Anak): a community organisation that takes
   * complaints about children and accompanies them in legal cases beside the government's units.
   */
  | 'CHILD_PROTECTION_INSTITUTE'
  /** ChildPRO child protection support team (Hong Kong). */
  | 'CHILD_PROTECTION_SUPPORT_TEAM'
  /** Child social rehabilitation centre (e.g. Balai Harum). */
  | 'CHILD_REHABILITATION_CENTRE'
  /** Dispendukcapil, civil registry. */
  | 'CIVIL_REGISTRY'
  /** FCPSU, Family and Child Protective Services Unit (Hong Kong SWD). */
  | 'FAMILY_CHILD_PROTECTIVE_UNIT'
  /** PUSPAGA, family learning centre (Pusat Pembelajaran Keluarga). */
  | 'FAMILY_LEARNING_CENTRE'
  /** LK3, family welfare consultation institute (Lembaga Konsultasi Kesejahteraan Keluarga). */
  | 'FAMILY_WELFARE_CONSULTATION'
  /** IFSC/ISC, Integrated Family Service Centre (Hong Kong). */
  | 'INTEGRATED_FAMILY_SERVICE_CENTRE'
  /** Dinas Sosial, social affairs office. */
  | 'SOCIAL_AFFAIRS_OFFICE'
  /** Puskesos/SLRT village desk for complaints and referrals. */
  | 'SOCIAL_WELFARE_DESK'
  /** UPTD PPA / DP3A, women and child protection unit. */
  | 'WOMEN_CHILD_PROTECTION_UNIT';

/**
 * A booked piece of staff time with a family, or, for a community event (an EDUCATION_PROGRAMME held
 * for the public), with no family at all. A community event is seen by the agency that runs it and by
 * area managers of its jurisdiction: it holds no family's data, though the persons registered for it are
 * shown only as the participant rules below allow.
 */
export type Appointment = {
  __typename?: 'Appointment';
  /** The agency whose staff are booked. */
  agency?: Maybe<Agency>;
  /**
   * How many people came, as recorded with recordAttendance once it started (group sessions and
   * education programmes only); null until recorded.
   */
  attendanceCount?: Maybe<Scalars['Int']['output']>;
  /**
   * The booking this appointment is part of: a booking of two staff members (an escort, a home visit)
   * is one appointment per staff member sharing this id; group sessions are joined by it.
   */
  bookingId: Scalars['ID']['output'];
  /**
   * Why it was cancelled; null unless CANCELLED. Free text about the case: shown only to the appointment's own
   * agency (the agency whose staff are booked); anyone else who may see the appointment, such as a manager of
   * the family's area, gets null with a FORBIDDEN error, whether or not text was recorded.
   */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /**
   * How many seats a group session (1 to 200) or an education programme (1 to 1000) holds; null for
   * other kinds and for an education programme booked without one.
   */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** End, UTC (exclusive). */
  endsAt: Scalars['DateTime']['output'];
  /** End in the agency's local time, ISO 8601 with offset. */
  endsAtLocal: Scalars['String']['output'];
  /** The family it was booked for; null for a community event, which has none. */
  family?: Maybe<Family>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What it is for. */
  kind: AppointmentKind;
  /**
   * Why it was booked on a closed day or outside hours, when an emergency override was used; null otherwise.
   * Free text about the case: shown only to the appointment's own agency (the agency whose staff are booked);
   * anyone else who may see the appointment, such as a manager of the family's area, gets null with a
   * FORBIDDEN error, whether or not text was recorded.
   */
  overrideReason?: Maybe<Scalars['String']['output']>;
  /**
   * Every family taking part (the family it was booked for first, then those that joined as a whole, then
   * the families of the persons taking part), or just the booked family for other kinds. A caller who
   * sees the appointment through their area sees only the families of their area.
   */
  participants: Array<Family>;
  /** Where it takes place. */
  place: AppointmentPlace;
  /** The referral it follows from, if any. */
  referral?: Maybe<Referral>;
  /**
   * The persons who joined a group session or education programme, in the order they joined, those who
   * left included (with leftAt): their families' part in it stays on record. A caller who sees the
   * appointment through their area sees only the persons whose families are of their area.
   */
  registeredPersons: Array<SessionParticipant>;
  /**
   * How many seats a group session or education programme has taken now: one for the family it was
   * booked for (if any), one for each family that joined as a whole, and one for each person who joined
   * and has not left. Null for other kinds.
   */
  seatsTaken?: Maybe<Scalars['Int']['output']>;
  /** The service episode it belongs to, if any. */
  serviceEpisode?: Maybe<ServiceEpisode>;
  /** The staff member booked. */
  staff?: Maybe<Staff>;
  /** Start, UTC. */
  startsAt: Scalars['DateTime']['output'];
  /** Start in the agency's local time, ISO 8601 with offset. */
  startsAtLocal: Scalars['String']['output'];
  /** Current status. */
  status: AppointmentStatus;
  /** Increases with every change; rescheduleAppointment, cancelAppointment and recordAppointmentOutcome take it. */
  version: Scalars['Int']['output'];
};

/** What an appointment is for. */
export type AppointmentKind =
  /** A case conference. */
  | 'CASE_CONFERENCE'
  /** A consultation. */
  | 'CONSULTATION'
  /**
   * A family education programme, or community education (edukasi) for the public: the one kind that
   * may be held with no family at all.
   */
  | 'EDUCATION_PROGRAMME'
  /** An escort or accompaniment ("StandbyU"). */
  | 'ESCORT'
  /** A group session. */
  | 'GROUP_SESSION'
  /** A home visit. */
  | 'HOME_VISIT'
  /** An individual session. */
  | 'INDIVIDUAL_SESSION';

/** How many appointments of one kind. */
export type AppointmentKindCount = {
  __typename?: 'AppointmentKindCount';
  /** How many booked (scheduled or completed) appointments of this kind. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: AppointmentKind;
};

/** What happened at an appointment that has started. */
export type AppointmentOutcome =
  /** It took place. */
  | 'COMPLETED'
  /** The family did not come (the time is freed). */
  | 'NO_SHOW';

/** Where an appointment takes place. */
export type AppointmentPlace =
  /** The agency's centre. */
  | 'CENTRE'
  /** A court or police station. */
  | 'COURT'
  /** The family's home. */
  | 'HOME'
  /** A hospital or clinic. */
  | 'HOSPITAL'
  /** Elsewhere. */
  | 'OTHER'
  /** A school. */
  | 'SCHOOL';

/** Where an appointment stands. */
export type AppointmentStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Took place. */
  | 'COMPLETED'
  /** The family did not come. */
  | 'NO_SHOW'
  /** Booked. */
  | 'SCHEDULED';

/** Which appointments of a family to list. */
export type AppointmentWindow =
  /** All of them. */
  | 'ALL'
  /** Those that have ended. */
  | 'PAST'
  /** Those that have not yet ended. */
  | 'UPCOMING';

/**
 * The open episodes (not CLOSED) of every agency for families whose place lies in the caller's area, counted
 * for a cross-agency manager. Only counts: no family, person or text.
 */
export type AreaEpisodeCounts = {
  __typename?: 'AreaEpisodeCounts';
  /** By delivering agency, the most first. */
  byAgency: Array<AgencyEpisodeCount>;
  /** By lead worker (each worker's caseload), the most first; episodes without a lead worker are in withoutLeadWorker. */
  byLeadWorker: Array<LeadWorkerEpisodeCount>;
  /** By service, the most first. */
  byService: Array<ServiceEpisodeCount>;
  /** By status, one entry per open status (OPEN, ACTIVE, ON_HOLD), zero included. */
  byStatus: Array<EpisodeStatusCount>;
  /** How many episodes are open. */
  total: Scalars['Int']['output'];
  /** How many open episodes have no lead worker. */
  withoutLeadWorker: Scalars['Int']['output'];
};

/**
 * Response figures of every agency over the referrals about families of the caller's area, created in a time
 * range: what a cross-agency manager watches. Only counts and times: no family, person or text.
 */
export type AreaReferralStats = {
  __typename?: 'AreaReferralStats';
  /** Counts by current status, one entry per status (zero included), in workflow order. */
  byStatus: Array<ReferralStatusCount>;
  /** Counts by urgency, one entry per urgency (zero included), most urgent first. */
  byUrgency: Array<ReferralUrgencyCount>;
  /** Start of the range (inclusive): referrals created at or after it are counted. */
  from: Scalars['DateTime']['output'];
  /** Median hours from sending to acceptance, over the counted referrals that were accepted; null when none was. */
  medianHoursToAccept?: Maybe<Scalars['Float']['output']>;
  /**
   * Median hours from sending to the start of work, over the counted referrals that were begun: how long a
   * family waited for help, not only for an answer. Null when none was begun.
   */
  medianHoursToStart?: Maybe<Scalars['Float']['output']>;
  /** How many counted referrals are still SUBMITTED past their respond-by time now. */
  overdueAwaitingAnswer: Scalars['Int']['output'];
  /** How many counted referrals are ACCEPTED and not begun past their start-by time now. */
  overdueAwaitingStart: Scalars['Int']['output'];
  /**
   * 90th percentile of the hours from sending to acceptance (nine in ten were accepted at least this fast);
   * null when none was accepted.
   */
  p90HoursToAccept?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the hours from sending to the start of work; null when none was begun. */
  p90HoursToStart?: Maybe<Scalars['Float']['output']>;
  /** End of the range (exclusive): referrals created before it are counted. */
  to: Scalars['DateTime']['output'];
  /** How many referrals are counted. */
  total: Scalars['Int']['output'];
};

/** A new lead worker for an episode. */
export type AssignLeadWorkerInput = {
  /** The episode; not CLOSED. */
  episodeId: Scalars['ID']['input'];
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Active staff of the episode's agency. */
  staffId: Scalars['ID']['input'];
};

/** The result of assignLeadWorker. */
export type AssignLeadWorkerPayload = {
  __typename?: 'AssignLeadWorkerPayload';
  /** The episode after the change. */
  episode: ServiceEpisode;
};

/** One access to a family's records, as a subgraph's append-only audit log holds it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The agency the caller acted for. */
  agencyId?: Maybe<Scalars['ID']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The request id the caller sent the gateway, if any, kept beside the gateway's own. */
  clientRequestId?: Maybe<Scalars['String']['output']>;
  /** READ or WRITE. */
  operation: Scalars['String']['output'];
  /** ALLOWED, or DENIED when the caller was refused. */
  outcome: Scalars['String']['output'];
  /** The records touched (or asked for, when refused). */
  recordIds: Array<Scalars['ID']['output']>;
  /** The kind of record, e.g. Referral. */
  recordType: Scalars['String']['output'];
  /** The gateway's own id of the request, shared by every service's log lines and audit rows of it. */
  requestId: Scalars['String']['output'];
  /** The caller's access roles. */
  roles: Array<Scalars['String']['output']>;
  /** The subgraph whose log holds the entry. */
  subgraph: Scalars['String']['output'];
  /** The token subject: a staff id, or an agency system's client id. */
  subject: Scalars['String']['output'];
};

/**
 * Free slots: inside the agency's operating sessions and the staff member's roster, off closed days,
 * clear of every scheduled or completed appointment, on a 15-minute grid of the agency's local clock.
 */
export type Availability = {
  __typename?: 'Availability';
  /** The earliest slots, by start time and then staff name, at most `first` of them. */
  slots: Array<AvailableSlot>;
  /** How many slots there are in the range (all of them, not only those returned). */
  totalCount: Scalars['Int']['output'];
  /** Caveats, e.g. CALENDAR_NOT_LOADED when the range reaches a year whose public holidays are unknown. */
  warnings: Array<SchedulingWarning>;
};

/** A free period of one staff member, long enough for the duration asked for. */
export type AvailableSlot = {
  __typename?: 'AvailableSlot';
  /** End, UTC (exclusive). */
  endsAt: Scalars['DateTime']['output'];
  /** End in the agency's local time, ISO 8601 with offset. */
  endsAtLocal: Scalars['String']['output'];
  /** The staff member who is free. */
  staff: Staff;
  /** Start, UTC. */
  startsAt: Scalars['DateTime']['output'];
  /** Start in the agency's local time, ISO 8601 with offset. */
  startsAtLocal: Scalars['String']['output'];
};

/** One year of a jurisdiction's public holiday calendar, as loaded. */
export type CalendarYear = {
  __typename?: 'CalendarYear';
  /** How many public holidays and collective leave days it lists now. */
  holidayCount: Scalars['Int']['output'];
  /** The jurisdiction. */
  jurisdiction: Jurisdiction;
  /** When the year was last loaded as a whole. */
  loadedAt: Scalars['DateTime']['output'];
  /** The legal source of the year's list, and where it was published. */
  source: Scalars['String']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Calls off a scheduled booking (every staff member's appointment in it), freeing the time. */
export type CancelAppointmentInput = {
  /** Any appointment of the booking. */
  appointmentId: Scalars['ID']['input'];
  /** The version read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Why (1 to 500 characters); shown to the agency only. */
  reason: Scalars['String']['input'];
};

/** The booking after cancelAppointment. */
export type CancelAppointmentPayload = {
  __typename?: 'CancelAppointmentPayload';
  /** Every appointment of the booking, now CANCELLED. */
  appointments: Array<Appointment>;
};

/** One note written on an episode; notes are appended, never changed. */
export type CaseNote = {
  __typename?: 'CaseNote';
  /** When it was written. */
  at: Scalars['DateTime']['output'];
  /** The staff member who wrote it; null for an agency system. */
  author?: Maybe<Staff>;
  /** The agency the author wrote for: the agency delivering the episode. */
  authorAgency: Agency;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * What was written. Free text about the case, read only by those its visibility names; nobody else is given
   * the note at all.
   */
  text: Scalars['String']['output'];
  /** Who may read it. */
  visibility: CaseNoteVisibility;
};

/** Who may read a case note. */
export type CaseNoteVisibility =
  /** The agency delivering the episode only. */
  | 'AGENCY'
  /**
   * The agency delivering the episode and the agency that sent the referral the episode was opened from, which
   * needs to know how the family it referred is doing.
   */
  | 'SHARED_WITH_REFERRER';

/** A change of an episode's status. */
export type ChangeEpisodeStatusInput = {
  /**
   * Why the episode ends (up to 2000 characters): required for CLOSED, refused otherwise. Shown only to the
   * agency delivering the episode.
   */
  closureReason?: InputMaybe<Scalars['String']['input']>;
  /** The episode. */
  episodeId: Scalars['ID']['input'];
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /**
   * The new status. OPEN → ACTIVE, ON_HOLD or CLOSED; ACTIVE → ON_HOLD or CLOSED; ON_HOLD → ACTIVE or CLOSED.
   * CLOSED is final.
   */
  status: EpisodeStatus;
};

/** The result of changeEpisodeStatus. */
export type ChangeEpisodeStatusPayload = {
  __typename?: 'ChangeEpisodeStatusPayload';
  /** The episode after the change. */
  episode: ServiceEpisode;
};

/** A new family card number for the same family (after a move, a death, a divorce). */
export type ChangeKkNumberInput = {
  /** The family's version as last read. */
  expectedVersion: Scalars['Int']['input'];
  /** The family. */
  familyId: Scalars['ID']['input'];
  /** The new 16-digit No. KK. */
  newKkNumber: Scalars['String']['input'];
  /** Why the family got a new card, e.g. "moved to Kecamatan Sumbersari"; 1-200 characters. */
  reason: Scalars['String']['input'];
  /** The day the new card came into force; defaults to today, not in the future nor before the current card. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of changeKkNumber. */
export type ChangeKkNumberPayload = {
  __typename?: 'ChangeKkNumberPayload';
  /** The family, same id, with its new number and history. */
  family: Family;
};

/** Changes a public holiday or collective leave day; fields left out keep their value. */
export type ChangePublicHolidayInput = {
  /** A new date, in the same year (a holiday moved after the sighting of the moon, say). */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** Closure.version as read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The day's id (Closure.id). */
  holidayId: Scalars['ID']['input'];
  /** A new kind. */
  kind?: InputMaybe<HolidayKind>;
  /** A new name (1 to 200 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The legal source of the change (1 to 1000 characters); required when the date changes. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A child's role in a legal case. Recorded for each child separately, never for an episode or a family: a
 * victim, a child in conflict with the law and a witness need different handling, even as siblings in one
 * episode. Never inferred; shown only to those who need it.
 */
export type ChildRole =
  /** The child is in conflict with the law. */
  | 'PERPETRATOR'
  /** The child is a victim. */
  | 'VICTIM'
  /** The child is a witness. */
  | 'WITNESS';

/** A day on which agencies are closed. */
export type Closure = {
  __typename?: 'Closure';
  /** The agency, for an agency closure. */
  agency?: Maybe<Agency>;
  /** The date, in the jurisdiction's or agency's local calendar. */
  date: Scalars['Date']['output'];
  /** Stable identifier (the one removeAgencyClosure takes). */
  id: Scalars['ID']['output'];
  /** The jurisdiction, for public holidays and collective leave. */
  jurisdiction?: Maybe<Jurisdiction>;
  /** Why it is closed. */
  kind: ClosureKind;
  /** Its name, e.g. Hari Kemerdekaan Republik Indonesia. */
  name: Scalars['String']['output'];
  /**
   * The legal source of a public holiday or collective leave day (e.g. the joint ministerial decree on
   * national holidays and collective leave, or Hong Kong's General Holidays Ordinance and its gazetted
   * list); null for an agency closure.
   */
  source?: Maybe<Scalars['String']['output']>;
  /**
   * Increases with each change of a public holiday or collective leave day; changePublicHoliday and
   * removePublicHoliday take it. Null for an agency closure.
   */
  version?: Maybe<Scalars['Int']['output']>;
};

/** Why a day is closed. */
export type ClosureKind =
  /** A closure of one agency only. */
  | 'AGENCY_CLOSURE'
  /** An Indonesian collective leave day (cuti bersama). */
  | 'COLLECTIVE_LEAVE'
  /** A public holiday of the jurisdiction. */
  | 'PUBLIC_HOLIDAY';

/** The receiving agency records the outcome of a referral in progress. */
export type CompleteReferralInput = {
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /**
   * What came of it (up to 2000 characters); recorded as the outcome and in the history. Shown only to the
   * agencies party to the referral.
   */
  outcome: Scalars['String']['input'];
  /** The referral. */
  referralId: Scalars['ID']['input'];
};

/** The result of completeReferral. */
export type CompleteReferralPayload = {
  __typename?: 'CompleteReferralPayload';
  /** The referral after the change. */
  referral: Referral;
};

/** Who consented to the referral, and to what. */
export type Consent = {
  __typename?: 'Consent';
  /** When consent was given. */
  givenAt: Scalars['DateTime']['output'];
  /** The person who consented: the subject, or a parent or guardian for a child. */
  givenBy?: Maybe<Person>;
  /** The consenting person's relationship to the subject. */
  relationship: ConsentRelationship;
  /**
   * What the consent covers, e.g. sharing the family's data with the receiving agency. Free text about the
   * case: shown only to the agencies party to the referral (its sender and its receiver); anyone else who may
   * see the referral, such as a manager of the family's area, gets null with a FORBIDDEN error, whether or not
   * text was recorded. Once consent is withdrawn, the receiving agency gets null with a FORBIDDEN error too.
   */
  scope?: Maybe<Scalars['String']['output']>;
  /** When the consent was withdrawn; null while it stands. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person who withdrew it (the subject, or the parent or guardian who consented); null while it stands. */
  withdrawnBy?: Maybe<Person>;
};

/** Consent to a referral as the sending agency recorded it. */
export type ConsentInput = {
  /** When consent was given; not in the future. */
  givenAt: Scalars['DateTime']['input'];
  /** The person who consented: one of the subjects (SELF), or a parent or guardian of a child subject. */
  givenById: Scalars['ID']['input'];
  /** The consenting person's relationship to the subject. */
  relationship: ConsentRelationship;
  /**
   * What the consent covers, e.g. sharing the family's records with the receiving agency. Shown only to the
   * agencies party to the referral.
   */
  scope: Scalars['String']['input'];
};

/** Who gave consent to a referral, as seen from the person it is about. */
export type ConsentRelationship =
  /** A guardian (wali) consented for a child. */
  | 'GUARDIAN'
  /** A parent consented for a child. */
  | 'PARENT'
  /** The subject consented for themselves. */
  | 'SELF';

/** How to reach an agency. */
export type Contact = {
  __typename?: 'Contact';
  /** Postal address. */
  address: Scalars['String']['output'];
  /** E-mail. */
  email?: Maybe<Scalars['String']['output']>;
  /** Fax. */
  fax?: Maybe<Scalars['String']['output']>;
  /** Telephone. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** A new referral from the caller's agency to another agency. */
export type CreateReferralInput = {
  /** Consent to the referral. Required unless the referral is EMERGENCY and noConsentReason says why. */
  consent?: InputMaybe<ConsentInput>;
  /** The family referred. */
  familyId: Scalars['ID']['input'];
  /**
   * The sender's key for this request (1-200 characters). A retry with the same key and the same input returns
   * the first referral; the same key with a different input is refused with CONFLICT.
   */
  idempotencyKey: Scalars['String']['input'];
  /** The need addressed. */
  needCategory: NeedCategory;
  /**
   * Why an EMERGENCY referral is made without consent; only when consent is absent. Shown only to the agencies
   * party to the referral.
   */
  noConsentReason?: InputMaybe<Scalars['String']['input']>;
  /** Why the family is referred (up to 4000 characters). Shown only to the agencies party to the referral. */
  reason: Scalars['String']['input'];
  /** A service of the receiving agency, if a specific one is requested. */
  requestedServiceId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The persons the referral is about, without roles. Give either subjects or this, not both.
   * @deprecated Name the persons in subjects, which carries each child's own role.
   */
  subjectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The persons the referral is about (1-20), members of the family, each child with their own role. */
  subjects?: InputMaybe<Array<ReferralSubjectInput>>;
  /** The receiving agency; not the caller's own. */
  toAgencyId: Scalars['ID']['input'];
  /** How urgent it is; sets the respond-by time (EMERGENCY 24 hours, URGENT 3 days, ROUTINE 14 days). */
  urgency: Urgency;
};

/** The result of createReferral. */
export type CreateReferralPayload = {
  __typename?: 'CreateReferralPayload';
  /** The referral: the new one, or the first one created with this idempotency key. */
  referral: Referral;
  /** True when this answer repeats an earlier request with the same idempotency key (nothing new was written). */
  replayed: Scalars['Boolean']['output'];
  /**
   * What the sender should know about a referral that was made all the same, e.g. OUTSIDE_SERVICE_AREA
   * when the receiving agency's area does not cover the family's district (an agency that refuses such
   * referrals refuses with BAD_USER_INPUT and that rule instead). Empty on a replay.
   */
  warnings: Array<ReferralWarning>;
};

/** A decision on an access request. */
export type DecideFamilyAccessRequestInput = {
  /** The version read. */
  expectedVersion: Scalars['Int']['input'];
  /** True grants, false declines. */
  grant: Scalars['Boolean']['input'];
  /** The request. */
  requestId: Scalars['ID']['input'];
};

/** Why a receiving agency declined a referral. */
export type DeclineReasonCode =
  /** The family is already referred to or served by the agency. */
  | 'DUPLICATE'
  /** The family refused the service. */
  | 'FAMILY_DECLINED'
  /** The need is not one the agency's services address. */
  | 'NEED_NOT_IN_SCOPE'
  /** The family or person does not meet the service's eligibility. */
  | 'NOT_ELIGIBLE'
  /** The agency has no capacity to take the referral on now. */
  | 'NO_CAPACITY'
  /** Another reason, explained in the reason text. */
  | 'OTHER'
  /** The family lives outside the area the agency serves. */
  | 'OUTSIDE_SERVICE_AREA';

/** The receiving agency declines a referral. */
export type DeclineReferralInput = {
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /**
   * Why, in words for the sending agency (up to 2000 characters); recorded as the outcome and in the history.
   * Shown only to the agencies party to the referral.
   */
  reason: Scalars['String']['input'];
  /** Why, as a code. */
  reasonCode: DeclineReasonCode;
  /** The referral. */
  referralId: Scalars['ID']['input'];
};

/** The result of declineReferral. */
export type DeclineReferralPayload = {
  __typename?: 'DeclineReferralPayload';
  /** The referral after the change. */
  referral: Referral;
};

/** A person already in the registry who may be the same as a member being registered or checked. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** For possibleDuplicates: the family's member the candidate may duplicate. */
  member?: Maybe<Person>;
  /** For registerFamily: the 0-based position in input.members of the member the candidate may duplicate. */
  memberIndex?: Maybe<Scalars['Int']['output']>;
  /** Trigram similarity of the two names after spelling normalisation, 0-1. */
  nameSimilarity: Scalars['Float']['output'];
  /** The existing person record. */
  person: Person;
  /** What matched. */
  reasons: Array<DuplicateReason>;
  /** 0-1: 1 for an identical NIK or HKID; otherwise 0.6 name similarity + 0.3 same birth date + 0.1 same region, at most 0.95. */
  score: Scalars['Float']['output'];
};

/** Why a record was suggested as a possible duplicate. */
export type DuplicateReason =
  /** The same recorded date of birth. */
  | 'SAME_BIRTH_DATE'
  /** The same HKID: the same person, whatever else differs (score 1). */
  | 'SAME_HKID'
  /** The names are the same after spelling normalisation. */
  | 'SAME_NAME'
  /** The same NIK: the same person, whatever else differs (score 1). */
  | 'SAME_NIK'
  /** The families live in the same district (kecamatan), or the same Hong Kong district. */
  | 'SAME_REGION'
  /** The names are similar (trigram similarity of at least 0.5 after spelling normalisation). */
  | 'SIMILAR_NAME';

/** A reason for booking outside the agency's sessions, the worker's roster or on a closed day. */
export type EmergencyOverrideInput = {
  /** Why it cannot wait (1 to 500 characters); recorded on the appointment and shown only to its agency. */
  reason: Scalars['String']['input'];
};

/** One person taking part in a service episode. */
export type EpisodeParticipant = {
  __typename?: 'EpisodeParticipant';
  /**
   * This child's role in a legal matter, recorded for this child in this episode only; null when none was
   * recorded (adults never have one). Sensitive: shown only to the agency delivering the episode and, for an
   * episode opened from a referral, the agency that sent the referral; anyone else who may see the episode,
   * such as a manager of the family's area, gets null with a FORBIDDEN error, whether or not a role was
   * recorded.
   */
  childRole?: Maybe<ChildRole>;
  /**
   * The family whose card the person is on, as the registry named it when the episode was opened. A participant
   * may be on another card than the episode's family (a couple before marriage); the episode then shows in
   * that family's profile as well.
   */
  family?: Maybe<Family>;
  /** The person. */
  person: Person;
};

/** A person taking part in a new episode. */
export type EpisodeParticipantInput = {
  /**
   * This child's role in a legal matter. Required for each participant under 18 when the service records
   * roles (requiresChildRole: rehabilitation and shelter), because a victim, a child in conflict with the law
   * and a witness are handled differently; refused for a participant who is 18 or over. Never inferred.
   * Sensitive.
   */
  childRole?: InputMaybe<ChildRole>;
  /**
   * A person the caller can name: a member of the episode's family, or of another family the caller may see
   * (a couple on two family cards, for pre-marital guidance).
   */
  personId: Scalars['ID']['input'];
};

/** Where a family's involvement with a service stands. */
export type EpisodeStatus =
  /** Work under way. */
  | 'ACTIVE'
  /** Ended. */
  | 'CLOSED'
  /** Paused. */
  | 'ON_HOLD'
  /** Opened, work not yet begun. */
  | 'OPEN';

/** How many open episodes are in one status. */
export type EpisodeStatusCount = {
  __typename?: 'EpisodeStatusCount';
  /** How many episodes are in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: EpisodeStatus;
};

/**
 * A family as the registry knows it: in Indonesia it mirrors the family card (Kartu Keluarga). Its
 * identity is its id; its card number changes when the family moves, splits or loses its head.
 */
export type Family = {
  __typename?: 'Family';
  /**
   * Where the family lives. Null with a FORBIDDEN error when the address is protected (a family fleeing
   * violence) and the caller's agency is not the protecting agency.
   */
  address?: Maybe<Address>;
  /** Whether the address is withheld for the family's safety. */
  addressProtected: Scalars['Boolean']['output'];
  /**
   * Whether the caller's own agency is the one protecting the family's address: that agency alone reads the
   * address and visits the family at home, so other subgraphs ask this rather than guess it.
   */
  addressProtectedByYourAgency: Scalars['Boolean']['output'];
  /**
   * Appointments with this family that the caller may see, group sessions it joined included, by start
   * time (upcoming soonest first, past latest first).
   */
  appointments?: Maybe<Array<Appointment>>;
  /** A case reference for families outside the Indonesian card system (e.g. a Hong Kong case). */
  caseReference?: Maybe<Scalars['String']['output']>;
  /** When the family was first registered in SatuPintu. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * Indonesia: whether the family holds a family card, or was registered without one (NO_KK) and waits for
   * it (PENDING_AT_DUKCAPIL): a household without documents is registered so that it can be helped and
   * referred before the card is issued. ISSUED once it holds a No. KK. Null in Hong Kong, which has no
   * family card.
   */
  documentStatus?: Maybe<FamilyDocumentStatus>;
  /** Whether any current member is under 18. */
  hasChildren: Scalars['Boolean']['output'];
  /** The current head of the family (kepala keluarga). */
  head?: Maybe<Person>;
  /** Stable identifier across card number changes. */
  id: Scalars['ID']['output'];
  /** Which jurisdiction's records this family belongs to. */
  jurisdiction: Jurisdiction;
  /** The day the family card application was submitted at Dispendukcapil, when recorded. */
  kkAppliedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * The current 16-digit family card number (No. KK), Indonesia only; null for a household the civil registry
   * has not issued a card to yet. Dukcapil issues a new card number when a family moves, splits or changes
   * its members, which is why a family's identity is its id and its numbers are kept in kkNumberHistory.
   */
  kkNumber?: Maybe<Scalars['String']['output']>;
  /** Every card number the family has held, newest first. */
  kkNumberHistory: Array<KkNumberRecord>;
  /** Current members, head first, then by birth date. */
  members: Array<Person>;
  /** Referrals about this family that the caller may see, newest first. */
  referrals?: Maybe<Array<Referral>>;
  /**
   * Every agency's service episodes with this family that the caller may see, newest first: those recorded
   * under the family and those in which a member of the family takes part as a participant from this card.
   */
  serviceEpisodes?: Maybe<Array<ServiceEpisode>>;
  /** Version for optimistic concurrency: pass it as expectedVersion when changing the family; it grows with each change. */
  version: Scalars['Int']['output'];
};


/**
 * A family as the registry knows it: in Indonesia it mirrors the family card (Kartu Keluarga). Its
 * identity is its id; its card number changes when the family moves, splits or loses its head.
 */
export type FamilyAppointmentsArgs = {
  window?: InputMaybe<AppointmentWindow>;
};


/**
 * A family as the registry knows it: in Indonesia it mirrors the family card (Kartu Keluarga). Its
 * identity is its id; its card number changes when the family moves, splits or loses its head.
 */
export type FamilyServiceEpisodesArgs = {
  status?: InputMaybe<EpisodeStatus>;
};

/**
 * A request by an agency outside a family's circle, which found the family by an exact identifier, to
 * see it. Routed to the agencies that work with the family (for a protected family, to the protecting
 * agency alone), who decide. The requesting agency sees the status only, never who decides.
 */
export type FamilyAccessRequest = {
  __typename?: 'FamilyAccessRequest';
  /** When it was decided, or null. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The family; shown to the deciding agencies only (null for the requester until granted). */
  family?: Maybe<Family>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Why access is needed, as the requester wrote it; shown to the deciding agencies and the requester. */
  reason: Scalars['String']['output'];
  /** When it was made. */
  requestedAt: Scalars['DateTime']['output'];
  /** The requesting agency's id; shown to the deciding agencies only (null for the requester). */
  requestingAgencyId?: Maybe<Scalars['ID']['output']>;
  /** Where it stands. */
  status: FamilyAccessRequestStatus;
  /** The version decideFamilyAccessRequest takes. */
  version: Scalars['Int']['output'];
};

/** Where a request for access to a family stands. */
export type FamilyAccessRequestStatus =
  /** Declined. */
  | 'DECLINED'
  /** Granted: the requesting agency now works with the family and sees it. */
  | 'GRANTED'
  /** Waiting for an agency that works with the family to decide. */
  | 'PENDING';

/** An address as given when registering or moving a family. */
export type FamilyAddressInput = {
  /**
   * Hong Kong: one of the 18 districts, spelt as the Government writes them (e.g. "Sham Shui Po"), or a
   * service area within one that service teams name on their own: Tseung Kwan O (in Sai Kung), Kwai
   * Chung or Tsing Yi (in Kwai Tsing). The finer place routes the family to the team serving it.
   */
  hkDistrict?: InputMaybe<Scalars['String']['input']>;
  /** Indonesia: the 10-digit Kemendagri code of a village known to SatuPintu (dots allowed: 32.73.01.1001). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Neighbourhood and hamlet units as NNN/NNN, e.g. "003/007" (RT/RW); Indonesia only. */
  rtRw?: InputMaybe<Scalars['String']['input']>;
  /** Street and house number (jalan, gang, nomor); at most 200 characters. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** Who saw or changed one family's records, across the subgraphs that hold them. Auditors only. */
export type FamilyAuditTrail = {
  __typename?: 'FamilyAuditTrail';
  /** The family. */
  familyId: Scalars['ID']['output'];
  /** Accesses to the family's referrals (referrals subgraph), oldest first. */
  referrals?: Maybe<Array<AuditEntry>>;
  /** Accesses to the family's registry entry and members (families subgraph), oldest first. */
  registry?: Maybe<Array<AuditEntry>>;
  /** Accesses to the family's appointments (scheduling subgraph), oldest first. */
  scheduling?: Maybe<Array<AuditEntry>>;
  /** Accesses to the family's service episodes (services subgraph), oldest first. */
  services?: Maybe<Array<AuditEntry>>;
};

/** A page of families. */
export type FamilyConnection = {
  __typename?: 'FamilyConnection';
  /** The families of this page. */
  edges: Array<FamilyEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many families match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/**
 * Where an Indonesian family stands with its family card (Kartu Keluarga). A desk (Puskesos/SLRT) meets
 * households that have none and takes them to Dispendukcapil, the civil registry, to get one; the family is
 * registered before the card exists, so that it can be referred and helped meanwhile.
 */
export type FamilyDocumentStatus =
  /** The family holds a family card (No. KK). */
  | 'ISSUED'
  /** No family card yet, and no application submitted. */
  | 'NO_KK'
  /** The application for a family card has been submitted at Dispendukcapil. */
  | 'PENDING_AT_DUKCAPIL';

/** One family in a search result page. */
export type FamilyEdge = {
  __typename?: 'FamilyEdge';
  /** An opaque cursor for paging after this family. */
  cursor: Scalars['String']['output'];
  /** The family. */
  node: Family;
};

/** Filters for the family search. All given filters must match. */
export type FamilyFilter = {
  /**
   * A Hong Kong place (a district, or a service area such as Tseung Kwan O; a district also finds the families
   * of the service areas inside it), or a 6-digit Kemendagri district (kecamatan) code; matched as regionCode is.
   */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Only families with (true) or without (false) a member under 18. */
  hasChildren?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only families of this jurisdiction. */
  jurisdiction?: InputMaybe<Jurisdiction>;
  /** A member's name; tolerant of spelling variants and word order. */
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * A Kemendagri region code prefix of 2, 4, 6 or 10 digits (e.g. "3674" for Kota Tangerang Selatan).
   * A place filter matches only families whose place the caller may see: never a protected family,
   * except for its protecting agency.
   */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** Why an agency works with a family, as the subgraph holding the record reports it (internal to SatuPintu). */
export type FamilyInvolvementKind =
  /** An appointment of the agency. */
  | 'APPOINTMENT'
  /** A service episode of the agency. */
  | 'EPISODE'
  /** A referral the agency sent or received. */
  | 'REFERRAL';

/** A person to put on a family card. */
export type FamilyMemberInput = {
  /** Date of birth; not in the future. Required for a person registered without a NIK. */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /**
   * The birth date is an estimate; only for a person without an identity number (no NIK or HKID), since a
   * NIK carries the registered date.
   */
  birthDateApproximate?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Indonesia: the person's NIK state; ISSUED (the default) requires the NIK. NO_NIK or
   * PENDING_AT_DUKCAPIL registers a person without documents, explicitly: no NIK, a birth date (an
   * estimate is enough, with birthDateApproximate) and the sex if known. Refused in Hong Kong.
   */
  documentStatus?: InputMaybe<PersonDocumentStatus>;
  /** Full name as on the identity document (or as the person gives it); 1-100 characters. */
  fullName: Scalars['String']['input'];
  /** The HKID, e.g. A123456(3); Hong Kong only, optional. */
  hkid?: InputMaybe<Scalars['String']['input']>;
  /** The 16-digit NIK; required in Indonesia unless documentStatus says the person has none yet, refused in Hong Kong. */
  nik?: InputMaybe<Scalars['String']['input']>;
  /** Relationship to the head of the family (SHDK). */
  relationship: KkRelationship;
  /** Recorded sex; may be left out only for a person registered without a NIK whose sex is not known. */
  sex?: InputMaybe<Sex>;
};

/** What a public holiday calendar lists. */
export type HolidayKind =
  /** An Indonesian collective leave day (cuti bersama): government offices are closed. */
  | 'COLLECTIVE_LEAVE'
  /** A public holiday of the jurisdiction (Indonesian hari libur nasional, a Hong Kong general holiday). */
  | 'PUBLIC_HOLIDAY';

/** One NIK Dispendukcapil issued to a member. */
export type IssuedNikInput = {
  /** The 16-digit NIK issued. */
  nik: Scalars['String']['input'];
  /** The member, a current member of the family without a NIK. */
  personId: Scalars['ID']['input'];
};

/**
 * Adds a family as a whole (one seat), or persons (one seat each, from one family or several), to a
 * scheduled group session or education programme that has the seats free. Exactly one of familyId and
 * personIds is given.
 */
export type JoinGroupSessionInput = {
  /** The group session's booking id. */
  bookingId: Scalars['ID']['input'];
  /** The family joining as a whole. */
  familyId?: InputMaybe<Scalars['ID']['input']>;
  /** The persons joining (1 to 50, each of a family the caller may see); all join or none does. */
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The group session after joinGroupSession. */
export type JoinGroupSessionPayload = {
  __typename?: 'JoinGroupSessionPayload';
  /** Every appointment of the booking (one per staff member). */
  appointments: Array<Appointment>;
  /** How many it can hold. */
  capacity: Scalars['Int']['output'];
  /** How many seats are taken now. */
  seatsTaken: Scalars['Int']['output'];
};

/** The legal system a record belongs to. */
export type Jurisdiction =
  /** Hong Kong: families by case reference, persons by HKID. */
  | 'HK'
  /** Indonesia: families on a family card (Kartu Keluarga), persons by NIK. */
  | 'ID';

/** One family card number a family has held, with the dates it was in force. */
export type KkNumberRecord = {
  __typename?: 'KkNumberRecord';
  /** The 16-digit No. KK. */
  kkNumber: Scalars['String']['output'];
  /** Why this number was superseded by a new card (a move, a split, the head's death), when known. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The date this number came into force for the family. */
  validFrom: Scalars['Date']['output'];
  /** The date it was superseded, or null while current. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** Whether a family card number is still in force. */
export type KkNumberState =
  /** The family's card number now. */
  | 'CURRENT'
  /** Replaced by a newer card of the same family; it still finds the family. */
  | 'SUPERSEDED';

/** What a family card number (No. KK) stands for now: the family's current number, or a superseded one. */
export type KkNumberStatus = {
  __typename?: 'KkNumberStatus';
  /** The number the family holds now; equals kkNumber while CURRENT. */
  currentKkNumber?: Maybe<Scalars['String']['output']>;
  /** The family that holds or held the number (its id does not change with the card). */
  family: Family;
  /** The number asked about. */
  kkNumber: Scalars['String']['output'];
  /** Why the number was superseded, when known. */
  reason?: Maybe<Scalars['String']['output']>;
  /** CURRENT while the family still holds the number; SUPERSEDED once a new card replaced it. */
  state: KkNumberState;
  /** The date the number came into force for the family. */
  validFrom: Scalars['Date']['output'];
  /** The date the number was superseded, or null while current. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/**
 * A member's relationship to the head of the family, as the family card's SHDK codes (status hubungan
 * dalam keluarga) 1-11. Not the BPS household-survey codes, which differ.
 */
export type KkRelationship =
  /** 4 anak: child. */
  | 'CHILD'
  /** 5 menantu: child-in-law. */
  | 'CHILD_IN_LAW'
  /** 6 cucu: grandchild. */
  | 'GRANDCHILD'
  /** 1 kepala keluarga: head of the family. */
  | 'HEAD'
  /** 10 pembantu: household helper. */
  | 'HOUSEHOLD_HELPER'
  /** 2 suami: husband. */
  | 'HUSBAND'
  /** 11 lainnya: other. */
  | 'OTHER'
  /** 9 famili lain: other relative. */
  | 'OTHER_RELATIVE'
  /** 7 orang tua: parent. */
  | 'PARENT'
  /** 8 mertua: parent-in-law. */
  | 'PARENT_IN_LAW'
  /** 3 istri: wife. */
  | 'WIFE';

/** How many open episodes one worker leads: their caseload. */
export type LeadWorkerEpisodeCount = {
  __typename?: 'LeadWorkerEpisodeCount';
  /** How many open episodes they lead. */
  count: Scalars['Int']['output'];
  /** The lead worker. */
  leadWorker: Staff;
};

/** A person leaves a scheduled group session or education programme they joined. */
export type LeaveGroupSessionInput = {
  /** The group session's booking id. */
  bookingId: Scalars['ID']['input'];
  /** The person leaving. */
  personId: Scalars['ID']['input'];
};

/** The group session after leaveGroupSession. */
export type LeaveGroupSessionPayload = {
  __typename?: 'LeaveGroupSessionPayload';
  /** Every appointment of the booking (one per staff member). */
  appointments: Array<Appointment>;
  /** How many it can hold. */
  capacity: Scalars['Int']['output'];
  /** How many seats are taken now, the one freed left out. */
  seatsTaken: Scalars['Int']['output'];
};

/** The sending agency links its own episode with a family to a referral it sent about them. */
export type LinkEpisodeToReferralInput = {
  /** An episode of the caller's agency, not CLOSED. */
  episodeId: Scalars['ID']['input'];
  /** The version of the episode the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** A referral the caller's agency sent, about the episode's family; one referral links to one episode. */
  referralId: Scalars['ID']['input'];
};

/** The result of linkEpisodeToReferral. */
export type LinkEpisodeToReferralPayload = {
  __typename?: 'LinkEpisodeToReferralPayload';
  /** The episode after the change. */
  episode: ServiceEpisode;
};

/** A person's place on one family card over a period: the KK membership history. */
export type Membership = {
  __typename?: 'Membership';
  /** The family whose card the person was on; null when the caller may not see that family. */
  family?: Maybe<Family>;
  /** The relationship to that family's head (SHDK). */
  relationship: KkRelationship;
  /** The SHDK number 1-11 of the relationship. */
  relationshipCode: Scalars['Int']['output'];
  /** The first day on the card. */
  validFrom: Scalars['Date']['output'];
  /** The day the person left the card (moved, married, a new card), or null while current. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A person leaving one family card for another (marriage, a split household). */
export type MoveFamilyMemberInput = {
  /** The person's version as last read. */
  expectedVersion: Scalars['Int']['input'];
  /** The day of the move; defaults to today, not in the future nor before the current membership began. */
  movedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The person. */
  personId: Scalars['ID']['input'];
  /** The relationship to the head of the new family. */
  relationship: KkRelationship;
  /** The family the person joins. */
  toFamilyId: Scalars['ID']['input'];
};

/** The result of moveFamilyMember. */
export type MoveFamilyMemberPayload = {
  __typename?: 'MoveFamilyMemberPayload';
  /** The family the person left. */
  fromFamily: Family;
  /** The person, now on the new family's card. */
  person: Person;
  /** The family the person joined. */
  toFamily: Family;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records that agencies work with a family because of a record another subgraph holds. Called by the
   * services, referrals and scheduling subgraphs as the caller who wrote the record; not part of the
   * public API.
   */
  _recordFamilyInvolvement?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Begins work on an ACCEPTED referral for the services subgraph, as the receiving agency that opens an episode
   * from it in the same request; an IN_PROGRESS one is answered as it is. Not part of the public API.
   */
  _startReferralForEpisode?: Maybe<Referral>;
  /**
   * The receiving agency accepts a SUBMITTED referral. Every workflow change carries the version the caller
   * read and appends an event to the history, all or nothing. Refusals: an action the current status does not
   * allow, BAD_USER_INPUT with rule INVALID_TRANSITION and `currentStatus`; an agency that may not take it,
   * FORBIDDEN; a stale version, CONFLICT with `currentVersion`.
   */
  acceptReferral: AcceptReferralPayload;
  /** Closes the caller's agency for a day. */
  addAgencyClosure: AddAgencyClosurePayload;
  /**
   * Appends a case note to an episode of the caller's agency, with its author (the caller's staff id), the time
   * (now) and who may read it. Notes are never changed or removed; the episode's version does not change.
   */
  addEpisodeNote: AddEpisodeNotePayload;
  /** Adds a person to a family's card. */
  addFamilyMember: AddFamilyMemberPayload;
  /**
   * Adds a public holiday or collective leave day to the caller's jurisdiction (CALENDAR_MANAGER only).
   * Refused with CONFLICT (rule HOLIDAY_EXISTS) when the date already has one, and with BAD_USER_INPUT
   * when the date is not in the year being edited or that year is not loaded. Availability and
   * booking checks follow at once.
   */
  addPublicHoliday: PublicHolidayPayload;
  /** Makes a staff member of the episode's agency its lead worker. */
  assignLeadWorker: AssignLeadWorkerPayload;
  /** Cancels a scheduled booking with a reason; CONFLICT on a stale version. */
  cancelAppointment: CancelAppointmentPayload;
  /** Moves an episode to another status; an action the current status does not allow is BAD_USER_INPUT. */
  changeEpisodeStatus: ChangeEpisodeStatusPayload;
  /** Gives a family a new card number; the old one is kept in the history and still finds the family. */
  changeKkNumber: ChangeKkNumberPayload;
  /** Changes a public holiday or collective leave day (CALENDAR_MANAGER only); CONFLICT on a stale version. */
  changePublicHoliday: PublicHolidayPayload;
  /** The receiving agency completes a referral IN_PROGRESS, with an outcome. */
  completeReferral: CompleteReferralPayload;
  /** Sends a family to another agency, from the caller's agency. Idempotent on the input's idempotencyKey. */
  createReferral: CreateReferralPayload;
  /**
   * Grants or declines an access request to a family the caller's agency works with (for a protected
   * family, only the protecting agency). Granting lets the requesting agency see and change the family.
   */
  decideFamilyAccessRequest: FamilyAccessRequest;
  /** The receiving agency declines a SUBMITTED referral, with a reason code and text. */
  declineReferral: DeclineReferralPayload;
  /**
   * Adds a family or persons to a group session or education programme; CONFLICT (rule
   * CAPACITY_REACHED) when the seats are not free, ALREADY_JOINED when one of them already takes part.
   */
  joinGroupSession: JoinGroupSessionPayload;
  /**
   * A person leaves a scheduled group session or education programme, freeing their seat; CONFLICT (rule
   * NOT_JOINED) when they do not take part. Their family's part in it stays on record.
   */
  leaveGroupSession: LeaveGroupSessionPayload;
  /**
   * The sending agency links its own episode with a family (the one it was working on when it referred) to a
   * referral it sent about that family; the referral then shows it as sendingEpisode. The episode's own agency
   * only, for a referral that agency sent (REFERRAL_NOT_SENT otherwise); a referral links to one episode.
   */
  linkEpisodeToReferral: LinkEpisodeToReferralPayload;
  /** Moves a person to another family's card: the current membership closes, the new one opens, in one transaction. */
  moveFamilyMember: MoveFamilyMemberPayload;
  /**
   * Opens an episode of a service of the caller's agency, optionally from a referral it accepted. Episodes are
   * written only by their own agency; every change carries the version the caller read (a stale one is
   * CONFLICT with `currentVersion`) and is all or nothing; references to families, persons, referrals and
   * staff are checked with the subgraph that owns them (BAD_USER_INPUT naming the field when unknown). An
   * episode is never opened from a referral whose consent the family withdrew (CONSENT_WITHDRAWN).
   *
   * With `startReferral`, the receiving agency also begins work on the ACCEPTED referral in the same call. The
   * referral and the episode live in two databases, so there is no single transaction: every rule of both is
   * checked first, then the referral is started, then the episode is written. A failure before the start
   * writes nothing; a failure after it (the episode's write, or the services database) leaves the referral
   * IN_PROGRESS without an episode, which is true (work has begun) and safe: the same call again, or one
   * without startReferral, opens the episode, since an IN_PROGRESS referral may open one and a started
   * referral is not started twice. The other order could leave an episode from a referral that was withdrawn
   * or declined meanwhile.
   */
  openServiceEpisode: OpenServiceEpisodePayload;
  /** Records COMPLETED or NO_SHOW for a booking that has started; CONFLICT on a stale version. */
  recordAppointmentOutcome: RecordAppointmentOutcomePayload;
  /**
   * Records how many came to a group session or education programme once it has started (NOT_STARTED
   * before), and marks it COMPLETED; a completed one's count may be corrected. CONFLICT on a stale version.
   */
  recordAttendance: RecordAttendancePayload;
  /** Records that the desk submitted the family card and NIK applications at Dispendukcapil (PENDING_AT_DUKCAPIL). */
  recordDocumentApplication: RecordDocumentApplicationPayload;
  /**
   * Records the family card and NIKs Dispendukcapil issued to a family registered without them, on the
   * same family and person records (their ids, and everything linked to them, stay): the card opens the
   * family's card history, each NIK closes the person's earlier NIK state in their history. A NIK's date
   * replaces an approximate birth date and its sex fills an unknown one; a NIK that disagrees with a
   * recorded exact date or sex is accepted and flagged, as elsewhere. A No. KK or NIK already held is
   * CONFLICT naming the holder.
   */
  recordIssuedDocuments: RecordIssuedDocumentsPayload;
  /**
   * Registers a family with its members in one call, all or nothing. Every identifier is validated first;
   * a NIK, HKID or No. KK already held gives CONFLICT naming the existing record.
   */
  registerFamily: RegisterFamilyPayload;
  /** Reopens a day the caller's agency had closed. */
  removeAgencyClosure: RemoveAgencyClosurePayload;
  /** Removes a public holiday or collective leave day (CALENDAR_MANAGER only); CONFLICT on a stale version. */
  removePublicHoliday: RemovePublicHolidayPayload;
  /**
   * Asks for access to a family that an exact look-up (familyByKk, personByNik) answered as registered
   * outside the caller's view. One pending request per agency and family; a repeated request returns it.
   * The answer names no agency.
   */
  requestFamilyAccess: FamilyAccessRequest;
  /** Moves a booking to a new time under the same rules; CONFLICT on a stale version. */
  rescheduleAppointment: RescheduleAppointmentPayload;
  /**
   * Books staff time with a family, or a community event with none. Refused with BAD_USER_INPUT and a
   * `rule` (END_BEFORE_START, TOO_LONG, IN_THE_PAST, CLOSED_DAY, OUTSIDE_SESSIONS, OUTSIDE_ROSTER,
   * STAFF_INACTIVE, ...), the last three of the calendar waived by an emergency override; with CONFLICT
   * (rule DOUBLE_BOOKED) when a staff member already holds an overlapping appointment; with FORBIDDEN for
   * staff of another agency. A home visit of a family whose address is protected is refused with
   * FORBIDDEN (rule PROTECTED_ADDRESS) to every agency but the protecting one, as a leaked shelter
   * address can cost a life, and to the protecting agency until it confirms (PROTECTED_ADDRESS_CONFIRM);
   * neither refusal tells anything of the address or who protects it.
   */
  scheduleAppointment: ScheduleAppointmentPayload;
  /** Marks a family's address as protected by the caller's agency, or lifts the protection. */
  setAddressProtection: SetAddressProtectionPayload;
  /** Sets or clears the follow-up date of an episode of the caller's agency (see episodesFollowUpDue). */
  setEpisodeFollowUp: SetEpisodeFollowUpPayload;
  /** Replaces the caller's agency's weekly operating sessions. */
  setOperatingSessions: SetOperatingSessionsPayload;
  /**
   * Corrects one participant's role in a legal matter, for the agency delivering the episode, under the rules of
   * opening: a role only for a participant under 18 (the registry's word), and one for each of them when the
   * service records roles. Audited like every change to the episode.
   */
  setParticipantRole: SetParticipantRolePayload;
  /**
   * Sets or clears the follow-up date the caller's agency keeps on a referral it sent or received; the agency's
   * inbox or outbox lists the referral with followUpDue once the date has come. A reminder of one side, not a
   * change to the referral: it carries no version and leaves the referral's version as it is, so that setting
   * it never makes the other side's workflow change stale.
   */
  setReferralFollowUp: SetReferralFollowUpPayload;
  /** Sets which of the agency's sessions a staff member works. */
  setStaffRoster: SetStaffRosterPayload;
  /** The receiving agency begins work on an ACCEPTED referral. */
  startReferral: StartReferralPayload;
  /** Changes a family's address. Refused to other agencies while the address is protected. */
  updateFamilyAddress: UpdateFamilyAddressPayload;
  /** Corrects a person's record. */
  updatePerson: UpdatePersonPayload;
  /**
   * Records that the family withdrew its consent to the referral: by the sending agency, or by the receiving
   * agency when the family told it. Appended to the history (WITHDRAW_CONSENT, with who recorded it, when,
   * and the person who withdrew it); the status does not change. What it stops, from then on: the receiving
   * agency no longer reads the referral's reason or what the consent covered (FORBIDDEN at those fields), and
   * no episode may be opened from the referral (rule CONSENT_WITHDRAWN); work already recorded stays. An
   * EMERGENCY referral made without consent has no consent to withdraw and is refused (rule
   * NO_CONSENT_RECORDED): the reason it was made without one still holds. Withdrawn once, it stays withdrawn
   * (rule CONSENT_ALREADY_WITHDRAWN).
   */
  withdrawConsent: WithdrawConsentPayload;
  /** The sending agency withdraws a referral that is SUBMITTED, ACCEPTED or IN_PROGRESS, with a reason. */
  withdrawReferral: WithdrawReferralPayload;
};


export type Mutation_RecordFamilyInvolvementArgs = {
  agencyIds: Array<Scalars['ID']['input']>;
  familyId: Scalars['ID']['input'];
  kind: FamilyInvolvementKind;
};


export type Mutation_StartReferralForEpisodeArgs = {
  expectedVersion: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
};


export type MutationAcceptReferralArgs = {
  input: AcceptReferralInput;
};


export type MutationAddAgencyClosureArgs = {
  input: AddAgencyClosureInput;
};


export type MutationAddEpisodeNoteArgs = {
  input: AddEpisodeNoteInput;
};


export type MutationAddFamilyMemberArgs = {
  input: AddFamilyMemberInput;
};


export type MutationAddPublicHolidayArgs = {
  input: AddPublicHolidayInput;
};


export type MutationAssignLeadWorkerArgs = {
  input: AssignLeadWorkerInput;
};


export type MutationCancelAppointmentArgs = {
  input: CancelAppointmentInput;
};


export type MutationChangeEpisodeStatusArgs = {
  input: ChangeEpisodeStatusInput;
};


export type MutationChangeKkNumberArgs = {
  input: ChangeKkNumberInput;
};


export type MutationChangePublicHolidayArgs = {
  input: ChangePublicHolidayInput;
};


export type MutationCompleteReferralArgs = {
  input: CompleteReferralInput;
};


export type MutationCreateReferralArgs = {
  input: CreateReferralInput;
};


export type MutationDecideFamilyAccessRequestArgs = {
  input: DecideFamilyAccessRequestInput;
};


export type MutationDeclineReferralArgs = {
  input: DeclineReferralInput;
};


export type MutationJoinGroupSessionArgs = {
  input: JoinGroupSessionInput;
};


export type MutationLeaveGroupSessionArgs = {
  input: LeaveGroupSessionInput;
};


export type MutationLinkEpisodeToReferralArgs = {
  input: LinkEpisodeToReferralInput;
};


export type MutationMoveFamilyMemberArgs = {
  input: MoveFamilyMemberInput;
};


export type MutationOpenServiceEpisodeArgs = {
  input: OpenServiceEpisodeInput;
};


export type MutationRecordAppointmentOutcomeArgs = {
  input: RecordAppointmentOutcomeInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordDocumentApplicationArgs = {
  input: RecordDocumentApplicationInput;
};


export type MutationRecordIssuedDocumentsArgs = {
  input: RecordIssuedDocumentsInput;
};


export type MutationRegisterFamilyArgs = {
  input: RegisterFamilyInput;
};


export type MutationRemoveAgencyClosureArgs = {
  input: RemoveAgencyClosureInput;
};


export type MutationRemovePublicHolidayArgs = {
  input: RemovePublicHolidayInput;
};


export type MutationRequestFamilyAccessArgs = {
  input: RequestFamilyAccessInput;
};


export type MutationRescheduleAppointmentArgs = {
  input: RescheduleAppointmentInput;
};


export type MutationScheduleAppointmentArgs = {
  input: ScheduleAppointmentInput;
};


export type MutationSetAddressProtectionArgs = {
  input: SetAddressProtectionInput;
};


export type MutationSetEpisodeFollowUpArgs = {
  input: SetEpisodeFollowUpInput;
};


export type MutationSetOperatingSessionsArgs = {
  input: SetOperatingSessionsInput;
};


export type MutationSetParticipantRoleArgs = {
  input: SetParticipantRoleInput;
};


export type MutationSetReferralFollowUpArgs = {
  input: SetReferralFollowUpInput;
};


export type MutationSetStaffRosterArgs = {
  input: SetStaffRosterInput;
};


export type MutationStartReferralArgs = {
  input: StartReferralInput;
};


export type MutationUpdateFamilyAddressArgs = {
  input: UpdateFamilyAddressInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationWithdrawConsentArgs = {
  input: WithdrawConsentInput;
};


export type MutationWithdrawReferralArgs = {
  input: WithdrawReferralInput;
};

/** The need a referral addresses. */
export type NeedCategory =
  /** A child in conflict with the law, or a child victim or witness in a case. */
  | 'CHILD_IN_LEGAL_CASE'
  /** A child abused, neglected or at risk of harm. */
  | 'CHILD_PROTECTION'
  /** Missing civil documents (family card, birth certificate, NIK). */
  | 'CIVIL_DOCUMENTS'
  /** Violence at home (kekerasan dalam rumah tangga). */
  | 'DOMESTIC_VIOLENCE'
  /** Legal aid. */
  | 'LEGAL_AID'
  /** Anything else. */
  | 'OTHER'
  /** Parenting and family functioning. */
  | 'PARENTING_SUPPORT'
  /** Mental health and psychological support. */
  | 'PSYCHOLOGICAL_SUPPORT'
  /** Shelter or safe housing. */
  | 'SHELTER'
  /** Poverty and social assistance. */
  | 'SOCIAL_ASSISTANCE';

/**
 * One NIK state of a person over a period: the identifier history. A person registered without documents
 * starts with NO_NIK (or PENDING_AT_DUKCAPIL); the NIK issued later closes that state and opens ISSUED, so
 * the earlier state stays visible.
 */
export type NikRecord = {
  __typename?: 'NikRecord';
  /** The state in this period. */
  documentStatus: PersonDocumentStatus;
  /** The NIK in this period; null while the person had none. */
  nik?: Maybe<Scalars['String']['output']>;
  /**
   * The agency that recorded it: the desk that met the person, the civil registry that issued the NIK.
   * Null when not known, and for a caller who reads the family's identity fields only (which agencies
   * know a person is itself sensitive).
   */
  recordedByAgencyId?: Maybe<Scalars['ID']['output']>;
  /** The day SatuPintu recorded this state. */
  validFrom: Scalars['Date']['output'];
  /** The day it was replaced by the next state, or null while current. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A family's new involvement with a service of the caller's agency. */
export type OpenServiceEpisodeInput = {
  /** The family the episode is recorded under; at least one participant is a member of it. */
  familyId: Scalars['ID']['input'];
  /** The worker leading it: active staff of the caller's agency. */
  leadWorkerId?: InputMaybe<Scalars['ID']['input']>;
  /** Case notes (up to 4000 characters). Shown only to the agency delivering the episode. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /**
   * The persons taking part, without roles. Give either participants or this, not both.
   * @deprecated Name the persons in participants, which carries each child's own role.
   */
  participantIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The persons taking part (1-20), each with their own role where one is recorded. */
  participants?: InputMaybe<Array<EpisodeParticipantInput>>;
  /**
   * The referral the episode comes from: ACCEPTED or IN_PROGRESS (the receiving agency may begin work before
   * it records the episode), about this family, and received by the caller's agency. At most one episode is
   * opened from one referral.
   */
  referralId?: InputMaybe<Scalars['ID']['input']>;
  /** A service of the caller's agency. */
  serviceId: Scalars['ID']['input'];
  /**
   * Also begin work on the referral (referralId, required with it) in the same call, when it is ACCEPTED; one
   * already IN_PROGRESS is left as it is. See openServiceEpisode for what happens when a step fails.
   */
  startReferral?: InputMaybe<StartReferralOnOpenInput>;
};

/** The result of openServiceEpisode. */
export type OpenServiceEpisodePayload = {
  __typename?: 'OpenServiceEpisodePayload';
  /** The new episode, OPEN. */
  episode: ServiceEpisode;
};

/** A weekly period in which an agency is open, in the agency's own time zone. */
export type OperatingSession = {
  __typename?: 'OperatingSession';
  /** Closing time, HH:MM local. */
  closes: Scalars['String']['output'];
  /** ISO day of week: 1 Monday to 7 Sunday. */
  dayOfWeek: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Day or evening session. */
  kind: SessionKind;
  /** Opening time, HH:MM local. */
  opens: Scalars['String']['output'];
};

/** One weekly session of setOperatingSessions. */
export type OperatingSessionInput = {
  /** Closing time, HH:MM local, after opens. */
  closes: Scalars['String']['input'];
  /** ISO day of week: 1 Monday to 7 Sunday. */
  dayOfWeek: Scalars['Int']['input'];
  /** An existing session's id to keep it (and the rosters that include it); omit for a new session. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Day or evening session. */
  kind: SessionKind;
  /** Opening time, HH:MM local (00:00 to 23:59). */
  opens: Scalars['String']['input'];
};

/** Where a page sits in the full result. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, to pass as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether there are more results after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person in the registry. */
export type Person = {
  __typename?: 'Person';
  /** Age in whole years today, in the family's time zone. */
  age?: Maybe<Scalars['Int']['output']>;
  /** Recorded date of birth. */
  birthDate?: Maybe<Scalars['Date']['output']>;
  /**
   * Whether the birth date is an estimate (a person without documents who does not know it); the date
   * encoded in the NIK replaces it when the NIK is issued.
   */
  birthDateApproximate: Scalars['Boolean']['output'];
  /**
   * Data-quality warnings, e.g. NIK_BIRTH_DATE_MISMATCH when the date encoded in the NIK disagrees with the
   * recorded birth date (a NIK is not reissued when a birth date is corrected).
   */
  dataQualityWarnings: Array<Scalars['String']['output']>;
  /** The date of death, when recorded; the NIK is then free for no other living record but the person keeps their history. */
  deceasedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Indonesia: whether the person holds a NIK, or was registered without one (NO_NIK) and waits for it
   * (PENDING_AT_DUKCAPIL); ISSUED once a NIK is recorded. Null in Hong Kong, and for a person on no
   * current family card.
   */
  documentStatus?: Maybe<PersonDocumentStatus>;
  /** The family whose card the person is currently on. */
  family?: Maybe<Family>;
  /** Full name as on the identity document, or as the person gives it when they have none. */
  fullName: Scalars['String']['output'];
  /**
   * The Hong Kong identity card number, masked (e.g. A123***(*)) except for roles that need it. Its check
   * character is verified when it is entered, so that a mistyped number is refused rather than making a
   * second person.
   */
  hkid?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Whether the person is under 18 today. */
  isChild: Scalars['Boolean']['output'];
  /** Every family card the person has been on, newest first, with dates and relationship. */
  memberships: Array<Membership>;
  /**
   * The 16-digit Indonesian national identity number (NIK), if any. The civil registry (Dukcapil) gives each
   * resident one NIK for life under the civil administration law (UU 24/2013): the region of first
   * registration (6 digits), the birth date as DDMMYY with 40 added to the day for women, and a serial. Because
   * it never changes, it is how agencies that each keep their own records find the same person.
   */
  nik?: Maybe<Scalars['String']['output']>;
  /** The day the NIK application was submitted at Dispendukcapil, when recorded. */
  nikAppliedOn?: Maybe<Scalars['Date']['output']>;
  /** Every NIK state of the person, newest first (Indonesia; empty in Hong Kong). */
  nikHistory: Array<NikRecord>;
  /** Relationship to the head of the current family (SHDK). */
  relationship?: Maybe<KkRelationship>;
  /** The SHDK number 1-11 of the relationship. */
  relationshipCode?: Maybe<Scalars['Int']['output']>;
  /** Service episodes the person takes part in that the caller may see. */
  serviceEpisodes?: Maybe<Array<ServiceEpisode>>;
  /** Recorded sex; null when not known (a person registered without documents may not have said). */
  sex?: Maybe<Sex>;
  /** Version for optimistic concurrency: pass it as expectedVersion when changing the person; it grows with each change. */
  version: Scalars['Int']['output'];
};

/**
 * Where an Indonesian person stands with their NIK. A person without documents (a street child, someone
 * never registered) is registered with what is known and receives the NIK on the same record when
 * Dispendukcapil issues it.
 */
export type PersonDocumentStatus =
  /** The person holds a NIK. */
  | 'ISSUED'
  /** No NIK yet, and no application submitted. */
  | 'NO_NIK'
  /** The application for a NIK has been submitted at Dispendukcapil. */
  | 'PENDING_AT_DUKCAPIL';

/** A public holiday after addPublicHoliday or changePublicHoliday. */
export type PublicHolidayPayload = {
  __typename?: 'PublicHolidayPayload';
  /** The day as it is now. */
  holiday: Closure;
  /**
   * Appointments still scheduled on that day at agencies of the jurisdiction (in each agency's own
   * calendar), which their agencies now reschedule or cancel: a holiday does not move them by itself.
   */
  scheduledAppointments: Array<AffectedAppointment>;
};

export type Query = {
  __typename?: 'Query';
  /** Agencies, optionally filtered; every filter given must match. The directory is open to every signed-in caller. */
  agencies: Array<Agency>;
  /** An agency by id. */
  agency?: Maybe<Agency>;
  /** An appointment by id; null when not found or not visible to the caller. */
  appointment?: Maybe<Appointment>;
  /**
   * Open episodes of every agency for families of the caller's area, counted by agency, service and lead worker.
   * For area managers only (anyone else gets FORBIDDEN); a manager with an empty area counts nothing.
   */
  areaEpisodeCounts?: Maybe<AreaEpisodeCounts>;
  /**
   * The episodes behind each figure of areaEpisodeCounts: those for families of the caller's area, filtered by
   * agency, service, lead worker and status (each ignored when null), oldest opened first. Without a status,
   * the open ones (not CLOSED). For area managers only (anyone else gets FORBIDDEN). Case notes, closure reasons
   * and children's roles stay withheld as on every episode a manager sees through their area.
   */
  areaEpisodes?: Maybe<ServiceEpisodeConnection>;
  /**
   * Response figures over every agency's referrals about families whose place lies in the caller's area,
   * created in [from, to). For area managers only (anyone else gets FORBIDDEN): a manager answers for the
   * area, not for one agency. A manager with an empty area counts nothing.
   */
  areaReferralStats?: Maybe<AreaReferralStats>;
  /**
   * The referrals behind each figure of areaReferralStats: those about families of the caller's area created
   * in [from, to), filtered by status, urgency and overdue kind (each ignored when null), the oldest
   * respond-by first. For area managers only (anyone else gets FORBIDDEN). Free text and children's roles
   * stay withheld as on every referral a manager sees through their area.
   */
  areaReferrals?: Maybe<ReferralConnection>;
  /**
   * Free slots of an agency's active staff, optionally of one role and speaking one language, between
   * two instants at most 31 days apart (slots that have already started are left out).
   */
  availability: Availability;
  /** The loaded years of a jurisdiction's public holiday calendar, oldest first. */
  calendarYears: Array<CalendarYear>;
  /**
   * The episodes of the caller's agency that are not CLOSED and whose follow-up date has come (today or earlier
   * in the agency's time zone), the longest due first. Only the agency's own callers: an agency's reminders are
   * its own.
   */
  episodesFollowUpDue: ServiceEpisodeConnection;
  /**
   * Search families the caller may see, cursor-paginated. With a name: best match first (spelling variants,
   * old spelling and word order tolerated), then newest; without: newest first.
   */
  families: FamilyConnection;
  /** A family by its id; null when not found or not visible to the caller. */
  family?: Maybe<Family>;
  /**
   * Access requests the caller's agency decides (to families it works with), oldest first, or that it
   * made (status only), by status.
   */
  familyAccessRequests: Array<FamilyAccessRequest>;
  /**
   * Who saw or changed one family's records, in every subgraph that holds them (auditors only; others get
   * FORBIDDEN errors on each part).
   */
  familyAuditTrail?: Maybe<FamilyAuditTrail>;
  /**
   * A family of the caller's jurisdiction by the case reference it was registered with (an agency's file
   * number, e.g. an SWD case number); null when no family holds it. A reference is one agency's number,
   * not unique: of several families filed under it, the earliest registered that the caller sees. A family
   * outside the caller's view answers FORBIDDEN with rule NEED_TO_KNOW and `registered: true` only.
   */
  familyByCaseReference?: Maybe<Family>;
  /**
   * A family by a family card number, current or superseded (see kkNumberStatus to tell which); null
   * when no family of the caller's jurisdiction holds it. A malformed number is BAD_USER_INPUT with its
   * rule. A family outside the caller's view answers FORBIDDEN with rule NEED_TO_KNOW and
   * `registered: true` only: the agency may then ask for access (requestFamilyAccess).
   */
  familyByKk?: Maybe<Family>;
  /**
   * Public holidays and collective leave days of a jurisdiction between two dates (inclusive). A range
   * reaching a year whose calendar is not loaded is refused with BAD_USER_INPUT (rule
   * CALENDAR_NOT_LOADED, naming the jurisdiction and year), never answered as if it had no holidays.
   */
  holidays: Array<Closure>;
  /**
   * Whether a family card number is the family's current one or was superseded, with the family and its
   * current number; null when no visible family ever held it.
   */
  kkNumberStatus?: Maybe<KkNumberStatus>;
  /**
   * The earliest free slot for the same criteria as availability, searching the 31 days after from;
   * null when there is none.
   */
  nextAvailableSlot?: Maybe<AvailableSlot>;
  /**
   * A person by their HKID (the living record first); null when not registered. A malformed HKID (its
   * check character included) is BAD_USER_INPUT with its rule; a person outside the caller's view answers
   * FORBIDDEN with rule NEED_TO_KNOW and `registered: true` only (see requestFamilyAccess).
   */
  personByHkid?: Maybe<Person>;
  /**
   * A person by their NIK (the living record first); null when not registered. A malformed NIK is
   * BAD_USER_INPUT with its rule; a person outside the caller's view answers FORBIDDEN with rule
   * NEED_TO_KNOW and `registered: true` only (see requestFamilyAccess).
   */
  personByNik?: Maybe<Person>;
  /**
   * Persons in the registry who may be the same people as the family's current members (record linkage),
   * best first. A protected person is never suggested to a family in which their alleged perpetrator is a member.
   */
  possibleDuplicates: Array<DuplicateCandidate>;
  /** A referral by id; null when not found or not visible to the caller. */
  referral?: Maybe<Referral>;
  /**
   * Response figures of an agency's inbox over referrals created in [from, to). For the agency's own callers
   * and for area managers (who count the families of their area); anyone else gets FORBIDDEN.
   */
  referralStats?: Maybe<ReferralStats>;
  /**
   * Persons the caller may see whose name resembles `name` (spelling variants, old spelling and word order
   * tolerated), best match first.
   */
  searchPersons: Array<Person>;
  /** A service by id. */
  service?: Maybe<Service>;
  /** A service episode by id; null when not found or not visible to the caller. */
  serviceEpisode?: Maybe<ServiceEpisode>;
  /** A staff member by id. */
  staff?: Maybe<Staff>;
  /** Free slots of named staff members (1 to 100), between two instants at most 31 days apart. */
  staffAvailability: Availability;
};


export type QueryAgenciesArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  jurisdiction?: InputMaybe<Jurisdiction>;
  kind?: InputMaybe<AgencyKind>;
  sector?: InputMaybe<Sector>;
  serves?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppointmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAreaEpisodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  leadWorkerId?: InputMaybe<Scalars['ID']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<EpisodeStatus>;
  withoutLeadWorker?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAreaReferralStatsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryAreaReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  overdue?: InputMaybe<ReferralOverdueKind>;
  status?: InputMaybe<ReferralStatus>;
  to: Scalars['DateTime']['input'];
  urgency?: InputMaybe<Urgency>;
};


export type QueryAvailabilityArgs = {
  agencyId: Scalars['ID']['input'];
  durationMinutes: Scalars['Int']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StaffRole>;
  to: Scalars['DateTime']['input'];
};


export type QueryCalendarYearsArgs = {
  jurisdiction: Jurisdiction;
};


export type QueryEpisodesFollowUpDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFamiliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FamilyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFamilyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFamilyAccessRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<FamilyAccessRequestStatus>;
};


export type QueryFamilyAuditTrailArgs = {
  familyId: Scalars['ID']['input'];
};


export type QueryFamilyByCaseReferenceArgs = {
  caseReference: Scalars['String']['input'];
};


export type QueryFamilyByKkArgs = {
  kkNumber: Scalars['String']['input'];
};


export type QueryHolidaysArgs = {
  from: Scalars['Date']['input'];
  jurisdiction: Jurisdiction;
  to: Scalars['Date']['input'];
};


export type QueryKkNumberStatusArgs = {
  kkNumber: Scalars['String']['input'];
};


export type QueryNextAvailableSlotArgs = {
  agencyId: Scalars['ID']['input'];
  durationMinutes: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<StaffRole>;
};


export type QueryPersonByHkidArgs = {
  hkid: Scalars['String']['input'];
};


export type QueryPersonByNikArgs = {
  nik: Scalars['String']['input'];
};


export type QueryPossibleDuplicatesArgs = {
  familyId: Scalars['ID']['input'];
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralStatsArgs = {
  agencyId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QuerySearchPersonsArgs = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryServiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServiceEpisodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffAvailabilityArgs = {
  durationMinutes: Scalars['Int']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['DateTime']['input'];
  staffIds: Array<Scalars['ID']['input']>;
  to: Scalars['DateTime']['input'];
};

/** Records how a scheduled booking went, once it has started. */
export type RecordAppointmentOutcomeInput = {
  /** Any appointment of the booking. */
  appointmentId: Scalars['ID']['input'];
  /** The version read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** What happened. */
  outcome: AppointmentOutcome;
};

/** The booking after recordAppointmentOutcome. */
export type RecordAppointmentOutcomePayload = {
  __typename?: 'RecordAppointmentOutcomePayload';
  /** Every appointment of the booking, with the outcome as status. */
  appointments: Array<Appointment>;
};

/** Records how many came to a group session or education programme. */
export type RecordAttendanceInput = {
  /** Any appointment of the booking. */
  appointmentId: Scalars['ID']['input'];
  /** How many came: 0 to the capacity (1000 when it has none). */
  attendanceCount: Scalars['Int']['input'];
  /** The version read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
};

/** The booking after recordAttendance. */
export type RecordAttendancePayload = {
  __typename?: 'RecordAttendancePayload';
  /** Every appointment of the booking, COMPLETED, with the attendance. */
  appointments: Array<Appointment>;
};

/** The desk submitted the family's (and its members') document applications at Dispendukcapil. */
export type RecordDocumentApplicationInput = {
  /** The day of the application; defaults to today, not in the future. */
  appliedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The family's version as last read. */
  expectedVersion: Scalars['Int']['input'];
  /** The family. */
  familyId: Scalars['ID']['input'];
  /** The members whose NIK was applied for; defaults to every current member without a NIK. */
  personIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The result of recordDocumentApplication. */
export type RecordDocumentApplicationPayload = {
  __typename?: 'RecordDocumentApplicationPayload';
  /** The family, now PENDING_AT_DUKCAPIL where it has no card, with its members' states. */
  family: Family;
};

/** The documents Dispendukcapil issued to a family registered without them, recorded on the same records. */
export type RecordIssuedDocumentsInput = {
  /** The family's version as last read. */
  expectedVersion: Scalars['Int']['input'];
  /** The family. */
  familyId: Scalars['ID']['input'];
  /** The day the card was issued; defaults to the date the No. KK carries, and must agree with it. */
  kkIssuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The family card number issued; only for a family that holds no card yet. */
  kkNumber?: InputMaybe<Scalars['String']['input']>;
  /** The NIKs issued to members; members left out keep their state (NO_NIK or PENDING_AT_DUKCAPIL). */
  members?: InputMaybe<Array<IssuedNikInput>>;
};

/** The result of recordIssuedDocuments. */
export type RecordIssuedDocumentsPayload = {
  __typename?: 'RecordIssuedDocumentsPayload';
  /** The family, same id, with its card, its members' NIKs and their history. */
  family: Family;
};

/** A referral (rujukan) of a family from one agency to another. */
export type Referral = {
  __typename?: 'Referral';
  /** Consent recorded for the referral; null only for an emergency referral made without it. */
  consent?: Maybe<Consent>;
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Why the receiving agency declined it; null unless DECLINED. */
  declineReasonCode?: Maybe<DeclineReasonCode>;
  /** Its full history, oldest first. */
  events: Array<ReferralEvent>;
  /** The family referred. */
  family?: Maybe<Family>;
  /**
   * The follow-up date the caller's own agency set on this referral; each side (the sender, the receiver) keeps
   * its own. Null when the caller's agency set none or is not party to the referral.
   */
  followUpOn?: Maybe<Scalars['Date']['output']>;
  /** The sending agency. */
  fromAgency?: Maybe<Agency>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The need addressed. */
  needCategory: NeedCategory;
  /**
   * Why an emergency referral was made without consent; null when consent was recorded. Free text about the
   * case: shown only to the agencies party to the referral (its sender and its receiver); anyone else who may
   * see the referral, such as a manager of the family's area, gets null with a FORBIDDEN error, whether or not
   * text was recorded.
   */
  noConsentReason?: Maybe<Scalars['String']['output']>;
  /**
   * The outcome recorded on completion, or the reason text given with a decline; null before either. Free text
   * about the case: shown only to the agencies party to the referral (its sender and its receiver); anyone
   * else who may see the referral, such as a manager of the family's area, gets null with a FORBIDDEN error,
   * whether or not text was recorded.
   */
  outcome?: Maybe<Scalars['String']['output']>;
  /**
   * Whether it is waiting on the receiving agency past its time: still SUBMITTED past its respond-by time, or
   * ACCEPTED and not yet begun past its start-by time. Flagged, never changed.
   */
  overdue: Scalars['Boolean']['output'];
  /**
   * Why the family is referred. Free text about the case: shown only to the agencies party to the referral
   * (its sender and its receiver); anyone else who may see the referral, such as a manager of the family's
   * area, gets null with a FORBIDDEN error, whether or not text was recorded. Once the family has withdrawn
   * its consent, the receiving agency gets null with a FORBIDDEN error too: what the family agreed to share
   * is no longer shared.
   */
  reason?: Maybe<Scalars['String']['output']>;
  /**
   * Whether the receiving agency took the case up: the status and dates of the episode it opened from the
   * referral, nothing of its content; null while there is none. Shown to the sending and the receiving agency
   * of the referral; anyone else gets null.
   */
  receivingEpisode?: Maybe<ReferralCase>;
  /** The service requested of the receiving agency, if a specific one. */
  requestedService?: Maybe<Service>;
  /** When the receiving agency must respond by (from the urgency). */
  respondBy: Scalars['DateTime']['output'];
  /**
   * The sending agency's own episode with the family, the one it was working on when it referred
   * (linkEpisodeToReferral); null when none is linked or the caller may not see that episode (it follows the
   * episode's own rules: the receiving agency does not see it).
   */
  sendingEpisode?: Maybe<ServiceEpisode>;
  /**
   * The case notes the receiving agency shared with the sending agency (SHARED_WITH_REFERRER) on the episode it
   * opened from the referral, oldest first; empty while there are none. Shown to the sending and the receiving
   * agency of the referral; anyone else gets null.
   */
  sharedCaseNotes?: Maybe<Array<CaseNote>>;
  /**
   * When the receiving agency must begin work on it: set when it is accepted, the same response time as its
   * urgency gave for the answer, counted again from the acceptance (EMERGENCY 24 hours; URGENT 3 and ROUTINE
   * 14 of the receiving agency's working days). A family that was told "yes" waits for help as much as one
   * waiting for an answer. Null until it is accepted.
   */
  startBy?: Maybe<Scalars['DateTime']['output']>;
  /** Current status. */
  status: ReferralStatus;
  /** The persons the referral is about, in the order named, each child with their own role where one was recorded. */
  subjectRoles: Array<ReferralSubject>;
  /** The persons the referral is about. */
  subjects?: Maybe<Array<Person>>;
  /** The receiving agency. */
  toAgency?: Maybe<Agency>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** How urgent it is. */
  urgency: Urgency;
  /** Version for optimistic concurrency: an update must carry the version it read. */
  version: Scalars['Int']['output'];
};

/** What was done to a referral. */
export type ReferralAction =
  /** The receiver accepted it. */
  | 'ACCEPT'
  /** The receiver completed it. */
  | 'COMPLETE'
  /** The sender created it. */
  | 'CREATE'
  /** The receiver declined it. */
  | 'DECLINE'
  /** The receiver began work. */
  | 'START'
  /** The sender withdrew it. */
  | 'WITHDRAW'
  /**
   * The family withdrew its consent, as the sending agency (or the receiving one, told by the family) recorded
   * it. The status does not change.
   */
  | 'WITHDRAW_CONSENT';

/** What a referral for a family outside the receiving agency's area meets. */
export type ReferralAreaPolicy =
  /** The referral is refused: BAD_USER_INPUT with rule OUTSIDE_SERVICE_AREA at toAgencyId. */
  | 'REFUSE'
  /** The referral is made; the sender is warned (rule OUTSIDE_SERVICE_AREA). */
  | 'WARN';

/**
 * Whether the agency a family was referred to took the case up: the status and dates of the episode it opened
 * from the referral, and nothing of the case itself (no notes, participants, roles or workers).
 */
export type ReferralCase = {
  __typename?: 'ReferralCase';
  /** When it was closed, if it is. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** When it was opened. */
  openedOn: Scalars['Date']['output'];
  /** Where the episode stands. */
  status: EpisodeStatus;
};

/** A page of referrals. */
export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  /** The referrals of this page. */
  edges: Array<ReferralEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many referrals match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One referral in a page. */
export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  /** An opaque cursor for paging after this referral. */
  cursor: Scalars['String']['output'];
  /** The referral. */
  node: Referral;
};

/** One change in a referral's life. The history is append-only. */
export type ReferralEvent = {
  __typename?: 'ReferralEvent';
  /** What was done. */
  action: ReferralAction;
  /** The staff member who acted, if a person did. */
  actor?: Maybe<Staff>;
  /** The agency the actor acted for. */
  actorAgency?: Maybe<Agency>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Status before, null for the creation. */
  fromStatus?: Maybe<ReferralStatus>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /**
   * What the acting worker wrote: the note of an acceptance or a start, the outcome of a completion, the
   * reason of a decline or a withdrawal; null when none was given. Free text about the case: shown only to the
   * agencies party to the referral (its sender and its receiver); anyone else who may see the referral, such
   * as a manager of the family's area, gets null with a FORBIDDEN error, whether or not text was recorded.
   */
  note?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  toStatus: ReferralStatus;
};

/** The two ways a referral waits on the receiving agency past its time. */
export type ReferralOverdueKind =
  /** Still SUBMITTED past its respond-by time: the family waits for an answer. */
  | 'AWAITING_ANSWER'
  /** ACCEPTED and not begun past its start-by time: the family was told yes and waits for help. */
  | 'AWAITING_START';

/**
 * Response figures of one agency's inbox: the referrals sent to it and created in a time range. A manager
 * of another agency counts only the referrals about families in their area.
 */
export type ReferralStats = {
  __typename?: 'ReferralStats';
  /** The receiving agency. */
  agency: Agency;
  /** Counts by current status, one entry per status (zero included), in workflow order. */
  byStatus: Array<ReferralStatusCount>;
  /** Start of the range (inclusive): referrals created at or after it are counted. */
  from: Scalars['DateTime']['output'];
  /**
   * Median time from sending to acceptance, in hours, over the counted referrals that were accepted; null
   * when none was.
   */
  medianHoursToAccept?: Maybe<Scalars['Float']['output']>;
  /**
   * How many counted referrals are overdue now: still SUBMITTED past their respond-by time, or ACCEPTED and not
   * begun past their start-by time.
   */
  overdue: Scalars['Int']['output'];
  /** End of the range (exclusive): referrals created before it are counted. */
  to: Scalars['DateTime']['output'];
  /** How many referrals are counted. */
  total: Scalars['Int']['output'];
};

/** Where a referral stands in the integrated referral workflow (SLRT-style). */
export type ReferralStatus =
  /** The receiving agency took it on. */
  | 'ACCEPTED'
  /** Work is done; an outcome is recorded. */
  | 'COMPLETED'
  /** The receiving agency declined it. */
  | 'DECLINED'
  /** Work has begun. */
  | 'IN_PROGRESS'
  /** Sent, awaiting the receiving agency's answer. */
  | 'SUBMITTED'
  /** The sending agency withdrew it. */
  | 'WITHDRAWN';

/** How many of the referrals counted are in one status. */
export type ReferralStatusCount = {
  __typename?: 'ReferralStatusCount';
  /** How many referrals are in it now. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ReferralStatus;
};

/** One person a referral is about. */
export type ReferralSubject = {
  __typename?: 'ReferralSubject';
  /**
   * This child's role in a legal matter, as the sending agency recorded it for this child; null when none was
   * recorded (adults never have one). Sensitive: shown only to the agencies party to the referral (its sender
   * and its receiver); anyone else who may see the referral, such as a manager of the family's area, gets null
   * with a FORBIDDEN error, whether or not a role was recorded.
   */
  childRole?: Maybe<ChildRole>;
  /** The person. */
  person: Person;
};

/** A person a new referral is about. */
export type ReferralSubjectInput = {
  /**
   * This child's role in a legal matter, so that the receiving agency does not treat a victim, a child in
   * conflict with the law and a witness alike. Required for each subject under 18 when the requested service
   * records roles (requiresChildRole: rehabilitation and shelter); refused for a subject who is 18 or over.
   * Never inferred. Sensitive.
   */
  childRole?: InputMaybe<ChildRole>;
  /** A member of the family referred. */
  personId: Scalars['ID']['input'];
};

/** How many of the referrals counted have one urgency. */
export type ReferralUrgencyCount = {
  __typename?: 'ReferralUrgencyCount';
  /** How many referrals have it. */
  count: Scalars['Int']['output'];
  /** The urgency. */
  urgency: Urgency;
};

/** Something the sender should know about a referral that was made. */
export type ReferralWarning = {
  __typename?: 'ReferralWarning';
  /** What it means, for people; it never names the family's address. */
  message: Scalars['String']['output'];
  /** The rule, from the same catalogue as refusals: OUTSIDE_SERVICE_AREA. */
  rule: Scalars['String']['output'];
};

/** A family with its members, registered in one call. */
export type RegisterFamilyInput = {
  /** Where the family lives. */
  address: FamilyAddressInput;
  /** A case reference (e.g. a Hong Kong SWD case number); at most 60 characters. */
  caseReference?: InputMaybe<Scalars['String']['input']>;
  /**
   * Indonesia: the family's card state; ISSUED (the default) requires kkNumber. NO_KK or
   * PENDING_AT_DUKCAPIL registers a household without a family card, explicitly (the registering agency
   * is recorded as the desk that met it); recordIssuedDocuments later gives it the card issued. Refused
   * in Hong Kong.
   */
  documentStatus?: InputMaybe<FamilyDocumentStatus>;
  /** The jurisdiction; defaults to the caller's, and must be it. */
  jurisdiction?: InputMaybe<Jurisdiction>;
  /** Indonesia: the family card number (No. KK), required unless documentStatus says there is none yet; refused in Hong Kong. */
  kkNumber?: InputMaybe<Scalars['String']['input']>;
  /** The members, exactly one of them HEAD; 1-20 of them. */
  members: Array<FamilyMemberInput>;
  /**
   * Register even when strong duplicate candidates exist. Without it, strong candidates (score 0.8 or more)
   * make the payload return them and nothing is written.
   */
  proceedDespiteDuplicates?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of registerFamily. */
export type RegisterFamilyPayload = {
  __typename?: 'RegisterFamilyPayload';
  /** Possible duplicates of the new members already in the registry, best first. */
  duplicates: Array<DuplicateCandidate>;
  /** The registered family; null when strong duplicate candidates held the registration back. */
  family?: Maybe<Family>;
};

/** Reopens a day the caller's agency had closed. */
export type RemoveAgencyClosureInput = {
  /** The agency closure's id (public holidays cannot be removed). */
  closureId: Scalars['ID']['input'];
};

/** The closure removed. */
export type RemoveAgencyClosurePayload = {
  __typename?: 'RemoveAgencyClosurePayload';
  /** The id of the closure that was removed. */
  closureId: Scalars['ID']['output'];
};

/** Removes a public holiday or collective leave day from its year. */
export type RemovePublicHolidayInput = {
  /** Closure.version as read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The day's id (Closure.id). */
  holidayId: Scalars['ID']['input'];
};

/** The public holiday removed. */
export type RemovePublicHolidayPayload = {
  __typename?: 'RemovePublicHolidayPayload';
  /** The id of the day that was removed. */
  holidayId: Scalars['ID']['output'];
};

/** Who asks for access, by one exact identifier of the family or of one of its members. */
export type RequestFamilyAccessInput = {
  /** A member's HKID. */
  hkid?: InputMaybe<Scalars['String']['input']>;
  /** The family card number (16 digits). */
  kkNumber?: InputMaybe<Scalars['String']['input']>;
  /** A member's NIK (16 digits). */
  nik?: InputMaybe<Scalars['String']['input']>;
  /** Why the agency needs the family's record (shown to the agencies that decide). */
  reason: Scalars['String']['input'];
};

/** Moves a booking (every staff member's appointment in it) to a new time, under the same rules as booking. */
export type RescheduleAppointmentInput = {
  /** Any appointment of the booking. */
  appointmentId: Scalars['ID']['input'];
  /**
   * As for scheduleAppointment: moving a home visit of a family whose address is protected needs the
   * protecting agency's confirmation (rule PROTECTED_ADDRESS_CONFIRM), and is refused to every other
   * agency (FORBIDDEN, rule PROTECTED_ADDRESS), even when the visit was booked before the protection.
   */
  confirmProtectedAddress?: InputMaybe<Scalars['Boolean']['input']>;
  /** Waives the rules on sessions, roster and closed days, with a recorded reason. */
  emergencyOverride?: InputMaybe<EmergencyOverrideInput>;
  /** New end, UTC (exclusive); after startsAt and at most 8 hours later. */
  endsAt: Scalars['DateTime']['input'];
  /** The version read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** New start, UTC; not in the past. */
  startsAt: Scalars['DateTime']['input'];
};

/** The booking after rescheduleAppointment. */
export type RescheduleAppointmentPayload = {
  __typename?: 'RescheduleAppointmentPayload';
  /** Every appointment of the booking, at the new time. */
  appointments: Array<Appointment>;
  /** Caveats, e.g. CALENDAR_NOT_LOADED when the new day's public holidays are unknown. */
  warnings: Array<SchedulingWarning>;
};

/** What scheduleAppointment books. */
export type ScheduleAppointmentInput = {
  /**
   * How many seats: required for a GROUP_SESSION (1 to 200) and for a community event (an
   * EDUCATION_PROGRAMME without a family, 1 to 1000); optional for an EDUCATION_PROGRAMME with a family
   * (1 to 1000); refused (GROUP_ONLY) for every other kind.
   */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /**
   * The protecting agency's confirmation that it means to visit a protected family at home (a family
   * fleeing violence, whose address the registry withholds from every other agency). A HOME_VISIT, or any
   * appointment at the family's HOME, of a protected family is refused with BAD_USER_INPUT (rule
   * PROTECTED_ADDRESS_CONFIRM) until this is true, so that nobody books one there by habit.
   */
  confirmProtectedAddress?: InputMaybe<Scalars['Boolean']['input']>;
  /** Waives the rules on sessions, roster and closed days, with a recorded reason. */
  emergencyOverride?: InputMaybe<EmergencyOverrideInput>;
  /** End, UTC (exclusive); after startsAt and at most 8 hours later. */
  endsAt: Scalars['DateTime']['input'];
  /**
   * The family it is for. Required for every kind but EDUCATION_PROGRAMME, which without a family is a
   * community event for the public (and then cannot take place at a HOME).
   */
  familyId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is for. */
  kind: AppointmentKind;
  /** Where it takes place. */
  place: AppointmentPlace;
  /** The referral (to or from the caller's agency) it follows from, if any. */
  referralId?: InputMaybe<Scalars['ID']['input']>;
  /** The family's service episode it belongs to, if any. */
  serviceEpisodeId?: InputMaybe<Scalars['ID']['input']>;
  /** One staff member, or two (an escort or home visit may need two); all of the caller's agency. */
  staffIds: Array<Scalars['ID']['input']>;
  /** Start, UTC; not in the past. */
  startsAt: Scalars['DateTime']['input'];
};

/** What scheduleAppointment booked. */
export type ScheduleAppointmentPayload = {
  __typename?: 'ScheduleAppointmentPayload';
  /** One appointment per staff member booked. */
  appointments: Array<Appointment>;
  /** The booking: one id shared by its appointments. */
  bookingId: Scalars['ID']['output'];
  /** Caveats, e.g. CALENDAR_NOT_LOADED when the day's public holidays are unknown. */
  warnings: Array<SchedulingWarning>;
};

/** A caveat on an answer. */
export type SchedulingWarning = {
  __typename?: 'SchedulingWarning';
  /** What kind of caveat. */
  code: SchedulingWarningCode;
  /** The jurisdiction it concerns. */
  jurisdiction?: Maybe<Jurisdiction>;
  /** What it means, in words. */
  message: Scalars['String']['output'];
  /** The calendar year it concerns. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Why an answer is right only as far as SatuPintu knows. */
export type SchedulingWarningCode =
  /**
   * The public holidays of a year the answer touches are not loaded: its days count as working days
   * unless the agency closed them. A calendar manager loads the year.
   */
  | 'CALENDAR_NOT_LOADED';

/** The policy sector an agency belongs to. */
export type Sector =
  /** Child protection. */
  | 'CHILDREN'
  /** Social affairs (Dinas Sosial and its units). */
  | 'SOCIAL'
  /** Women's empowerment and protection (DP3A, UPTD PPA). */
  | 'WOMEN';

/** A service an agency offers. */
export type Service = {
  __typename?: 'Service';
  /** The agency offering it. */
  agency: Agency;
  /** What the service is. */
  category: ServiceCategory;
  /** Short code, unique within the agency. */
  code: Scalars['String']['output'];
  /** What it involves. */
  description: Scalars['String']['output'];
  /** Who it is for. */
  eligibility: Scalars['String']['output'];
  /** Whether it is free of charge. */
  feeFree: Scalars['Boolean']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Its name as the agency uses it. */
  name: Scalars['String']['output'];
  /** Whether an episode must record a child's legal role (rehabilitation and shelter for children). */
  requiresChildRole: Scalars['Boolean']['output'];
};

/** What a service is. */
export type ServiceCategory =
  /** Case management and referral (rujukan). */
  | 'CASE_MANAGEMENT'
  /** Civil registration assistance (e.g. a missing family card). */
  | 'CIVIL_REGISTRATION'
  /** Clinical psychology support. */
  | 'CLINICAL_PSYCHOLOGY'
  /** Edukasi masyarakat. */
  | 'COMMUNITY_EDUCATION'
  /** Complaint intake (pengaduan). */
  | 'COMPLAINT_INTAKE'
  /** Konsultasi. */
  | 'CONSULTATION'
  /** Konseling. */
  | 'COUNSELLING'
  /** Escort or accompaniment ("StandbyU", pendampingan). */
  | 'ESCORT'
  /** Family education and enrichment programme. */
  | 'FAMILY_EDUCATION'
  /** Group therapeutic or psychosocial session. */
  | 'GROUP_SESSION'
  /** Home visit support. */
  | 'HOME_VISIT'
  /** Individual therapeutic or psychosocial session. */
  | 'INDIVIDUAL_SESSION'
  /** Legal aid. */
  | 'LEGAL_AID'
  /** Nursing support. */
  | 'NURSING'
  /** Bimbingan pranikah. */
  | 'PRE_MARITAL_GUIDANCE'
  /** Outpatient social rehabilitation. */
  | 'REHABILITATION'
  /** Shelter (rumah singgah, rumah aman). */
  | 'SHELTER';

/** A family's involvement with one service of one agency. */
export type ServiceEpisode = {
  __typename?: 'ServiceEpisode';
  /** The agency delivering it. */
  agency: Agency;
  /**
   * Case notes written over time (addEpisodeNote), oldest first: every note for the agency delivering the
   * episode. Free text about the case: anyone else who may see the episode, such as a manager of the family's
   * area, gets null with a FORBIDDEN error, whether or not a note was written. The sending agency of the
   * referral the episode came from reads the notes shared with it on the referral (Referral.sharedCaseNotes).
   */
  caseNotes?: Maybe<Array<CaseNote>>;
  /**
   * Always null: a role belongs to one child, not to an episode.
   * @deprecated A role belongs to one child: siblings in one episode may be a victim and a witness. Read participantRoles { childRole }.
   */
  childRole?: Maybe<ChildRole>;
  /** When it was closed, if it is. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Why it was closed; null while it is open. Free text about the case: shown only to the agency delivering
   * the episode; anyone else who may see the episode, such as a manager of the family's area, gets null with a
   * FORBIDDEN error, whether or not text was recorded.
   */
  closureReason?: Maybe<Scalars['String']['output']>;
  /**
   * The family the episode is recorded under. Participants may also come from other family cards; each one's
   * family is in participantRoles.
   */
  family?: Maybe<Family>;
  /**
   * The date the delivering agency means to follow the episode up on; null when none is set. Shown only to the
   * agency delivering the episode; anyone else gets null.
   */
  followUpOn?: Maybe<Scalars['Date']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The worker leading it. */
  leadWorker?: Maybe<Staff>;
  /**
   * Case notes. Free text about the case: shown only to the agency delivering the episode; anyone else who may
   * see the episode, such as a manager of the family's area, gets null with a FORBIDDEN error, whether or not
   * text was recorded.
   */
  notes?: Maybe<Scalars['String']['output']>;
  /** When the episode was opened. */
  openedOn: Scalars['Date']['output'];
  /** The persons taking part, in the order named, each with their family and, for a child, their own role. */
  participantRoles: Array<EpisodeParticipant>;
  /** The persons taking part. */
  participants?: Maybe<Array<Person>>;
  /** The referral this episode was opened from, if any. */
  referral?: Maybe<Referral>;
  /**
   * The referrals the delivering agency sent while working on this episode and linked to it
   * (linkEpisodeToReferral), in the order linked.
   */
  sentReferrals: Array<Referral>;
  /** The service. */
  service: Service;
  /** Current status. */
  status: EpisodeStatus;
  /** Version for optimistic concurrency: an update must carry the version it read. */
  version: Scalars['Int']['output'];
};

/** A page of service episodes. */
export type ServiceEpisodeConnection = {
  __typename?: 'ServiceEpisodeConnection';
  /** The episodes of this page. */
  edges: Array<ServiceEpisodeEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many episodes match in all. */
  totalCount: Scalars['Int']['output'];
};

/** How many open episodes one service has. */
export type ServiceEpisodeCount = {
  __typename?: 'ServiceEpisodeCount';
  /** How many of its episodes are open. */
  count: Scalars['Int']['output'];
  /** The service. */
  service: Service;
};

/** One episode in a page. */
export type ServiceEpisodeEdge = {
  __typename?: 'ServiceEpisodeEdge';
  /** An opaque cursor for paging after this episode. */
  cursor: Scalars['String']['output'];
  /** The episode. */
  node: ServiceEpisode;
};

/** The kind of an operating session. */
export type SessionKind =
  /** Day session (e.g. ChildPRO 09:00-18:00, office hours 08:00-16:00). */
  | 'DAY'
  /** Afternoon-evening session (e.g. ChildPRO 13:00-21:00). */
  | 'EVENING';

/** A person taking part in a group session or education programme. */
export type SessionParticipant = {
  __typename?: 'SessionParticipant';
  /** The family the person belonged to when they joined. */
  family: Family;
  /** When they joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** When they left (their seat is free again); null while they take part. */
  leftAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person. */
  person: Person;
};

/** Marks or unmarks a family's address as protected (a victim in a shelter or fleeing violence). */
export type SetAddressProtectionInput = {
  /**
   * Persons who allegedly threaten the family: none of the protected persons will ever be suggested as a
   * duplicate to a family in which one of them is a member.
   */
  allegedPerpetratorPersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The family's version as last read. */
  expectedVersion: Scalars['Int']['input'];
  /** The family. */
  familyId: Scalars['ID']['input'];
  /** True to withhold the address from every agency but the caller's; false to lift it (protecting agency only). */
  protected: Scalars['Boolean']['input'];
  /** The members to protect; defaults to all current members. */
  protectedPersonIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The result of setAddressProtection. */
export type SetAddressProtectionPayload = {
  __typename?: 'SetAddressProtectionPayload';
  /** The family, with its new version. */
  family: Family;
};

/** A follow-up date for an episode. */
export type SetEpisodeFollowUpInput = {
  /** An episode of the caller's agency, not CLOSED. */
  episodeId: Scalars['ID']['input'];
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The date to follow the episode up on, today or later in the agency's time zone; null clears it. */
  followUpOn?: InputMaybe<Scalars['Date']['input']>;
};

/** The result of setEpisodeFollowUp. */
export type SetEpisodeFollowUpPayload = {
  __typename?: 'SetEpisodeFollowUpPayload';
  /** The episode after the change. */
  episode: ServiceEpisode;
};

/** Replaces an agency's weekly sessions. */
export type SetOperatingSessionsInput = {
  /** The caller's own agency. */
  agencyId: Scalars['ID']['input'];
  /** Agency.scheduleVersion as read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /**
   * The whole week (at most 42 sessions, none overlapping another of the same day). Sessions left out
   * are removed, and with them their place on staff rosters; booked appointments are kept.
   */
  sessions: Array<OperatingSessionInput>;
};

/** The agency's week after setOperatingSessions. */
export type SetOperatingSessionsPayload = {
  __typename?: 'SetOperatingSessionsPayload';
  /** The new Agency.scheduleVersion. */
  scheduleVersion: Scalars['Int']['output'];
  /** The agency's sessions, Monday first. */
  sessions: Array<OperatingSession>;
};

/** A correction of one participant's role. */
export type SetParticipantRoleInput = {
  /**
   * This child's role in a legal matter, under the same rules as at opening: only for a participant under 18,
   * and required (not null) for each of them when the service records roles. Null removes a role that was
   * recorded by mistake. Sensitive.
   */
  childRole?: InputMaybe<ChildRole>;
  /** An episode of the caller's agency, not CLOSED. */
  episodeId: Scalars['ID']['input'];
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** A participant of the episode. */
  personId: Scalars['ID']['input'];
};

/** The result of setParticipantRole. */
export type SetParticipantRolePayload = {
  __typename?: 'SetParticipantRolePayload';
  /** The episode after the change. */
  episode: ServiceEpisode;
};

/** A follow-up date that the caller's agency keeps on a referral it sent or received. */
export type SetReferralFollowUpInput = {
  /** The date to follow the referral up on, today or later in the caller's agency's time zone; null clears it. */
  followUpOn?: InputMaybe<Scalars['Date']['input']>;
  /** The referral; the caller's agency sent or received it. */
  referralId: Scalars['ID']['input'];
};

/** The result of setReferralFollowUp. */
export type SetReferralFollowUpPayload = {
  __typename?: 'SetReferralFollowUpPayload';
  /** The referral, with the caller's follow-up date. */
  referral: Referral;
};

/** Sets the sessions a staff member works. */
export type SetStaffRosterInput = {
  /** Sessions of that agency; an empty list takes the staff member off every session. */
  sessionIds: Array<Scalars['ID']['input']>;
  /** A staff member of the caller's agency. */
  staffId: Scalars['ID']['input'];
};

/** The staff member after setStaffRoster. */
export type SetStaffRosterPayload = {
  __typename?: 'SetStaffRosterPayload';
  /** The staff member, with the new roster. */
  staff: Staff;
};

/** Sex as recorded on the civil registration document. */
export type Sex =
  /** Female (perempuan). */
  | 'FEMALE'
  /** Male (laki-laki). */
  | 'MALE';

/** A staff member of an agency. */
export type Staff = {
  __typename?: 'Staff';
  /** Whether they currently take bookings. */
  active: Scalars['Boolean']['output'];
  /** The agency they work for. */
  agency?: Maybe<Agency>;
  /** Full name. */
  fullName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Languages they work in (BCP-47 codes, e.g. id, su, jv, yue, en). */
  languages: Array<Scalars['String']['output']>;
  /** What they do. */
  role: StaffRole;
  /** The agency sessions they work (their roster). */
  roster: Array<OperatingSession>;
  /**
   * Hours booked against hours rostered between two dates of the agency's calendar (inclusive, at most
   * 93 days), for a manager's view of who is overloaded. Null with a FORBIDDEN error unless the caller
   * acts for the staff member's agency or is an area manager of the jurisdiction.
   */
  workload?: Maybe<StaffWorkload>;
};


/** A staff member of an agency. */
export type StaffWorkloadArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** What a staff member does. */
export type StaffRole =
  /** Case manager. */
  | 'CASE_MANAGER'
  /** Clinical psychologist. */
  | 'CLINICAL_PSYCHOLOGIST'
  /** Counsellor (konselor). */
  | 'COUNSELLOR'
  /** Facilitator (fasilitator, pendamping). */
  | 'FACILITATOR'
  /** Nurse. */
  | 'NURSE'
  /** Desk operator. */
  | 'OPERATOR'
  /** Psychologist. */
  | 'PSYCHOLOGIST'
  /** Social worker (pekerja sosial, peksos). */
  | 'SOCIAL_WORKER'
  /** Volunteer (relawan). */
  | 'VOLUNTEER';

/** A staff member's booked time against their rostered time over a range of dates. */
export type StaffWorkload = {
  __typename?: 'StaffWorkload';
  /** Number of scheduled and completed appointments starting on these dates. */
  appointmentCount: Scalars['Int']['output'];
  /**
   * Hours of scheduled and completed appointments starting on these dates (cancelled and no-show
   * appointments free the time and are not counted).
   */
  bookedHours: Scalars['Float']['output'];
  /** Those appointments by kind (kinds with none are left out). */
  byKind: Array<AppointmentKindCount>;
  /** First local date counted. */
  from: Scalars['Date']['output'];
  /** Hours of the sessions on the staff member's roster on these dates, closed days left out. */
  rosteredHours: Scalars['Float']['output'];
  /** Last local date counted (inclusive). */
  to: Scalars['Date']['output'];
  /** bookedHours / rosteredHours; above 1 when emergency bookings exceed the roster; null with no rostered hours. */
  utilisation?: Maybe<Scalars['Float']['output']>;
};

/** The receiving agency begins work on an accepted referral. */
export type StartReferralInput = {
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** A note for the history (up to 2000 characters). Shown only to the agencies party to the referral. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The referral. */
  referralId: Scalars['ID']['input'];
};

/** Beginning work on the referral an episode is opened from. */
export type StartReferralOnOpenInput = {
  /** The version of the referral the caller read; a stale one is refused with CONFLICT and nothing is written. */
  expectedVersion: Scalars['Int']['input'];
  /** A note for the referral's history (up to 2000 characters). Shown only to the agencies party to the referral. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The result of startReferral. */
export type StartReferralPayload = {
  __typename?: 'StartReferralPayload';
  /** The referral after the change. */
  referral: Referral;
};

/** A new address for a family that moved within its card's area. */
export type UpdateFamilyAddressInput = {
  /** The new address, whole. */
  address: FamilyAddressInput;
  /** The family's version as last read. */
  expectedVersion: Scalars['Int']['input'];
  /** The family. */
  familyId: Scalars['ID']['input'];
};

/** The result of updateFamilyAddress. */
export type UpdateFamilyAddressPayload = {
  __typename?: 'UpdateFamilyAddressPayload';
  /** The family, with its new version. */
  family: Family;
};

/** Changes to a person's record; a field left out (or null) is unchanged. */
export type UpdatePersonInput = {
  /** A corrected date of birth (the NIK is not reissued: a mismatch is flagged, not refused). */
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** The date of death. */
  deceasedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The person's version as last read. */
  expectedVersion: Scalars['Int']['input'];
  /** A corrected full name. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** A corrected HKID (Hong Kong). */
  hkid?: InputMaybe<Scalars['String']['input']>;
  /** A corrected NIK (Indonesia). */
  nik?: InputMaybe<Scalars['String']['input']>;
  /** The person. */
  personId: Scalars['ID']['input'];
  /** A new relationship to the head of the current family; closes the old membership today and opens a new one. */
  relationship?: InputMaybe<KkRelationship>;
  /** A corrected sex. */
  sex?: InputMaybe<Sex>;
};

/** The result of updatePerson. */
export type UpdatePersonPayload = {
  __typename?: 'UpdatePersonPayload';
  /** The person, with its new version. */
  person: Person;
};

/** How fast the receiving agency must respond. */
export type Urgency =
  /** Respond within 24 hours. */
  | 'EMERGENCY'
  /** Respond within 14 days. */
  | 'ROUTINE'
  /** Respond within 3 days. */
  | 'URGENT';

/** The family withdraws its consent to a referral. */
export type WithdrawConsentInput = {
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /**
   * What the family said, and how (up to 2000 characters); recorded in the history. Shown only to the agencies
   * party to the referral.
   */
  reason: Scalars['String']['input'];
  /** The referral; one made with consent. */
  referralId: Scalars['ID']['input'];
  /** The person who withdrew consent: one of the referral's subjects, or the person who gave the consent. */
  withdrawnById: Scalars['ID']['input'];
};

/** The result of withdrawConsent. */
export type WithdrawConsentPayload = {
  __typename?: 'WithdrawConsentPayload';
  /** The referral after the change. */
  referral: Referral;
};

/** The sending agency withdraws a referral that is not yet finished. */
export type WithdrawReferralInput = {
  /** The version the caller read; a stale one is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Why (up to 2000 characters); recorded in the history. Shown only to the agencies party to the referral. */
  reason: Scalars['String']['input'];
  /** The referral. */
  referralId: Scalars['ID']['input'];
};

/** The result of withdrawReferral. */
export type WithdrawReferralPayload = {
  __typename?: 'WithdrawReferralPayload';
  /** The referral after the change. */
  referral: Referral;
};

export type Join__Graph =
  | 'FAMILIES'
  | 'REFERRALS'
  | 'SCHEDULING'
  | 'SERVICES';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type InboxReferralRowFragment = { __typename: 'Referral', id: string, status: ReferralStatus, urgency: Urgency, needCategory: NeedCategory, createdAt: string, respondBy: string, startBy?: string | null, overdue: boolean, followUpOn?: string | null, version: number, fromAgency?: { __typename: 'Agency', id: string, name: string, sector: Sector } | null, family?: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, head?: { __typename: 'Person', id: string, fullName: string } | null } | null };

export type InboxPageQueryVariables = Exact<{
  agencyId: Scalars['ID']['input'];
  status?: InputMaybe<ReferralStatus>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxPageQuery = { __typename: 'Query', agency?: { __typename: 'Agency', id: string, name: string, timeZone: string, incomingReferrals?: { __typename: 'ReferralConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'ReferralEdge', cursor: string, node: { __typename: 'Referral', id: string, status: ReferralStatus, urgency: Urgency, needCategory: NeedCategory, createdAt: string, respondBy: string, startBy?: string | null, overdue: boolean, followUpOn?: string | null, version: number, fromAgency?: { __typename: 'Agency', id: string, name: string, sector: Sector } | null, family?: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, head?: { __typename: 'Person', id: string, fullName: string } | null } | null } }> } | null } | null };

export type InboxOverdueCountQueryVariables = Exact<{
  agencyId: Scalars['ID']['input'];
}>;


export type InboxOverdueCountQuery = { __typename: 'Query', agency?: { __typename: 'Agency', id: string, overdue?: { __typename: 'ReferralConnection', totalCount: number } | null } | null };

export type InboxReferralQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InboxReferralQuery = { __typename: 'Query', referral?: { __typename: 'Referral', reason?: string | null, noConsentReason?: string | null, outcome?: string | null, declineReasonCode?: DeclineReasonCode | null, id: string, status: ReferralStatus, urgency: Urgency, needCategory: NeedCategory, createdAt: string, respondBy: string, startBy?: string | null, overdue: boolean, followUpOn?: string | null, version: number, toAgency?: { __typename: 'Agency', id: string, name: string, timeZone: string, services: Array<{ __typename: 'Service', id: string, name: string, requiresChildRole: boolean }> } | null, requestedService?: { __typename: 'Service', id: string, name: string } | null, subjectRoles: Array<{ __typename: 'ReferralSubject', childRole?: ChildRole | null, person: { __typename: 'Person', id: string, fullName: string, age?: number | null } }>, consent?: { __typename: 'Consent', relationship: ConsentRelationship, givenAt: string, scope?: string | null, withdrawnAt?: string | null, givenBy?: { __typename: 'Person', id: string, fullName: string } | null } | null, events: Array<{ __typename: 'ReferralEvent', id: string, at: string, action: ReferralAction, fromStatus?: ReferralStatus | null, toStatus: ReferralStatus, note?: string | null, actor?: { __typename: 'Staff', id: string, fullName: string, role: StaffRole } | null, actorAgency?: { __typename: 'Agency', id: string, name: string } | null }>, fromAgency?: { __typename: 'Agency', id: string, name: string, sector: Sector } | null, family?: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, head?: { __typename: 'Person', id: string, fullName: string } | null } | null } | null };

export type InboxAcceptReferralMutationVariables = Exact<{
  input: AcceptReferralInput;
}>;


export type InboxAcceptReferralMutation = { __typename: 'Mutation', acceptReferral: { __typename: 'AcceptReferralPayload', referral: { __typename: 'Referral', id: string, status: ReferralStatus, version: number } } };

export type InboxDeclineReferralMutationVariables = Exact<{
  input: DeclineReferralInput;
}>;


export type InboxDeclineReferralMutation = { __typename: 'Mutation', declineReferral: { __typename: 'DeclineReferralPayload', referral: { __typename: 'Referral', id: string, status: ReferralStatus, version: number } } };

export type InboxStartReferralMutationVariables = Exact<{
  input: StartReferralInput;
}>;


export type InboxStartReferralMutation = { __typename: 'Mutation', startReferral: { __typename: 'StartReferralPayload', referral: { __typename: 'Referral', id: string, status: ReferralStatus, version: number } } };

export type InboxStartAndOpenEpisodeMutationVariables = Exact<{
  input: OpenServiceEpisodeInput;
}>;


export type InboxStartAndOpenEpisodeMutation = { __typename: 'Mutation', openServiceEpisode: { __typename: 'OpenServiceEpisodePayload', episode: { __typename: 'ServiceEpisode', id: string, status: EpisodeStatus } } };

export type AreaIndicatorsQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  workFrom: Scalars['Date']['input'];
  workTo: Scalars['Date']['input'];
}>;


export type AreaIndicatorsQuery = { __typename: 'Query', areaReferralStats?: { __typename: 'AreaReferralStats', total: number, overdueAwaitingAnswer: number, overdueAwaitingStart: number, medianHoursToAccept?: number | null, p90HoursToAccept?: number | null, medianHoursToStart?: number | null, p90HoursToStart?: number | null, byStatus: Array<{ __typename: 'ReferralStatusCount', status: ReferralStatus, count: number }>, byUrgency: Array<{ __typename: 'ReferralUrgencyCount', urgency: Urgency, count: number }> } | null, areaEpisodeCounts?: { __typename: 'AreaEpisodeCounts', total: number, withoutLeadWorker: number, byAgency: Array<{ __typename: 'AgencyEpisodeCount', count: number, agency: { __typename: 'Agency', id: string, name: string, timeZone: string } }>, byService: Array<{ __typename: 'ServiceEpisodeCount', count: number, service: { __typename: 'Service', id: string, name: string } }>, byLeadWorker: Array<{ __typename: 'LeadWorkerEpisodeCount', count: number, leadWorker: { __typename: 'Staff', id: string, fullName: string, agency?: { __typename: 'Agency', id: string, name: string } | null, workload?: { __typename: 'StaffWorkload', bookedHours: number, rosteredHours: number, utilisation?: number | null } | null } }> } | null };

export type AreaReferralListQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  status?: InputMaybe<ReferralStatus>;
  urgency?: InputMaybe<Urgency>;
  overdue?: InputMaybe<ReferralOverdueKind>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AreaReferralListQuery = { __typename: 'Query', areaReferrals?: { __typename: 'ReferralConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'ReferralEdge', node: { __typename: 'Referral', id: string, status: ReferralStatus, urgency: Urgency, needCategory: NeedCategory, createdAt: string, respondBy: string, overdue: boolean, fromAgency?: { __typename: 'Agency', id: string, name: string } | null, toAgency?: { __typename: 'Agency', id: string, name: string, timeZone: string } | null } }> } | null };

export type AreaEpisodeListQueryVariables = Exact<{
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  leadWorkerId?: InputMaybe<Scalars['ID']['input']>;
  withoutLeadWorker?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AreaEpisodeListQuery = { __typename: 'Query', areaEpisodes?: { __typename: 'ServiceEpisodeConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'ServiceEpisodeEdge', node: { __typename: 'ServiceEpisode', id: string, status: EpisodeStatus, openedOn: string, service: { __typename: 'Service', id: string, name: string }, agency: { __typename: 'Agency', id: string, name: string }, leadWorker?: { __typename: 'Staff', id: string, fullName: string } | null } }> } | null };

export type FamilySummaryFragment = { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, jurisdiction: Jurisdiction, addressProtected: boolean, head?: { __typename: 'Person', id: string, fullName: string } | null, address?: { __typename: 'Address', district?: string | null, regency?: string | null } | null };

export type FindFamiliesByNameQueryVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type FindFamiliesByNameQuery = { __typename: 'Query', families: { __typename: 'FamilyConnection', totalCount: number, edges: Array<{ __typename: 'FamilyEdge', node: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, jurisdiction: Jurisdiction, addressProtected: boolean, head?: { __typename: 'Person', id: string, fullName: string } | null, address?: { __typename: 'Address', district?: string | null, regency?: string | null } | null } }> } };

export type FindFamilyByKkQueryVariables = Exact<{
  kk: Scalars['String']['input'];
}>;


export type FindFamilyByKkQuery = { __typename: 'Query', familyByKk?: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, jurisdiction: Jurisdiction, addressProtected: boolean, head?: { __typename: 'Person', id: string, fullName: string } | null, address?: { __typename: 'Address', district?: string | null, regency?: string | null } | null } | null };

export type FindFamilyByNikQueryVariables = Exact<{
  nik: Scalars['String']['input'];
}>;


export type FindFamilyByNikQuery = { __typename: 'Query', personByNik?: { __typename: 'Person', id: string, family?: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, jurisdiction: Jurisdiction, addressProtected: boolean, head?: { __typename: 'Person', id: string, fullName: string } | null, address?: { __typename: 'Address', district?: string | null, regency?: string | null } | null } | null } | null };

export type FindFamilyByHkidQueryVariables = Exact<{
  hkid: Scalars['String']['input'];
}>;


export type FindFamilyByHkidQuery = { __typename: 'Query', personByHkid?: { __typename: 'Person', id: string, family?: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, jurisdiction: Jurisdiction, addressProtected: boolean, head?: { __typename: 'Person', id: string, fullName: string } | null, address?: { __typename: 'Address', district?: string | null, regency?: string | null } | null } | null } | null };

export type FindFamilyByCaseReferenceQueryVariables = Exact<{
  ref: Scalars['String']['input'];
}>;


export type FindFamilyByCaseReferenceQuery = { __typename: 'Query', familyByCaseReference?: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, jurisdiction: Jurisdiction, addressProtected: boolean, head?: { __typename: 'Person', id: string, fullName: string } | null, address?: { __typename: 'Address', district?: string | null, regency?: string | null } | null } | null };

export type FamilyProfilePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FamilyProfilePageQuery = { __typename: 'Query', family?: { __typename: 'Family', id: string, kkNumber?: string | null, caseReference?: string | null, jurisdiction: Jurisdiction, addressProtected: boolean, address?: { __typename: 'Address', street?: string | null, rtRw?: string | null, village?: string | null, district?: string | null, regency?: string | null, province?: string | null } | null, members: Array<{ __typename: 'Person', id: string, fullName: string, age?: number | null, isChild: boolean, relationship?: KkRelationship | null }>, serviceEpisodes?: Array<{ __typename: 'ServiceEpisode', id: string, status: EpisodeStatus, openedOn: string, closedOn?: string | null, participantRoles: Array<{ __typename: 'EpisodeParticipant', childRole?: ChildRole | null, person: { __typename: 'Person', id: string, fullName: string } }>, service: { __typename: 'Service', id: string, name: string, category: ServiceCategory }, agency: { __typename: 'Agency', id: string, name: string, sector: Sector, timeZone: string }, leadWorker?: { __typename: 'Staff', id: string, fullName: string, role: StaffRole } | null }> | null, referrals?: Array<{ __typename: 'Referral', id: string, status: ReferralStatus, urgency: Urgency, needCategory: NeedCategory, createdAt: string, respondBy: string, overdue: boolean, receivingEpisode?: { __typename: 'ReferralCase', status: EpisodeStatus, openedOn: string, closedOn?: string | null } | null, fromAgency?: { __typename: 'Agency', id: string, name: string, sector: Sector, timeZone: string } | null, toAgency?: { __typename: 'Agency', id: string, name: string, sector: Sector, timeZone: string } | null, events: Array<{ __typename: 'ReferralEvent', id: string, at: string, action: ReferralAction, fromStatus?: ReferralStatus | null, toStatus: ReferralStatus, actor?: { __typename: 'Staff', id: string, fullName: string, role: StaffRole } | null, actorAgency?: { __typename: 'Agency', id: string, name: string } | null }> }> | null, appointments?: Array<{ __typename: 'Appointment', id: string, kind: AppointmentKind, place: AppointmentPlace, status: AppointmentStatus, startsAt: string, agency?: { __typename: 'Agency', id: string, name: string, sector: Sector, timeZone: string } | null, staff?: { __typename: 'Staff', id: string, fullName: string, role: StaffRole } | null }> | null } | null };

export const InboxReferralRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"needCategory"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<InboxReferralRowFragment, unknown>;
export const FamilySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Family"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"regency"}}]}}]}}]} as unknown as DocumentNode<FamilySummaryFragment, unknown>;
export const InboxPageDocument = {"__meta__":{"hash":"af04f87c63a4a0fb16b32127c54b1305c3d540c7f2886f2781d1c02442a9e265"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"incomingReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxReferralRow"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"needCategory"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<InboxPageQuery, InboxPageQueryVariables>;
export const InboxOverdueCountDocument = {"__meta__":{"hash":"5b3f2dc82c3c699945ab12ec898a6bbac8a0a4dc4cc8e0d40f4dbaf088a8eb53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxOverdueCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"incomingReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<InboxOverdueCountQuery, InboxOverdueCountQueryVariables>;
export const InboxReferralDocument = {"__meta__":{"hash":"996346b443be296600857f4862b33665e90cf2f68f24d173f099a9ac877adc6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxReferralRow"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"noConsentReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"declineReasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"toAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requiresChildRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"childRole"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"givenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxReferralRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"needCategory"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"startBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<InboxReferralQuery, InboxReferralQueryVariables>;
export const InboxAcceptReferralDocument = {"__meta__":{"hash":"8eda5a6f1685a5b3d88040cda547bbfe83f9b8422e90063c6a64fb04a0c40d5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxAcceptReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<InboxAcceptReferralMutation, InboxAcceptReferralMutationVariables>;
export const InboxDeclineReferralDocument = {"__meta__":{"hash":"955889c883964d65140e10f879b70622ed89902dd6af5053707d02c4c3c194a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxDeclineReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<InboxDeclineReferralMutation, InboxDeclineReferralMutationVariables>;
export const InboxStartReferralDocument = {"__meta__":{"hash":"539716539917191b0b03397d900498fe590d651763d0c1f2253bda39f9fe690d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxStartReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<InboxStartReferralMutation, InboxStartReferralMutationVariables>;
export const InboxStartAndOpenEpisodeDocument = {"__meta__":{"hash":"f84c3ca214a0c81d1c6bbb65a09642436a4d446759ef7ae1222d0fb8fcbdb90a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InboxStartAndOpenEpisode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenServiceEpisodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openServiceEpisode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InboxStartAndOpenEpisodeMutation, InboxStartAndOpenEpisodeMutationVariables>;
export const AreaIndicatorsDocument = {"__meta__":{"hash":"3279a7da32ff446576581e417352721f46a059d216c627a3b898e6faacbec882"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"areaReferralStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAwaitingAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAwaitingStart"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToAccept"}},{"kind":"Field","name":{"kind":"Name","value":"p90HoursToAccept"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToStart"}},{"kind":"Field","name":{"kind":"Name","value":"p90HoursToStart"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byUrgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areaEpisodeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withoutLeadWorker"}},{"kind":"Field","name":{"kind":"Name","value":"byAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLeadWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"leadWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bookedHours"}},{"kind":"Field","name":{"kind":"Name","value":"rosteredHours"}},{"kind":"Field","name":{"kind":"Name","value":"utilisation"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaIndicatorsQuery, AreaIndicatorsQueryVariables>;
export const AreaReferralListDocument = {"__meta__":{"hash":"1430ca2bc8a71e90d44c88f532c6cf9502961ec1a41fb15c2de7f741eb0c000a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaReferralList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urgency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Urgency"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralOverdueKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"areaReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"urgency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urgency"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"needCategory"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaReferralListQuery, AreaReferralListQueryVariables>;
export const AreaEpisodeListDocument = {"__meta__":{"hash":"904dfbfc0c8ffc85e6e4f2788d74c937dd594feac38eed8b8334b0969a91908e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaEpisodeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadWorkerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutLeadWorker"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"areaEpisodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadWorkerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadWorkerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"withoutLeadWorker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutLeadWorker"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AreaEpisodeListQuery, AreaEpisodeListQueryVariables>;
export const FindFamiliesByNameDocument = {"__meta__":{"hash":"e2ea5732fe1189cb9f80950c300f8b9988ebe24d49ef676069343ed5c31ae821"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindFamiliesByName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"families"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilySummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Family"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"regency"}}]}}]}}]} as unknown as DocumentNode<FindFamiliesByNameQuery, FindFamiliesByNameQueryVariables>;
export const FindFamilyByKkDocument = {"__meta__":{"hash":"8d88afc2f55a20c953e6980ce67ad68f36a29281083759977edbd82fb856a171"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindFamilyByKk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kk"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"familyByKk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kkNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kk"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Family"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"regency"}}]}}]}}]} as unknown as DocumentNode<FindFamilyByKkQuery, FindFamilyByKkQueryVariables>;
export const FindFamilyByNikDocument = {"__meta__":{"hash":"f9996cb0f9c52f2149bea4c6d8e47d410dbc6093be3cf85743c751b0e1ff03f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindFamilyByNik"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nik"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personByNik"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nik"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nik"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilySummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Family"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"regency"}}]}}]}}]} as unknown as DocumentNode<FindFamilyByNikQuery, FindFamilyByNikQueryVariables>;
export const FindFamilyByHkidDocument = {"__meta__":{"hash":"7fe8d7564865d1e99636c0e65ba7fe1283a684714ab7aad2873d3e060f3ee87c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindFamilyByHkid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hkid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personByHkid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hkid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hkid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilySummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Family"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"regency"}}]}}]}}]} as unknown as DocumentNode<FindFamilyByHkidQuery, FindFamilyByHkidQueryVariables>;
export const FindFamilyByCaseReferenceDocument = {"__meta__":{"hash":"d42431dbc1be9a6a8c26c8f732d302954ab0af3331f9244fbac02fd64c07731b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindFamilyByCaseReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"familyByCaseReference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FamilySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FamilySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Family"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"regency"}}]}}]}}]} as unknown as DocumentNode<FindFamilyByCaseReferenceQuery, FindFamilyByCaseReferenceQueryVariables>;
export const FamilyProfilePageDocument = {"__meta__":{"hash":"e1e2d0cf55e52a34a44eb2cc3478e95e8c5c662963f779360f49ade4c61c808c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyProfilePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"caseReference"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"addressProtected"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"rtRw"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"regency"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"isChild"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceEpisodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participantRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"needCategory"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"receivingEpisode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"window"},"value":{"kind":"EnumValue","value":"ALL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyProfilePageQuery, FamilyProfilePageQueryVariables>;