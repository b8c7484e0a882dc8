import { buildSubgraph, Database, databaseUrlFor, Subgraph } from '../../kit';
import { Agency } from './agency.resolvers';
import { createRequestStores } from './context';
import { Family } from './family.resolvers';
import { Referrals1763856000200 } from './migrations/1763856000200-referrals';
import { ReferralWorkflow1763856000210 } from './migrations/1763856000210-referral-workflow';
import { ReferralSubjects1763856000220 } from './migrations/1763856000220-referral-subjects';
import { ReferralFollowThrough1763856000230 } from './migrations/1763856000230-referral-follow-through';
import { ReferralQueueCounts1763856000240 } from './migrations/1763856000240-referral-queue-counts';
import { Mutation } from './mutation.resolvers';
import { Query } from './query.resolvers';
import { ReferralEventEntity, ReferralEntity, ReferralFollowUpEntity, ReferralSubjectEntity } from './referral/referral.entity';
import { ReferralEvent } from './referral/referral-event.resolvers';
import { Consent, Referral, ReferralSubject } from './referral/referral.resolvers';
import { FamilyAuditTrail } from './family-audit-trail.resolvers';

export const ENTITIES = [ReferralEntity, ReferralEventEntity, ReferralSubjectEntity, ReferralFollowUpEntity];
export const MIGRATIONS = [Referrals1763856000200, ReferralWorkflow1763856000210, ReferralSubjects1763856000220, ReferralFollowThrough1763856000230, ReferralQueueCounts1763856000240];

/** Builds the referrals subgraph (the integrated referral system) on its own database. */
export function buildReferralsSubgraph(url = databaseUrlFor('referrals')): Subgraph {
  if (!url) throw new Error('REFERRALS_DATABASE_URL is not set');
  const db = new Database({ name: 'referrals', url, entities: ENTITIES, migrations: MIGRATIONS });
  return buildSubgraph({ name: 'referrals', db, resolvers: { Query, Mutation, FamilyAuditTrail, Referral, ReferralEvent, ReferralSubject, Consent, Agency, Family }, stores: createRequestStores });
}
