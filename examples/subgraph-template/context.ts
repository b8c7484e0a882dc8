import DataLoader from 'dataloader';
import type { JoiningContext } from '../../platform/joining-subgraph';
import { mayReadActivities } from './access-policy';
import { ActivityStore, AttendanceRow, CommunityActivityRow, isRecordId } from './activity-store';
import { FamilyReadAudit } from './audit';
import type { TemplateConfig } from './template-config';

/** The most keys one statement is given; a larger batch is split. */
const MAX_KEYS_PER_STATEMENT = 500;

/** The request's DataLoaders: fresh for each request, so nothing read for one caller reaches another. */
export interface TemplateLoaders {
  /** Activities by id: every activity of one request in one statement. */
  activities: DataLoader<string, CommunityActivityRow | null>;
  /** Attendance by SatuPintu family id: every family of one request in one statement. */
  attendance: DataLoader<string, AttendanceRow[]>;
}

export interface TemplateContext extends JoiningContext {
  /** Whether the caller may see the agency's activities (access-policy.ts). */
  mayRead: boolean;
  /** The agency's id in SatuPintu's directory: the agency of every activity. */
  agencyId: string;
  loaders: TemplateLoaders;
  /** The families this request read, written to the audit log before the answer leaves. */
  audit: FamilyReadAudit;
}

/** The request's context: the access decision, the loaders over the store and the request's audit. */
export function createTemplateContext(base: JoiningContext, store: ActivityStore, config: TemplateConfig): TemplateContext {
  const audit = new FamilyReadAudit(base.caller, base.requestId, base.clientRequestId);
  const activities = new DataLoader<string, CommunityActivityRow | null>((ids) => store.activitiesByIds(ids), { maxBatchSize: MAX_KEYS_PER_STATEMENT });
  const attendance = new DataLoader<string, AttendanceRow[]>(
    async (familyIds) => {
      const lists = await store.attendanceOf(familyIds);
      audit.record(familyIds.filter(isRecordId));
      // The activities came with the attendance: a later look-up of one of them needs no statement.
      for (const row of lists.flat()) activities.prime(row.activity.id, row.activity);
      return lists;
    },
    { maxBatchSize: MAX_KEYS_PER_STATEMENT },
  );
  return { ...base, mayRead: mayReadActivities(base.caller, config), agencyId: config.agencyId, loaders: { activities, attendance }, audit };
}
