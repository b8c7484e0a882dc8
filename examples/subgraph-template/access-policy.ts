import type { Caller } from '../../platform';
import type { TemplateConfig } from './template-config';

/**
 * Who may see the agency's community activities and the families that attended them: its own staff
 * and its own systems, acting for it in its jurisdiction. Anyone else, including a caller whose token
 * names the agency under the other jurisdiction, sees none: a family's list is empty and an activity
 * answers null, as if there were none, so that the answer does not tell whether there are.
 */
export function mayReadActivities(caller: Caller, config: Pick<TemplateConfig, 'agencyId' | 'jurisdiction'>): boolean {
  const ownAgency = caller.agencyId !== null && caller.agencyId.toLowerCase() === config.agencyId;
  const actsForIt = caller.roles.includes('AGENCY_STAFF') || caller.roles.includes('AGENCY_SYSTEM');
  return ownAgency && actsForIt && caller.jurisdiction === config.jurisdiction;
}
