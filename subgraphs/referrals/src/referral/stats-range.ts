import { invalid } from '../../../kit';

/** The longest range one stats request covers, so that a request cannot scan an agency's whole history. */
export const MAX_STATS_DAYS = 366;

/** A half-open time range [from, to). */
export interface StatsRange {
  from: Date;
  to: Date;
}

/** Checks a stats range: both instants valid, `to` after `from`, at most MAX_STATS_DAYS long. */
export function statsRange(from: Date | string, to: Date | string): StatsRange {
  const range = { from: new Date(from), to: new Date(to) };
  if (Number.isNaN(range.from.getTime())) throw invalid('from', 'DATE_FORMAT', 'must be an ISO 8601 date-time');
  if (Number.isNaN(range.to.getTime())) throw invalid('to', 'DATE_FORMAT', 'must be an ISO 8601 date-time');
  const span = range.to.getTime() - range.from.getTime();
  if (span <= 0) throw invalid('to', 'RANGE_ORDER', 'must be after from');
  if (span > MAX_STATS_DAYS * 86_400_000) throw invalid('to', 'RANGE_TOO_LONG', `must be at most ${MAX_STATS_DAYS} days after from`);
  return range;
}
