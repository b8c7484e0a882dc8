/**
 * Half-open time intervals [start, end) in epoch milliseconds: an appointment ending at 10:00 and one
 * starting at 10:00 do not overlap, exactly as tstzrange(starts_at, ends_at, '[)') in the database's
 * exclusion constraint. Lists named "merged" are sorted, non-empty, and neither overlap nor touch.
 */
export interface Interval {
  start: number;
  end: number;
}

/** Whether two intervals share an instant (touching ends do not). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sorts, drops empty intervals, and joins those that overlap or touch. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** What is left of merged `from` once merged `remove` is taken out. */
export function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let r = 0;
  for (const interval of from) {
    let cursor = interval.start;
    while (r < remove.length && remove[r].end <= cursor) r++;
    for (let k = r; k < remove.length && remove[k].start < interval.end; k++) {
      if (remove[k].start > cursor) result.push({ start: cursor, end: remove[k].start });
      cursor = Math.max(cursor, remove[k].end);
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/** The parts of merged intervals inside [lo, hi). */
export function clipIntervals(intervals: readonly Interval[], lo: number, hi: number): Interval[] {
  const clipped: Interval[] = [];
  for (const { start, end } of intervals) {
    const s = Math.max(start, lo);
    const e = Math.min(end, hi);
    if (e > s) clipped.push({ start: s, end: e });
  }
  return clipped;
}

/** Whether one of the merged intervals holds the whole of `inner`. */
export function covers(intervals: readonly Interval[], inner: Interval): boolean {
  return intervals.some((i) => i.start <= inner.start && inner.end <= i.end);
}

/** The summed length of merged intervals, in milliseconds. */
export function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, i) => sum + (i.end - i.start), 0);
}
