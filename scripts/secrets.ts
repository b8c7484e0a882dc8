import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { env, repoPath } from '../subgraphs/kit';

/** The embedded default's secrets: the bearer-token key and the gateway-to-subgraph key. */
export interface Secrets {
  jwtSecret: string;
  internalSecret: string;
}

/** The data folder of the embedded default (git-ignored). */
export function dataDir(): string {
  return env('SATUPINTU_DATA_DIR', repoPath('.data'))!;
}

/**
 * Secrets from the environment when given (servers mode), else generated once and kept in the data
 * folder (mode 600), so tokens printed by `npm run token` stay valid across restarts.
 */
export function loadSecrets(): Secrets {
  const fromEnv = { jwtSecret: env('SATUPINTU_JWT_SECRET'), internalSecret: env('SATUPINTU_INTERNAL_SECRET') };
  const file = join(dataDir(), 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  const secrets: Secrets = {
    jwtSecret: fromEnv.jwtSecret ?? stored.jwtSecret ?? randomBytes(32).toString('base64url'),
    internalSecret: fromEnv.internalSecret ?? stored.internalSecret ?? randomBytes(32).toString('base64url'),
  };
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}
