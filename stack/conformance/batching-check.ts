import { CheckRow, fail, pass, warn } from './check-row';
import { EntityType, FieldTypes } from './entity-types';
import { entitiesOperation, unknownRepresentation } from './representations';
import { describeAnswer, query } from './subgraph-client';
import { median, ms } from './timing';

/** How many rounds of each batch size are timed, after one warm-up round. */
export const BATCH_ROUNDS = 5;
/** The large batch: what one unified profile query can send a subgraph for one entity type. */
export const LARGE_BATCH = 100;
/**
 * The smallest 1-representation time the ratio divides by: on loopback a subgraph can answer in well
 * under a millisecond, and a ratio over such a time measures the JSON of 100 representations (which a
 * busy machine can stretch past 10 ms), not the look-ups. Look-ups one by one still show: 100 of
 * them at half a millisecond each already take ten times this floor.
 */
const FLOOR_MS = 5;

/** The medians of one entity type's 1- and 100-representation batches. */
export interface BatchTiming {
  typename: string;
  single: number;
  large: number;
  ratio: number;
}

/** Times `_entities` for one entity type with fresh unknown keys each round (so no cache answers it). */
export async function timeEntityType(url: string, entity: EntityType, types: FieldTypes, token: () => Promise<string>): Promise<BatchTiming> {
  const operation = entitiesOperation([entity]);
  const send = async (size: number) => {
    const representations = Array.from({ length: size }, () => unknownRepresentation(entity, types));
    const answer = await query(url, operation, { representations }, await token());
    const list = answer.body?.data?._entities;
    if (!Array.isArray(list) || list.length !== size) throw new Error(`${entity.typename}: a batch of ${size} was not answered (${describeAnswer(answer)})`);
    return answer.ms;
  };
  await send(1);
  await send(LARGE_BATCH);
  const single: number[] = [];
  const large: number[] = [];
  for (let round = 0; round < BATCH_ROUNDS; round++) {
    single.push(await send(1));
    large.push(await send(LARGE_BATCH));
  }
  const s = median(single);
  const l = median(large);
  return { typename: entity.typename, single: s, large: l, ratio: l / Math.max(s, FLOOR_MS) };
}

/**
 * The batching row. A subgraph must resolve a batch of references with one look-up (a DataLoader over
 * `WHERE id = ANY($1)`), not one per reference; from outside that shows as time: the median of a
 * 100-representation batch against that of a single one, per entity type, the worst reported.
 */
export async function batchingCheck(url: string, entities: readonly EntityType[], types: FieldTypes, token: () => Promise<string>, limit: number): Promise<CheckRow> {
  const row = 'batching';
  if (entities.length === 0) return warn(row, 'the schema has no resolvable @key type, so there is no batch to time');
  const timings: BatchTiming[] = [];
  try {
    for (const entity of entities) timings.push(await timeEntityType(url, entity, types, token));
  } catch (err) {
    return fail(row, (err as Error).message);
  }
  const worst = timings.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const detail = `${worst.typename}: ${LARGE_BATCH} representations take ${worst.ratio.toFixed(1)}x one (median ${ms(worst.large)} vs ${ms(worst.single)}; limit ${limit}x)`;
  return worst.ratio > limit ? fail(row, `${detail}: references look resolved one by one`) : pass(row, detail);
}
