import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { composeToFile } from '../stack/compose-to-file';
import { SUPERGRAPH_FILE } from '../stack/supergraph';

/**
 * `npm run compose [-- --config FILE --output FILE]`: composes the subgraphs of the composition config
 * (default supergraph.yaml, or SATUPINTU_SUPERGRAPH_CONFIG) into the supergraph file (default
 * schema/supergraph.graphql), or prints the composition errors and fails. The file is replaced in one
 * rename, so a gateway watching it never reads half of it.
 */
const { values } = parseArgs({ options: { config: { type: 'string' }, output: { type: 'string' } } });
const output = values.output ? resolve(values.output) : SUPERGRAPH_FILE;
const { subgraphs, hints, errors } = composeToFile(output, { configFile: values.config ? resolve(values.config) : undefined });
for (const hint of hints) console.warn(`hint ${hint}`);
for (const error of errors) console.error(`error: ${error}`);
if (errors.length) process.exit(1);
console.log(`composed ${subgraphs.join(', ')} into ${output}`);
