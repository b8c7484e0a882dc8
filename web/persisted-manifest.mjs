// Turns the client preset's persisted documents (web/src/gql/persisted-documents.json: sha256 → text)
// into the gateway's manifest format ({ operations: { sha256: text } }), checking every hash.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const documents = JSON.parse(readFileSync('web/src/gql/persisted-documents.json', 'utf8'));
const operations = {};
for (const [hash, text] of Object.entries(documents).sort(([a], [b]) => a.localeCompare(b))) {
  if (createHash('sha256').update(text).digest('hex') !== hash) throw new Error(`persisted document ${hash} does not match its text`);
  operations[hash] = text;
}
writeFileSync('web/persisted-operations.json', JSON.stringify({ operations }, null, 2) + '\n');
console.log(`web/persisted-operations.json: ${Object.keys(operations).length} operations`);
