/**
 * What the benchmark dataset holds. DATASET_VERSION changes whenever the generator's output changes,
 * so that a dataset built by an older generator is rebuilt instead of reused.
 */
export const DATASET_VERSION = 1;

/** The dataset's size. Episodes and referrals are drawn per family, so their totals are close to, not exactly, these. */
export interface DatasetSize {
  families: number;
  /** About this many service episodes. */
  episodes: number;
  /** About this many referrals (each with 1-4 events, about 2.4 on average). */
  referrals: number;
  /** Staff members in all, the demo world's included. */
  staff: number;
  appointments: number;
}

/** The scale: 100,000 families, ~400,000 persons, 200,000 episodes, 150,000 referrals, 2,000 staff, 1,000,000 appointments. */
export const FULL_SIZE: DatasetSize = { families: 100_000, episodes: 200_000, referrals: 150_000, staff: 2_000, appointments: 1_000_000 };

/** A tenth of the scale, for iterating on the benchmark itself (--quick). */
export const QUICK_SIZE: DatasetSize = { families: 10_000, episodes: 20_000, referrals: 15_000, staff: 2_000, appointments: 100_000 };

/** The generator's seed; the same seed and anchor date give the same rows on every machine. */
export const DATASET_SEED = 8_2026_1123;
