import { nextWindow, RateWindow } from './rate-window';

/** Where the gateway counts requests per key: this process's memory, or a database its replicas share. */
export interface RateStore {
  /** Counts one request against each of the (distinct) keys at `now`; answers each key's window, in the order given. */
  hit(keys: readonly string[], now: number, windowMs: number): Promise<RateWindow[]>;
  close(): Promise<void>;
}

/**
 * The counters of a gateway that runs alone: a map in memory, with the same window rule as the shared
 * store. Keys whose window has ended are swept once per window, so the map holds only recent callers.
 */
export class MemoryRateStore implements RateStore {
  private readonly windows = new Map<string, RateWindow>();
  private nextSweep = 0;

  hit(keys: readonly string[], now: number, windowMs: number): Promise<RateWindow[]> {
    if (now >= this.nextSweep) {
      for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
      this.nextSweep = now + windowMs;
    }
    return Promise.resolve(
      keys.map((key) => {
        const window = nextWindow(this.windows.get(key), now, windowMs);
        this.windows.set(key, window);
        return window;
      }),
    );
  }

  close(): Promise<void> {
    this.windows.clear();
    return Promise.resolve();
  }
}
