import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from '../stack/supergraph';

/** `npm run compose`: writes schema/supergraph.graphql, or prints composition errors and fails. */
const { supergraphSdl, errors, hints } = composeSupergraph();
for (const hint of hints) console.warn(`hint ${hint.definition.code}: ${hint.message}`);
if (!supergraphSdl) {
  for (const error of errors) console.error(`error: ${error.message}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
console.log(`wrote ${SUPERGRAPH_FILE}`);
