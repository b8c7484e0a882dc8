import { bulkInsertRows, Sql } from '../../kit';
import type { World } from '../../../demo/world-types';
import type { NeedCategory } from './generated/graphql';
import { BACKFILL_START_BY } from './referral/referral-start-by';
import { REFERRAL_EVENT_PROPERTIES, REFERRAL_RECORD_PROPERTIES, ReferralEntity, ReferralEventEntity, ReferralSubjectEntity } from './referral/referral.entity';

/** A seed interrupted half-way can be run again: rows already written are kept. */
const ONCE = { onConflict: 'ON CONFLICT (id) DO NOTHING' };
const ONCE_PER_SUBJECT = { onConflict: 'ON CONFLICT (referral_id, person_id) DO NOTHING' };

/** Writes the demo world's referrals and their histories, a chunk of rows per statement. */
export async function seedReferrals(sql: Sql, world: World): Promise<void> {
  // The world's scenarios spell needs as plain strings; the table's check constraint holds them to the categories.
  await bulkInsertRows(
    sql,
    ReferralEntity,
    REFERRAL_RECORD_PROPERTIES,
    world.referrals.map((r) => ({ ...r, needCategory: r.needCategory as NeedCategory })),
    ONCE,
  );
  // The demo's referrals name their subjects without roles: the roles are recorded on the episodes opened from them.
  const subjects = world.referrals.flatMap((r) => r.subjectIds.map((personId) => ({ referralId: r.id, personId, childRole: null })));
  await bulkInsertRows(sql, ReferralSubjectEntity, ['referralId', 'personId', 'childRole'], subjects, ONCE_PER_SUBJECT);
  const events = world.referrals.flatMap((r) => r.events.map((e) => ({ ...e, referralId: r.id })));
  await bulkInsertRows(sql, ReferralEventEntity, REFERRAL_EVENT_PROPERTIES, events, ONCE);
  // The world's accepted referrals carry no start-by time: it follows from their acceptance.
  await sql.query(BACKFILL_START_BY, [], 'referral_seed_start_by');
}
