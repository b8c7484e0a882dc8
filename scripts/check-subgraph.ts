import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SupergraphConfigError } from '../platform/supergraph-config';
import { checkSubgraph } from '../stack/conformance/check-subgraph';
import { anyFailed, formatReport } from '../stack/conformance/report';
import { parseKnown } from '../stack/conformance/representations';
import { hasSigningKey, MissingSigningKeyError } from '../stack/conformance/tokens';
import { secretsFile, storedSecrets } from '../stack/secrets';
import { readSchemaFile } from '../stack/supergraph';

const USAGE = `usage: npm run check-subgraph -- --name NAME --url URL --schema FILE [options]

  --name NAME            the subgraph's name (its identity tokens' audience; a committed name replaces that subgraph)
  --url URL              its GraphQL URL, e.g. http://127.0.0.1:4010/graphql
  --schema FILE          its SDL as it will be committed
  --known Type:id        an entity it holds, expected as an object (repeatable)
  --as-agency UUID       the agency the check's caller acts for
  --jurisdiction ID|HK   the check's caller's jurisdiction (default ID)
  --batch-ratio N        largest accepted time ratio of 100 representations to 1 (default 8)
  --p95-ms N             the p95 above which the response-time row warns (default 250)

Signs as the gateway does, with SATUPINTU_IDENTITY_PRIVATE_KEY, or else with the key pair of the
embedded install in the data folder (what \`npm start\` made). Exit code 0 when no row fails, 1 when
one does, 2 when the check cannot run.`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A refusal of the command line: printed with the usage, exit code 2. */
class UsageError extends Error {}

function positiveNumber(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${option} must be a positive number, not "${value}"`);
  return n;
}

const OPTIONS = {
  name: { type: 'string' },
  url: { type: 'string' },
  schema: { type: 'string' },
  known: { type: 'string', multiple: true },
  'as-agency': { type: 'string' },
  jurisdiction: { type: 'string' },
  'batch-ratio': { type: 'string' },
  'p95-ms': { type: 'string' },
  help: { type: 'boolean' },
} as const;

/** The command line, read with node:util; an unknown option or a missing value is a UsageError. */
function parseOptions() {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/**
 * `npm run check-subgraph`: runs the subgraph conformance check against a running subgraph and
 * prints the table of rows; exit code 1 when a row fails.
 */
async function main(): Promise<number> {
  const { values } = parseOptions();
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { name, url, schema } = values;
  if (!name || !url || !schema) throw new UsageError('--name, --url and --schema are required');
  if (!/^https?:\/\/\S+$/.test(url)) throw new UsageError(`--url must be an http(s) URL, not "${url}"`);
  const agencyId = values['as-agency'];
  if (agencyId !== undefined && !UUID.test(agencyId)) throw new UsageError(`--as-agency must be an agency's UUID, not "${agencyId}"`);
  const jurisdiction = values.jurisdiction;
  if (jurisdiction !== undefined && jurisdiction !== 'ID' && jurisdiction !== 'HK') throw new UsageError(`--jurisdiction must be ID or HK, not "${jurisdiction}"`);
  let known;
  try {
    known = (values.known ?? []).map(parseKnown);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const stored = storedSecrets().identityPrivateKey;
  if (!hasSigningKey() && stored) {
    process.env.SATUPINTU_IDENTITY_PRIVATE_KEY = stored;
    console.log(`Signing with the embedded install's identity key (${secretsFile()}).`);
  }
  const rows = await checkSubgraph({
    name,
    url,
    typeDefs: readSchemaFile(resolve(schema)),
    known,
    agencyId,
    jurisdiction,
    batchRatioLimit: positiveNumber('batch-ratio', values['batch-ratio']),
    p95LimitMs: positiveNumber('p95-ms', values['p95-ms']),
    log: (line) => console.log(line),
  });
  console.log(formatReport(name, url, rows));
  return anyFailed(rows) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    if (err instanceof UsageError) console.error(`${err.message}\n\n${USAGE}`);
    else if (err instanceof MissingSigningKeyError || err instanceof SupergraphConfigError) console.error(err.message);
    else console.error(`the check could not run: ${err.message}`);
    process.exit(2);
  },
);
