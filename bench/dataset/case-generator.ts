import type { Random } from '../../demo/random';
import type { AgencyKind } from '../../demo/reference/agency-types';
import { ACTION_OF, City, PLACE_REFERRALS, PlaceReferral, REFERRAL_FLOWS, referralEventNote, RESPONSE_HOURS } from '../../demo/case-conventions';
import { AgencyIndex, IndexedAgency } from './agency-index';
import type { BenchStaff } from './bench-staff';
import { CopyFileWriter } from './copy-file-writer';
import { isoOfDay, MS_PER_DAY } from './day-numbers';
import { fastUuid } from './fast-uuid';
import type { BenchFamily } from './family-generator';
import { weighted } from './family-generator';

/** An episode that appointments can be booked for: open, with a lead worker. */
export interface BookableEpisode {
  id: string;
  familyId: string;
  region: string;
  referralId: string | null;
  serviceCategory: string;
}

export interface CaseWriters {
  episode: CopyFileWriter<'service_episode'>;
  participant: CopyFileWriter<'episode_participant'>;
  referral: CopyFileWriter<'referral'>;
  event: CopyFileWriter<'referral_event'>;
  subject: CopyFileWriter<'referral_subject'>;
}

type Urgency = 'ROUTINE' | 'URGENT' | 'EMERGENCY';

/** The referral path each place's agency works along (its own intake, then the agencies it refers to), as in the demo world. */
interface Scenario extends PlaceReferral {
  from: AgencyKind[];
  to: AgencyKind[];
}
const SCENARIOS: Record<City, Scenario> = {
  '3509': { ...PLACE_REFERRALS['3509'], from: ['SOCIAL_WELFARE_DESK'], to: ['CIVIL_REGISTRY'] },
  '3674': { ...PLACE_REFERRALS['3674'], from: ['FAMILY_WELFARE_CONSULTATION'], to: ['WOMEN_CHILD_PROTECTION_UNIT'] },
  '3273': { ...PLACE_REFERRALS['3273'], from: ['FAMILY_LEARNING_CENTRE'], to: ['WOMEN_CHILD_PROTECTION_UNIT'] },
  '5271': { ...PLACE_REFERRALS['5271'], from: ['SOCIAL_AFFAIRS_OFFICE', 'WOMEN_CHILD_PROTECTION_UNIT'], to: ['CHILD_REHABILITATION_CENTRE'] },
  HK: { ...PLACE_REFERRALS.HK, from: ['FAMILY_CHILD_PROTECTIVE_UNIT', 'INTEGRATED_FAMILY_SERVICE_CENTRE'], to: ['CHILD_PROTECTION_SUPPORT_TEAM'] },
};
/** Referrals between other agencies of a place, for needs outside the scenario. */
const OTHER_NEEDS = ['PARENTING_SUPPORT', 'SOCIAL_ASSISTANCE', 'PSYCHOLOGICAL_SUPPORT', 'SHELTER', 'LEGAL_AID', 'OTHER'];
const OTHER_URGENCY: ReadonlyArray<readonly [Urgency, number]> = [
  ['ROUTINE', 0.55],
  ['URGENT', 0.35],
  ['EMERGENCY', 0.1],
];
/** The share of referrals that reach ACCEPTED (and so open an episode at the receiving agency). */
export const ACCEPTED_SHARE = REFERRAL_FLOWS.filter(([path]) => path.includes('ACCEPTED')).reduce((sum, [, share]) => sum + share, 0);
const DECLINE_REASONS = ['OUTSIDE_SERVICE_AREA', 'NOT_ELIGIBLE', 'NO_CAPACITY', 'NEED_NOT_IN_SCOPE'];
const CLOSURE_REASONS = ['Goals of the service plan met', 'Family moved out of the service area', 'Referred on to another agency'];
const EPISODE_STATUS: ReadonlyArray<readonly ['OPEN' | 'ACTIVE' | 'ON_HOLD' | 'CLOSED', number]> = [
  ['ACTIVE', 0.55],
  ['OPEN', 0.15],
  ['ON_HOLD', 0.1],
  ['CLOSED', 0.2],
];
const CHILD_ROLES: ReadonlyArray<readonly ['VICTIM' | 'PERPETRATOR' | 'WITNESS', number]> = [
  ['VICTIM', 0.5],
  ['PERPETRATOR', 0.3],
  ['WITNESS', 0.2],
];

/** A count drawn uniformly from 0..2×mean, so that it averages `mean`. */
function drawCount(rng: Random, mean: number): number {
  const max = 2 * mean;
  const whole = Math.floor(max);
  return rng.int(0, whole + (rng.chance(max - whole) ? 1 : 0));
}

/**
 * Writes each family's referrals (with their event histories) and service episodes: referrals along
 * the place's scenario path most of the time, otherwise between two other agencies the family deals
 * with; an accepted referral opens an episode at the receiving agency (linked to it), and further
 * episodes stand on their own. Open episodes with a lead worker are kept for the appointment grid.
 */
export class CaseGenerator {
  /** Open episodes each staff member leads, by staff id. */
  readonly bookable = new Map<string, BookableEpisode[]>();
  private readonly staffOf = new Map<string, BenchStaff[]>();
  private readonly anchorMs: number;

  constructor(
    private readonly rng: Random,
    private readonly anchorDay: number,
    private readonly agencies: AgencyIndex,
    staff: readonly BenchStaff[],
    private readonly referralsPerFamily: number,
    private readonly extraEpisodesPerFamily: number,
    private readonly out: CaseWriters,
  ) {
    for (const s of staff) if (s.active) this.staffOf.set(s.agencyId, [...(this.staffOf.get(s.agencyId) ?? []), s]);
    this.anchorMs = anchorDay * MS_PER_DAY;
  }

  /** Writes the family's cases; returns the agency protecting the family's address, if one does. */
  generate(family: BenchFamily): string | null {
    const rng = this.rng;
    const eligible = this.agencies.eligible(family.city, family.region);
    let protecting: string | null = null;
    const referrals = drawCount(rng, this.referralsPerFamily);
    for (let i = 0; i < referrals; i++) {
      const accepted = this.referral(family, eligible);
      if (accepted && accepted.to.agency.kind === 'WOMEN_CHILD_PROTECTION_UNIT' && family.city === '3674' && rng.chance(0.3)) protecting = accepted.to.agency.id;
    }
    const extra = drawCount(rng, this.extraEpisodesPerFamily);
    for (let i = 0; i < extra; i++) {
      const at = rng.pick(eligible);
      const participants = family.members.slice(0, rng.int(1, Math.min(2, family.members.length)));
      this.episode(family, at, rng.pick(at.agency.services), participants, this.anchorDay - rng.int(20, 400), null);
    }
    return protecting;
  }

  private pair(family: BenchFamily, eligible: IndexedAgency[]): { from: IndexedAgency; to: IndexedAgency; scenario: Scenario | null } {
    const rng = this.rng;
    const scenario = SCENARIOS[family.city];
    const froms = this.agencies.ofKind(eligible, scenario.from);
    const tos = this.agencies.ofKind(eligible, scenario.to);
    if (froms.length && tos.length && rng.chance(0.6)) return { from: rng.pick(froms), to: rng.pick(tos), scenario };
    const from = rng.pick(eligible);
    let to = rng.pick(eligible);
    while (to === from) to = rng.pick(eligible);
    return { from, to, scenario: null };
  }

  /** Writes one referral and its events; returns its agencies when it was accepted. */
  private referral(family: BenchFamily, eligible: IndexedAgency[]): { to: IndexedAgency } | null {
    const rng = this.rng;
    const { from, to, scenario } = this.pair(family, eligible);
    const children = family.members.filter((m) => m.isChild);
    const subjects = scenario?.childSubject && children.length ? [rng.pick(children)] : family.members.filter((m) => m.relationship !== 1 || !scenario?.childSubject).slice(0, 2);
    const urgency = weighted(rng, scenario?.urgency ?? OTHER_URGENCY);
    const createdMs = this.anchorMs - rng.int(0, 365) * MS_PER_DAY + rng.int(1, 8) * 3_600_000 + rng.int(0, 59) * 60_000;
    const flow = weighted(rng, REFERRAL_FLOWS);
    const consenter = family.members.find((m) => m.relationship !== 4) ?? family.members[0];
    const withoutConsent = urgency === 'EMERGENCY' && rng.chance(0.3);
    const id = fastUuid(rng);
    const senders = this.staffOf.get(from.agency.id) ?? [];
    const receivers = this.staffOf.get(to.agency.id) ?? [];
    let at = createdMs;
    let last = '';
    let acceptedDay = 0;
    flow.forEach((status, k) => {
      if (k > 0) at += rng.int(2, 72) * 3_600_000;
      const when = Math.min(at, this.anchorMs - 60_000);
      const bySender = status === 'SUBMITTED' || status === 'WITHDRAWN';
      const actors = bySender ? senders : receivers;
      last = new Date(when).toISOString();
      if (status === 'ACCEPTED') acceptedDay = Math.floor(when / MS_PER_DAY);
      this.out.event.write({
        id: fastUuid(rng),
        referral_id: id,
        at: last,
        action: ACTION_OF[status],
        from_status: k === 0 ? null : flow[k - 1],
        to_status: status,
        actor_staff_id: actors.length ? rng.pick(actors).id : null,
        actor_agency_id: bySender ? from.agency.id : to.agency.id,
        note: referralEventNote(status, k),
      });
    });
    const status = flow[flow.length - 1];
    const createdAt = new Date(createdMs).toISOString();
    const requested = to.agency.services.length ? rng.pick(to.agency.services) : null;
    this.out.referral.write({
      id,
      family_id: family.id,
      family_region: family.region,
      subject_ids: subjects.map((s) => s.id),
      from_agency_id: from.agency.id,
      to_agency_id: to.agency.id,
      requested_service_id: requested?.id ?? null,
      need_category: scenario?.need ?? rng.pick(OTHER_NEEDS),
      urgency,
      reason: scenario?.reason ?? 'The family needs support the sending agency does not offer; referred with the family’s agreement.',
      consent_given_by_id: withoutConsent ? null : consenter.id,
      consent_relationship: withoutConsent ? null : subjects.some((s) => s.id === consenter.id) ? 'SELF' : 'PARENT',
      consent_given_at: withoutConsent ? null : createdAt,
      consent_scope: withoutConsent ? null : 'Sharing the family’s records with the receiving agency for this referral',
      no_consent_reason: withoutConsent ? 'Immediate danger to the child; consent to be sought after placement' : null,
      status,
      respond_by: new Date(createdMs + RESPONSE_HOURS[urgency] * 3_600_000).toISOString(),
      outcome: status === 'COMPLETED' ? 'Service plan completed; family linked to follow-up support.' : status === 'DECLINED' ? 'Declined: outside the service area.' : null,
      decline_reason_code: status === 'DECLINED' ? rng.pick(DECLINE_REASONS) : null,
      created_at: createdAt,
      updated_at: last,
      version: flow.length,
    });
    // Roles are recorded on the episodes opened from referrals, as in the demo world.
    for (const s of subjects) this.out.subject.write({ referral_id: id, person_id: s.id, child_role: null });
    if (!acceptedDay) return null;
    const service = requested ?? to.agency.services[0];
    this.episode(family, to, service, subjects, acceptedDay, { id, fromAgencyId: from.agency.id });
    return { to };
  }

  private episode(
    family: BenchFamily,
    at: IndexedAgency,
    service: IndexedAgency['agency']['services'][number],
    participants: BenchFamily['members'],
    openedDay: number,
    referral: { id: string; fromAgencyId: string } | null,
  ): void {
    const rng = this.rng;
    const status = weighted(rng, EPISODE_STATUS);
    const closedDay = status === 'CLOSED' ? Math.min(openedDay + rng.int(7, 60), this.anchorDay - 1) : null;
    const workers = this.staffOf.get(at.agency.id) ?? [];
    const lead = workers.length ? rng.pick(workers) : null;
    const id = fastUuid(rng);
    // Drawn in the order the columns were written before roles moved to participants, so that the data set stays the same.
    const closureReason = status === 'CLOSED' ? rng.pick(CLOSURE_REASONS) : null;
    const role = service.requiresChildRole ? weighted(rng, CHILD_ROLES) : null;
    const notes = rng.chance(0.7) ? 'Home situation assessed; service plan agreed with the family.' : null;
    this.out.episode.write({
      id,
      family_id: family.id,
      family_region: family.region,
      participant_ids: participants.map((p) => p.id),
      service_id: service.id,
      agency_id: at.agency.id,
      status,
      opened_on: isoOfDay(openedDay),
      closed_on: closedDay === null ? null : isoOfDay(Math.max(closedDay, openedDay)),
      closure_reason: closureReason,
      lead_worker_id: lead?.id ?? null,
      notes,
      referral_id: referral?.id ?? null,
      referring_agency_id: referral?.fromAgencyId ?? null,
    });
    // Each child has their own role where the service records one: the drawn role for the first child,
    // a witness's for a sibling in the same matter; adults have none.
    let firstChild = true;
    for (const p of participants) {
      const childRole = service.requiresChildRole && p.isChild ? (firstChild ? role : 'WITNESS') : null;
      if (p.isChild) firstChild = false;
      this.out.participant.write({ episode_id: id, person_id: p.id, family_id: family.id, child_role: childRole });
    }
    if (status !== 'CLOSED' && lead) {
      const list = this.bookable.get(lead.id) ?? [];
      list.push({ id, familyId: family.id, region: family.region, referralId: referral?.id ?? null, serviceCategory: service.category });
      this.bookable.set(lead.id, list);
    }
  }
}
