import { createHash } from 'node:crypto';
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { SupergraphManager } from '@apollo/gateway';
import { logger } from '../../platform';

/** What readiness reports about the supergraph being served. */
export interface SupergraphState {
  file: string;
  /** The first 12 hex digits of the served supergraph's SHA-256. */
  served: string;
  /** The last reload that failed (the previous supergraph kept serving), until one succeeds. */
  lastReloadError: string | null;
}

const fingerprint = (sdl: string) => createHash('sha256').update(sdl).digest('hex').slice(0, 12);

/**
 * The gateway's supergraph from a file, reloaded when the file changes. Apollo's gateway swaps to the
 * new supergraph through its update callback: requests in flight finish on the plan they started with,
 * later ones are planned over the new one. A file that cannot be read or does not load keeps the
 * previous supergraph serving; the failure is logged and shown in readiness until a reload succeeds.
 * The file is polled (not watched through inotify), so a supergraph replaced by rename, on a mounted
 * volume or a ConfigMap, is seen too.
 */
export class SupergraphFile implements SupergraphManager {
  readonly state: SupergraphState;
  private stopWatching: (() => void) | null = null;

  constructor(
    private readonly file: string,
    private readonly pollMs = 500,
  ) {
    this.state = { file, served: '', lastReloadError: null };
  }

  async initialize({ update }: Parameters<SupergraphManager['initialize']>[0]) {
    const supergraphSdl = readFileSync(this.file, 'utf8');
    this.state.served = fingerprint(supergraphSdl);
    const listener = (current: { mtimeMs: number; size: number }, previous: { mtimeMs: number; size: number }) => {
      if (current.mtimeMs === previous.mtimeMs && current.size === previous.size) return;
      this.reload(update);
    };
    watchFile(this.file, { interval: this.pollMs, persistent: false }, listener);
    this.stopWatching = () => unwatchFile(this.file, listener);
    return { supergraphSdl, cleanup: async () => this.stopWatching?.() };
  }

  private reload(update: (sdl: string) => void): void {
    let sdl: string;
    try {
      sdl = readFileSync(this.file, 'utf8');
    } catch (err) {
      return this.failed(`cannot read ${this.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const next = fingerprint(sdl);
    if (next === this.state.served && this.state.lastReloadError === null) return;
    try {
      update(sdl);
    } catch (err) {
      return this.failed((err as Error).message.split('\n')[0]);
    }
    logger.info({ supergraph: next, previous: this.state.served }, 'supergraph reloaded');
    this.state.served = next;
    this.state.lastReloadError = null;
  }

  private failed(reason: string): void {
    this.state.lastReloadError = reason.slice(0, 300);
    logger.error({ supergraph: this.state.served, err: this.state.lastReloadError }, 'supergraph reload failed; the previous supergraph keeps serving');
  }
}
