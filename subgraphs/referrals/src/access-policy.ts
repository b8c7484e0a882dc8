import { asUuid, Caller, ForbiddenError } from '../../kit';
import { placesCovered } from '../../../domain/area-coverage';
import { AccessRole, inArea } from '../../../domain/access-roles';
import type { ReferralSide } from './referral/referral-state-machine';

/** What one access role grants over referrals. */
export interface ReferralRights {
  /** The referrals the caller's own agency sent or received, sensitive fields included. */
  party: boolean;
  /** Every agency's referrals about families in the caller's area, sensitive fields withheld. */
  area: boolean;
}

/**
 * Who may see which referrals, one row per access role: need to know, so an agency sees the referrals
 * it is party to and a cross-agency manager those of their area's families, without the free text. A
 * REGISTRY_OFFICER's grant is about identity numbers, not case records: a registry officer who also
 * works referrals holds AGENCY_STAFF as well. An AUDITOR reads the audit trail, never the records.
 */
export const REFERRAL_POLICY: Readonly<Record<AccessRole, ReferralRights>> = {
  AGENCY_STAFF: { party: true, area: false },
  AGENCY_SYSTEM: { party: true, area: false },
  AREA_MANAGER: { party: true, area: true },
  AUDITOR: { party: false, area: false },
  REGISTRY_OFFICER: { party: false, area: false },
  CALENDAR_MANAGER: { party: false, area: false },
};

/** The agencies party to a referral: the sender and the receiver. */
export interface ReferralParties {
  fromAgencyId: string;
  toAgencyId: string;
}

function grants(caller: Caller, right: keyof ReferralRights): boolean {
  return caller.roles.some((role) => REFERRAL_POLICY[role][right]);
}

/** uuids compare case-insensitively: PostgreSQL returns them lower-case, a token or a client may not. */
function sameId(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

/** Whether the caller acts for an agency party to the referral, with a role that sees such records. */
export function isParty(caller: Caller, referral: ReferralParties): boolean {
  return (sameId(caller.agencyId, referral.fromAgencyId) || sameId(caller.agencyId, referral.toAgencyId)) && grants(caller, 'party');
}

/** Whether the caller may see any referral at all; lets list fields skip a query that could only be filtered away. */
export function mayReadReferrals(caller: Caller): boolean {
  return grants(caller, 'party') || grants(caller, 'area');
}

/** A referral is visible to the agencies party to it and to managers of the family's area. */
export function canSeeReferral(caller: Caller, referral: ReferralParties & { familyRegion: string }): boolean {
  return isParty(caller, referral) || (grants(caller, 'area') && inArea(caller, referral.familyRegion));
}

/**
 * Whether the caller sees the free text of a referral: only the agencies party to it. A manager who
 * sees the referral through their area sees its structured fields (status, urgency, agencies, times)
 * and none of what a worker wrote about the family.
 */
export function canSeeSensitive(caller: Caller, referral: ReferralParties): boolean {
  return isParty(caller, referral);
}

/**
 * The one rule for every free-text field about a referral (why the family is referred, why it was
 * sent without consent, what the consent covers, the outcome or decline text, the notes of its
 * history): the text for the agencies party to it; for anyone else a FORBIDDEN error, so the field
 * answers null with the error at its path. It is refused whether or not text was recorded, so that
 * the refusal itself does not tell an outsider that a note exists. `what` names the field in the error.
 */
export function caseText(caller: Caller, referral: ReferralParties, text: string | null, what: string): string | null {
  if (!canSeeSensitive(caller, referral)) throw new ForbiddenError(`only the agencies party to the referral see ${what}`);
  return text;
}

/** A referral's parties and whether the family withdrew its consent. */
export interface ConsentedReferral extends ReferralParties {
  consentWithdrawnAt: Date | null;
}

/**
 * What the family agreed to share with the receiving agency (why it is referred, what the consent
 * covers): the rule of `caseText`, and once the family has withdrawn its consent, the receiving agency
 * no longer reads it (FORBIDDEN, as for anyone else who may not). The sending agency wrote it and keeps
 * reading it.
 */
export function consentedText(caller: Caller, referral: ConsentedReferral, text: string | null, what: string): string | null {
  const shown = caseText(caller, referral, text, what);
  if (referral.consentWithdrawnAt && sideOf(caller, referral) !== 'SENDER') {
    throw new ForbiddenError(`the family withdrew its consent: only the sending agency still sees ${what}`);
  }
  return shown;
}

/** Which of an agency's referrals a caller may list: all, those whose family region starts with a prefix, or none. */
export type QueueAccess = { areaPrefixes: string[] | null } | null;

/**
 * An agency's inbox and outbox: the agency's own callers see the whole queue (they are party to every
 * referral in it); a manager of another agency sees the referrals in their area; anyone else nothing.
 */
export function queueAccess(caller: Caller, agencyId: string): QueueAccess {
  if (sameId(caller.agencyId, agencyId) && grants(caller, 'party')) return { areaPrefixes: null };
  // The list's SQL matches region prefixes, so the area is spelt out with every place inside it (Sai Kung covers Tseung Kwan O).
  if (grants(caller, 'area')) return { areaPrefixes: placesCovered(caller.area) };
  return null;
}

/**
 * The agency a caller may write referrals for: their own (a token's `agency`), when their role works
 * referrals. Null for an auditor or a registry officer alone, and for a caller without an agency.
 */
export function actingAgency(caller: Caller): string | null {
  const agencyId = caller.agencyId ? asUuid(caller.agencyId) : null;
  return agencyId && grants(caller, 'party') ? agencyId : null;
}

/** The side of a referral the caller acts for, or null when their agency is not party to it. */
export function sideOf(caller: Caller, referral: ReferralParties): ReferralSide | null {
  const agencyId = actingAgency(caller);
  if (agencyId === null) return null;
  if (sameId(agencyId, referral.toAgencyId)) return 'RECEIVER';
  if (sameId(agencyId, referral.fromAgencyId)) return 'SENDER';
  return null;
}
