import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen';
import { repoPath } from '../platform/paths';
import { composeSupergraph, SUPERGRAPH_FILE } from '../stack/supergraph';

/**
 * Part of `npm run check`: fails when a generated file no longer matches the SDL it comes from
 * (the resolver types of each subgraph, and the composed supergraph).
 */
async function main(): Promise<void> {
  const stale: string[] = [];
  const outputs = (await generate({ ...config, cwd: repoPath() }, false)) as Array<{ filename: string; content: string }>;
  for (const { filename, content } of outputs) {
    if (readFileSync(repoPath(filename), 'utf8') !== content) stale.push(`${filename} (run npm run codegen)`);
  }
  const { supergraphSdl, errors } = composeSupergraph();
  if (!supergraphSdl) stale.push(`schema/supergraph.graphql: composition fails: ${errors.map((e) => e.message).join('; ')}`);
  else if (readFileSync(SUPERGRAPH_FILE, 'utf8') !== supergraphSdl) stale.push('schema/supergraph.graphql (run npm run compose)');
  if (stale.length) {
    console.error(`Generated files are stale:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Generated files match the SDL (${outputs.length} resolver type files, the supergraph).`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
