/** Longest note or reason text a referral's history entry takes. */
export const MAX_NOTE = 2000;
