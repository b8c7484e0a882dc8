import { CheckRow, pass, warn } from './check-row';
import { EntityType, FieldTypes } from './entity-types';
import { entitiesOperation, unknownRepresentation } from './representations';
import { query } from './subgraph-client';
import { ms, percentile } from './timing';

/** How many timed requests of each kind the p95 is taken over. */
export const LATENCY_SAMPLES = 20;
/** The batch size of the timed `_entities` requests: about what one family profile asks one subgraph for. */
export const LATENCY_BATCH = 20;

/**
 * The response-time row: p95 of a 20-representation `_entities` batch and of `_service`. Above the
 * limit it warns rather than fails: a time measured from one machine says as much about that machine
 * and the network as about the subgraph, and the batching row already fails the structural cause of
 * slow batches. The gateway's subgraph timeout is what finally bounds a slow subgraph.
 */
export async function latencyCheck(url: string, entities: readonly EntityType[], types: FieldTypes, token: () => Promise<string>, limitMs: number): Promise<CheckRow> {
  const row = 'response time';
  const entityTimes: number[] = [];
  const serviceTimes: number[] = [];
  const operation = entitiesOperation(entities);
  for (let i = 0; i < LATENCY_SAMPLES; i++) {
    if (entities.length) {
      const representations = Array.from({ length: LATENCY_BATCH }, (_, j) => unknownRepresentation(entities[j % entities.length], types));
      entityTimes.push((await query(url, operation, { representations }, await token())).ms);
    }
    serviceTimes.push((await query(url, '{ _service { sdl } }', undefined, await token())).ms);
  }
  const measured = [...(entities.length ? [{ what: `_entities of ${LATENCY_BATCH}`, p95: percentile(entityTimes, 95) }] : []), { what: '_service', p95: percentile(serviceTimes, 95) }];
  const detail = `p95 ${measured.map((m) => `${m.what} ${ms(m.p95)}`).join(', ')} (limit ${limitMs} ms)`;
  return measured.some((m) => m.p95 > limitMs) ? warn(row, `${detail}: slower than the gateway's budget for one subgraph fetch`) : pass(row, detail);
}
