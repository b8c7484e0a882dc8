import { randomInt, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Kind, SelectionSetNode } from 'graphql';
import { EntityType, FieldTypes, namedType } from './entity-types';

/** A representation as `_entities` receives it: `__typename` and the key's fields. */
export type Representation = { __typename: string } & Record<string, unknown>;

/** A representation the check sends, and whether the candidate is expected to hold it. */
export interface SentRepresentation {
  representation: Representation;
  entity: EntityType;
  /** Given with `--known`: the candidate should answer it with an object. */
  known: boolean;
}

/** A value no record has, of a key field's type: a random UUID for ID and String keys. */
function unknownValue(type: string): unknown {
  if (type === 'Int') return randomInt(1_000_000_000, 2_000_000_000);
  if (type === 'Float') return randomInt(1_000_000_000, 2_000_000_000) + 0.5;
  if (type === 'Boolean') return true;
  return randomUUID();
}

function unknownKeyValues(selection: SelectionSetNode, typename: string, types: FieldTypes): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const node of selection.selections) {
    if (node.kind !== Kind.FIELD) continue;
    const type = types.get(typename)?.get(node.name.value);
    const named = type ? namedType(type) : 'ID';
    values[node.name.value] = node.selectionSet ? unknownKeyValues(node.selectionSet, named, types) : unknownValue(named);
  }
  return values;
}

/** A representation of an entity with key values no record has (random UUIDs for ID fields). */
export function unknownRepresentation(entity: EntityType, types: FieldTypes): Representation {
  return { __typename: entity.typename, ...unknownKeyValues(entity.selection, entity.typename, types) };
}

/** A `--known Type:id` option: an entity the candidate holds, by the one field of its key. */
export interface KnownEntity {
  typename: string;
  id: string;
}

/** Reads `Type:id`; throws with the reason when it is not that. */
export function parseKnown(text: string): KnownEntity {
  const at = text.indexOf(':');
  if (at <= 0 || at === text.length - 1) throw new Error(`--known ${text}: expected Type:id, e.g. Family:52907818-…`);
  return { typename: text.slice(0, at), id: text.slice(at + 1) };
}

/** The representation of a known entity; its type must have a key of one field. */
export function knownRepresentation(known: KnownEntity, entities: readonly EntityType[]): SentRepresentation {
  const entity = entities.find((e) => e.typename === known.typename);
  if (!entity) throw new Error(`--known ${known.typename}:${known.id}: the schema has no resolvable entity type ${known.typename}`);
  const fields = entity.selection.selections;
  if (fields.length !== 1 || fields[0].kind !== Kind.FIELD || fields[0].selectionSet) {
    throw new Error(`--known ${known.typename}:${known.id}: its key is "${entity.fields}"; --known takes types keyed by one field`);
  }
  return { representation: { __typename: entity.typename, [fields[0].name.value]: known.id }, entity, known: true };
}

/** The `_entities` operation selecting `__typename` and the key fields of each entity type. */
export function entitiesOperation(entities: readonly EntityType[]): string {
  const fragments = [...new Map(entities.map((e) => [e.typename, e])).values()].map((e) => `... on ${e.typename} { ${e.fields} }`);
  return `query ConformanceEntities($representations: [_Any!]!) { _entities(representations: $representations) { __typename ${fragments.join(' ')} } }`;
}

/** Why one `_entities` entry does not answer its representation, or null when it does. */
export function entryProblem(sent: SentRepresentation, entry: unknown, index: number): string | null {
  const { representation, entity, known } = sent;
  const { __typename, ...key } = representation;
  const label = `entry ${index} (${__typename} ${JSON.stringify(Object.values(key)[0])})`;
  if (entry === null || entry === undefined) return known ? `${label}: answered null for an entity given with --known` : null;
  if (typeof entry !== 'object') return `${label}: answered ${JSON.stringify(entry)}, not an object`;
  const object = entry as Record<string, unknown>;
  if (object.__typename !== __typename) return `${label}: answered a ${String(object.__typename)}`;
  for (const [field, value] of Object.entries(key)) {
    if (!isDeepStrictEqual(object[field], value)) return `${label}: answered ${field} ${JSON.stringify(object[field])}, not the representation's`;
  }
  if (!known && entity.owned) return `${label}: answered an object for an id nobody holds, of a type the subgraph owns`;
  return null;
}
