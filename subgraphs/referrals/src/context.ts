import DataLoader from 'dataloader';
import { Caller, Database, groupLoader, RequestStores, rowLoader, SubgraphContext } from '../../kit';
import { ReferralEventRow, ReferralFollowUpRow, ReferralRepository, ReferralRow, ReferralSubjectRow } from './referral/referral.repository';

/** The repositories the referral services read through outside a transaction. */
export interface Repositories {
  referrals: ReferralRepository;
}

/** The referrals subgraph's request-scoped loaders: one query per batch. */
export interface Loaders {
  referral: DataLoader<string, ReferralRow | null>;
  /** A family's referrals, newest first, before visibility is applied. */
  familyReferrals: DataLoader<string, ReferralRow[]>;
  /** A referral's history, oldest first. */
  events: DataLoader<string, ReferralEventRow[]>;
  /** A referral's subjects with their roles. */
  subjects: DataLoader<string, ReferralSubjectRow[]>;
  /** A referral's follow-up dates, one per side that set one. */
  followUps: DataLoader<string, ReferralFollowUpRow[]>;
}

export type Context = SubgraphContext<Loaders, Repositories>;

export function createRequestStores(db: Database, _caller: Caller): RequestStores<Loaders, Repositories> {
  const referrals = new ReferralRepository(db);
  return {
    repos: { referrals },
    loaders: {
      referral: rowLoader(
        (ids) => referrals.findByIds(ids),
        (r) => r.id,
      ),
      familyReferrals: groupLoader(
        (ids) => referrals.byFamilyIds(ids),
        (r) => r.familyId,
      ),
      events: groupLoader(
        (ids) => referrals.eventsByReferralIds(ids),
        (e) => e.referralId,
      ),
      subjects: groupLoader(
        (ids) => referrals.subjectsByReferralIds(ids),
        (s) => s.referralId,
      ),
      followUps: groupLoader(
        (ids) => referrals.followUpsByReferralIds(ids),
        (f) => f.referralId,
      ),
    },
  };
}
