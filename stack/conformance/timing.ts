/** The median of a list of durations (milliseconds). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** A percentile of a list of durations by the nearest-rank method (p95 of 20 samples is the 19th). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Milliseconds with one decimal, for a detail line. */
export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
