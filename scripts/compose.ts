import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSupergraphConfig, SupergraphConfigError } from '../platform/supergraph-config';
import { composeSupergraph, SUPERGRAPH_FILE } from '../stack/supergraph';

/**
 * `npm run compose [-- --config FILE --output FILE]`: composes the subgraphs of the composition config
 * (default supergraph.yaml, or SATUPINTU_SUPERGRAPH_CONFIG) into the supergraph file (default
 * schema/supergraph.graphql), or prints the composition errors and fails. The file is replaced in one
 * rename, so a gateway watching it never reads half of it.
 */
const { values } = parseArgs({ options: { config: { type: 'string' }, output: { type: 'string' } } });
try {
  const config = readSupergraphConfig(values.config ? resolve(values.config) : undefined);
  const { supergraphSdl, errors, hints } = composeSupergraph({ config });
  for (const hint of hints) console.warn(`hint ${hint.definition.code}: ${hint.message}`);
  if (!supergraphSdl) {
    for (const error of errors) console.error(`error: ${error.message}`);
    process.exit(1);
  }
  const output = values.output ? resolve(values.output) : SUPERGRAPH_FILE;
  writeFileSync(`${output}.tmp`, supergraphSdl);
  renameSync(`${output}.tmp`, output);
  console.log(`composed ${config.subgraphs.map((s) => s.name).join(', ')} into ${output}`);
} catch (err) {
  if (!(err instanceof SupergraphConfigError)) throw err;
  console.error(`error: ${err.message}`);
  process.exit(1);
}
