import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file holding package.json (works from src and dist). */
function findRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('SatuPintu: package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

const ROOT = findRoot();

/** A path inside the repository, e.g. repoPath('schema', 'families.graphql'). */
export function repoPath(...parts: string[]): string {
  return resolve(ROOT, ...parts);
}
