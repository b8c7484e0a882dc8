import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';
import webConfig from '../web/codegen';
import { repoPath } from '../platform/paths';
import { composeSupergraph, SUPERGRAPH_FILE } from '../stack/supergraph';

/** web/persisted-operations.json as web/persisted-manifest.mjs writes it from the persisted documents. */
function webManifestText(documents: Record<string, string>): string {
  const operations = Object.fromEntries(Object.entries(documents).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ operations }, null, 2) + '\n';
}

/**
 * Part of `npm run check`: fails when a generated file no longer matches the SDL it comes from
 * (the resolver types of each subgraph, the composed supergraph, and the web app's typed operations
 * and persisted-operations manifest).
 */
async function main(): Promise<void> {
  const stale: string[] = [];
  const outputs = (await generate({ ...config, cwd: repoPath() }, false)) as Array<{ filename: string; content: string }>;
  for (const { filename, content } of outputs) {
    if (readFileSync(repoPath(filename), 'utf8') !== content) stale.push(`${filename} (run npm run codegen)`);
  }
  // The web app's typed operations and persisted documents (npm run codegen:web), and its manifest.
  const webOutputs = (await generate({ ...webConfig, cwd: repoPath() }, false)) as Array<{ filename: string; content: string }>;
  for (const { filename, content } of webOutputs) {
    if (readFileSync(repoPath(filename), 'utf8') !== content) stale.push(`${filename} (run npm run codegen:web)`);
  }
  const documents = webOutputs.find((o) => o.filename.endsWith('persisted-documents.json'));
  if (documents && readFileSync(repoPath('web', 'persisted-operations.json'), 'utf8') !== webManifestText(JSON.parse(documents.content) as Record<string, string>)) {
    stale.push('web/persisted-operations.json (run npm run codegen:web)');
  }
  const { supergraphSdl, errors } = composeSupergraph();
  if (!supergraphSdl) stale.push(`schema/supergraph.graphql: composition fails: ${errors.map((e) => e.message).join('; ')}`);
  else if (readFileSync(SUPERGRAPH_FILE, 'utf8') !== supergraphSdl) stale.push('schema/supergraph.graphql (run npm run compose)');
  if (stale.length) {
    console.error(`Generated files are stale:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Generated files match the SDL (${outputs.length} resolver type files, the supergraph, ${webOutputs.length} web app files).`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
