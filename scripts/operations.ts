import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../gateway/src/persisted-operations';
import { repoPath } from '../platform/paths';

/**
 * `npm run operations`: registers the operations in examples/ (and any .graphql folder given) as the
 * persisted-operation manifest the gateway accepts with SATUPINTU_PERSISTED_ONLY=true.
 */
const folders = process.argv.slice(2).length ? process.argv.slice(2) : [repoPath('examples')];
const operations: Record<string, string> = {};
for (const folder of folders) {
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const text = readFileSync(join(folder, file), 'utf8');
    operations[sha256(text)] = text;
  }
}
const out = repoPath('examples', 'persisted-operations.json');
writeFileSync(out, JSON.stringify({ operations }, null, 2) + '\n');
console.log(`wrote ${Object.keys(operations).length} operations to ${out}`);
