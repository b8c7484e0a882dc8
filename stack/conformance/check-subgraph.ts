import { batchingCheck } from './batching-check';
import { CheckOptions, DEFAULT_BATCH_RATIO_LIMIT, DEFAULT_P95_LIMIT_MS } from './check-options';
import { CheckRow, fail } from './check-row';
import { composeCheck } from './compose-check';
import { entitiesCheck } from './entities-check';
import { entityTypes, fieldTypes } from './entity-types';
import { healthCheck } from './health-check';
import { identityChecks } from './identity-check';
import { latencyCheck } from './latency-check';
import { maskingCheck } from './masking-check';
import { knownRepresentation } from './representations';
import { serviceCheck } from './service-check';
import { conformanceCaller, conformanceTokens } from './tokens';

export type { CheckOptions } from './check-options';
export type { CheckRow, CheckStatus } from './check-row';

/** A row whose check could not run to the end (the subgraph did not answer, ...) fails with the reason. */
async function guarded(name: string, check: () => Promise<CheckRow | CheckRow[]>): Promise<CheckRow[]> {
  try {
    const result = await check();
    return Array.isArray(result) ? result : [result];
  } catch (err) {
    return [fail(name, `could not be checked: ${(err as Error).message}`)];
  }
}

/**
 * Runs the subgraph conformance check against a candidate: composition with the committed
 * subgraphs, refusal of every identity token the gateway would not send, `_service`, `_entities`
 * answers and batching, error masking, health and response time. Throws before any request for
 * what makes the check impossible: no signing key (MissingSigningKeyError), or a `known` entity the
 * schema cannot resolve.
 */
export async function checkSubgraph(options: CheckOptions): Promise<CheckRow[]> {
  const { name, url, typeDefs } = options;
  const log = options.log ?? (() => undefined);
  const entities = entityTypes(typeDefs);
  const types = fieldTypes(typeDefs);
  const known = (options.known ?? []).map((k) => knownRepresentation(k, entities));
  const tokens = await conformanceTokens(conformanceCaller({ agencyId: options.agencyId, jurisdiction: options.jurisdiction }), name);
  const compose = composeCheck(name, url, typeDefs, log);
  const rows: CheckRow[] = [compose.row];
  rows.push(...(await guarded('identity', () => identityChecks(url, tokens, entities, types))));
  rows.push(...(await guarded('_service', async () => serviceCheck(name, url, typeDefs, compose.supergraphSdl, await tokens.valid()))));
  rows.push(...(await guarded('_entities batch', async () => entitiesCheck(url, entities, types, known, await tokens.valid()))));
  rows.push(...(await guarded('batching', () => batchingCheck(url, entities, types, tokens.valid, options.batchRatioLimit ?? DEFAULT_BATCH_RATIO_LIMIT))));
  rows.push(...(await guarded('error masking', () => maskingCheck(url, entities, tokens.valid))));
  rows.push(...(await guarded('health', () => healthCheck(url))));
  rows.push(...(await guarded('response time', () => latencyCheck(url, entities, types, tokens.valid, options.p95LimitMs ?? DEFAULT_P95_LIMIT_MS))));
  return rows;
}
