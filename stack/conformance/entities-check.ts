import { CheckRow, fail, pass, warn } from './check-row';
import { EntityType, FieldTypes } from './entity-types';
import { entitiesOperation, entryProblem, SentRepresentation, unknownRepresentation } from './representations';
import { describeAnswer, query } from './subgraph-client';

/**
 * The batch the _entities row sends: two unknown representations of every entity type, the types
 * taking turns, with the known ones between, so that an answer out of order shows.
 */
export function entitiesBatch(entities: readonly EntityType[], types: FieldTypes, known: readonly SentRepresentation[]): SentRepresentation[] {
  const unknown = (entity: EntityType): SentRepresentation => ({ representation: unknownRepresentation(entity, types), entity, known: false });
  const batch: SentRepresentation[] = entities.map(unknown);
  known.forEach((k, i) => batch.splice(Math.min(batch.length, 2 * i + 1), 0, k));
  batch.push(...entities.map(unknown));
  return batch;
}

/** The _entities row: one answer per representation, in order, each null or the entity it names. */
export async function entitiesCheck(url: string, entities: readonly EntityType[], types: FieldTypes, known: readonly SentRepresentation[], token: string): Promise<CheckRow> {
  const row = '_entities batch';
  if (entities.length === 0) return warn(row, 'the schema has no resolvable @key type, so there is no batch to check');
  const batch = entitiesBatch(entities, types, known);
  const answer = await query(url, entitiesOperation(entities), { representations: batch.map((b) => b.representation) }, token);
  const list = answer.body?.data?._entities;
  if (!Array.isArray(list)) return fail(row, `no _entities list in the answer (${describeAnswer(answer)})`);
  if (answer.body?.errors?.length) return fail(row, `answered ${batch.length} representations with errors (${describeAnswer(answer)})`);
  if (list.length !== batch.length) return fail(row, `answered ${list.length} entries to ${batch.length} representations`);
  const problems = batch.map((sent, i) => entryProblem(sent, list[i], i)).filter((p): p is string => p !== null);
  if (problems.length) return fail(row, problems.length > 1 ? `${problems[0]} (and ${problems.length - 1} more)` : problems[0]);
  const objects = list.filter((e) => e !== null).length;
  const typeNames = entities.map((e) => `${e.typename}${e.owned ? '' : ' (not owned)'}`).join(', ');
  return pass(row, `${batch.length} representations of ${typeNames}${known.length ? `, ${known.length} known` : ''}: one entry each, in order (${objects} objects, ${list.length - objects} null)`);
}
