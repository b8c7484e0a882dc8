import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { repoPath } from '../../subgraphs/kit';

/** A service of docker-compose.yml, after YAML anchors and merge keys are resolved. */
export interface ComposeService {
  image?: string;
  build?: unknown;
  pull_policy?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  volumes?: string[];
}

export const COMPOSE_FILE = repoPath('docker-compose.yml');

/** docker-compose.yml as Compose reads it, before variable substitution. */
export function readCompose(): { services: Record<string, ComposeService> } {
  return parse(readFileSync(COMPOSE_FILE, 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
}

/** The `${NAME...}` substitutions docker-compose.yml uses, by variable name. */
export function composeVariables(): string[] {
  const text = readFileSync(COMPOSE_FILE, 'utf8');
  return [...new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

/** .env.example's variables and their placeholder values (KEY=VALUE lines; comments and blanks skipped). */
export function readEnvExample(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of readFileSync(repoPath('.env.example'), 'utf8').split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) vars[match[1]] = match[2];
  }
  return vars;
}

/**
 * Compose's substitution of `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?message}` and
 * `${NAME?message}` (and `$$` for a dollar sign), as it applies .env to the file: a required variable
 * that is missing throws, as `docker compose` refuses to start.
 */
export function substitute(value: string, vars: Record<string, string | undefined>): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g, (whole, name: string | undefined, colon: string, op: string, arg: string) => {
    if (whole === '$$') return '$';
    const raw = vars[name!];
    const unset = raw === undefined || (colon === ':' && raw === '');
    if (!unset) return raw;
    if (op === '?') throw new Error(`${name}: ${arg || 'required'}`);
    return op === '-' ? arg : '';
  });
}

/** A service's environment with the substitutions applied. */
export function serviceEnvironment(service: ComposeService, vars: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, substitute(String(v), vars)]));
}

/** The ENV settings of the Dockerfile's last stage (the image every SatuPintu service runs). */
export function imageEnvironment(): Record<string, string> {
  const text = readFileSync(repoPath('Dockerfile'), 'utf8');
  const lastStage = text.slice(text.lastIndexOf('\nFROM '));
  const env: Record<string, string> = {};
  for (const [, settings] of lastStage.matchAll(/^ENV\s+(.+)$/gm)) {
    for (const [, key, value] of settings.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=(\S*)/g)) env[key] = value;
  }
  return env;
}

/** The names of SatuPintu's services: those that run the image built from the Dockerfile. */
export function satupintuServices(services: Record<string, ComposeService>): string[] {
  return Object.keys(services).filter((name) => name !== 'postgres');
}
