import { asUuid, Caller, ForbiddenError } from '../../kit';
import { AccessRole, inArea } from '../../../domain/access-roles';
import { EpisodeRow } from './episode/episode.repository';

/**
 * Who may see service episodes, one row per access role (need to know):
 * - ownAgency: episodes of the caller's own agency, sensitive fields included;
 * - area: every agency's episodes for families in the caller's area, sensitive fields (the children's
 *   roles, and the free text: case notes, the closure reason) redacted unless the caller's agency is
 *   the episode's agency (or, for the roles, sent the referral the episode was opened from).
 * The agency directory (agencies, services) is open to every authenticated caller.
 */
export const EPISODE_POLICY: Readonly<Record<AccessRole, { ownAgency: boolean; area: boolean }>> = {
  AGENCY_STAFF: { ownAgency: true, area: false },
  AGENCY_SYSTEM: { ownAgency: true, area: false },
  AREA_MANAGER: { ownAgency: true, area: true },
  REGISTRY_OFFICER: { ownAgency: false, area: false },
  AUDITOR: { ownAgency: false, area: false },
  CALENDAR_MANAGER: { ownAgency: false, area: false },
};

/** Whether the caller's agency is the episode's agency (and the caller's role lets them use that). */
export function isParty(caller: Caller, episode: EpisodeRow): boolean {
  // uuids compare case-insensitively: PostgreSQL returns them lower-case, a token may not.
  return caller.agencyId?.toLowerCase() === episode.agencyId.toLowerCase() && caller.roles.some((r) => EPISODE_POLICY[r].ownAgency);
}

export function canSeeEpisode(caller: Caller, episode: EpisodeRow): boolean {
  return isParty(caller, episode) || (caller.roles.some((r) => EPISODE_POLICY[r].area) && inArea(caller, episode.familyRegion));
}

/**
 * The one rule for every free-text field about an episode (its case notes, why it was closed): the
 * text for the agency delivering the episode; for anyone else a FORBIDDEN error, so the field answers
 * null with the error at its path. It is refused whether or not text was recorded, so that the refusal
 * itself does not tell an outsider that a note exists. `what` names the field in the error.
 */
export function caseText(caller: Caller, episode: EpisodeRow, text: string | null, what: string): string | null {
  if (!isParty(caller, episode)) throw new ForbiddenError(`only the agency delivering the episode sees ${what}`);
  return text;
}

/**
 * Who sees the children's roles in an episode (VICTIM, PERPETRATOR, WITNESS): the agencies that need
 * them to serve the child, namely the agency delivering the episode and, for an episode opened from a
 * referral, the agency that sent the referral (it asked for the service). Nobody else, not even a
 * manager of the family's area who sees the episode.
 */
export function canSeeChildRoles(caller: Caller, episode: EpisodeRow): boolean {
  if (isParty(caller, episode)) return true;
  const referring = episode.referringAgencyId;
  return referring !== null && caller.agencyId?.toLowerCase() === referring.toLowerCase() && caller.roles.some((r) => EPISODE_POLICY[r].ownAgency);
}

/**
 * The agency a caller may write episodes for: their own (the token's `agency`), with a role that works
 * that agency's episodes. Null for an auditor or a registry officer alone, and without an agency.
 */
export function actingAgency(caller: Caller): string | null {
  const agencyId = caller.agencyId ? asUuid(caller.agencyId) : null;
  return agencyId && caller.roles.some((r) => EPISODE_POLICY[r].ownAgency) ? agencyId : null;
}
