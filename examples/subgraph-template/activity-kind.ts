/** The kinds of community activity (enum CommunityActivityKind); the store holds these words as they are. */
export const ACTIVITY_KINDS = ['PARENTING_CLASS', 'COMMUNITY_OUTREACH', 'SUPPORT_GROUP'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
