import DataLoader from 'dataloader';
import { Caller, Database, groupLoader, rowLoader, SubgraphContext } from '../../kit';
import { ReferralEventRow, ReferralRepository, ReferralRow } from './referral/referral.repository';

/** The referrals subgraph's request-scoped loaders: one query per batch. */
export interface Loaders {
  referrals: ReferralRepository;
  referral: DataLoader<string, ReferralRow | null>;
  /** A family's referrals, newest first, before visibility is applied. */
  familyReferrals: DataLoader<string, ReferralRow[]>;
  /** A referral's history, oldest first. */
  events: DataLoader<string, ReferralEventRow[]>;
}

export type Context = SubgraphContext<Loaders>;

export function createLoaders(db: Database, _caller: Caller): Loaders {
  const referrals = new ReferralRepository(db);
  return {
    referrals,
    referral: rowLoader((ids) => referrals.findByIds(ids), (r) => r.id),
    familyReferrals: groupLoader((ids) => referrals.byFamilyIds(ids), (r) => r.familyId),
    events: groupLoader((ids) => referrals.eventsByReferralIds(ids), (e) => e.referralId),
  };
}
