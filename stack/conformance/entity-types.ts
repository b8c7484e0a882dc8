import { ConstDirectiveNode, DocumentNode, FieldDefinitionNode, Kind, ObjectTypeDefinitionNode, ObjectTypeExtensionNode, OperationDefinitionNode, parse, SelectionSetNode, TypeNode } from 'graphql';

/** An entity type a subgraph resolves from representations (`_entities`): a type with a resolvable `@key`. */
export interface EntityType {
  typename: string;
  /** The key's field set as written, e.g. `id` or `id agency { id }`. */
  fields: string;
  /** The key's field set, parsed. */
  selection: SelectionSetNode;
  /**
   * Whether the subgraph is the type's source of truth: it has a root query field answering one of
   * them by itself, it declares a non-null field beyond the key (a value only the holder of the record
   * can give), and it does not declare the type as an extension (`extend type`, `@extends`). A
   * subgraph that only extends a type, or keys a view by another record's id (an audit trail by
   * family), may answer any representation with an object; one that owns it answers null for an id
   * it does not hold.
   */
  owned: boolean;
}

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

/** The field types of every object type of a subgraph's SDL, definitions and extensions merged. */
export type FieldTypes = Map<string, Map<string, TypeNode>>;

const KEY_DIRECTIVES = new Set(['key', 'federation__key']);
const EXTENDS_DIRECTIVES = new Set(['extends', 'federation__extends']);
const EXTERNAL_DIRECTIVES = new Set(['external', 'federation__external', 'requires', 'federation__requires']);

function argument(directive: ConstDirectiveNode, name: string) {
  return directive.arguments?.find((a) => a.name.value === name)?.value;
}

/** The named type under list and non-null wrappers. */
export function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function objectNodes(doc: DocumentNode): ObjectNode[] {
  return doc.definitions.filter((d): d is ObjectNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION);
}

/** Every object type's fields, from the definitions and extensions of a subgraph's SDL. */
export function fieldTypes(doc: DocumentNode): FieldTypes {
  const types: FieldTypes = new Map();
  for (const node of objectNodes(doc)) {
    const fields = types.get(node.name.value) ?? new Map<string, TypeNode>();
    for (const field of node.fields ?? ([] as readonly FieldDefinitionNode[])) fields.set(field.name.value, field.type);
    types.set(node.name.value, fields);
  }
  return types;
}

/** The name of the query root type (`schema { query: ... }`, else Query). */
function queryTypeName(doc: DocumentNode): string {
  for (const d of doc.definitions) {
    if (d.kind !== Kind.SCHEMA_DEFINITION && d.kind !== Kind.SCHEMA_EXTENSION) continue;
    const query = d.operationTypes?.find((o) => o.operation === 'query');
    if (query) return query.type.name.value;
  }
  return 'Query';
}

/** A key's field set as a selection set. */
function keySelection(fields: string): SelectionSetNode {
  return (parse(`{ ${fields} }`).definitions[0] as OperationDefinitionNode).selectionSet;
}

/** The entity types a subgraph's SDL lets it resolve, each with its first resolvable key (`resolvable: false` keys are not). */
export function entityTypes(doc: DocumentNode): EntityType[] {
  const nodes = objectNodes(doc);
  const query = queryTypeName(doc);
  const answeredAlone = new Set(
    nodes
      .filter((n) => n.name.value === query)
      .flatMap((n) => n.fields ?? [])
      .map((f) => (f.type.kind === Kind.NON_NULL_TYPE ? f.type.type : f.type))
      .filter((t) => t.kind === Kind.NAMED_TYPE)
      .map((t) => namedType(t)),
  );
  const byName = new Map<string, EntityType>();
  const extended = new Set<string>();
  for (const node of nodes) {
    const typename = node.name.value;
    if (node.kind === Kind.OBJECT_TYPE_EXTENSION || node.directives?.some((d) => EXTENDS_DIRECTIVES.has(d.name.value))) extended.add(typename);
    for (const directive of node.directives ?? []) {
      if (!KEY_DIRECTIVES.has(directive.name.value) || byName.has(typename)) continue;
      const resolvable = argument(directive, 'resolvable');
      if (resolvable?.kind === Kind.BOOLEAN && !resolvable.value) continue;
      const fields = argument(directive, 'fields');
      if (fields?.kind !== Kind.STRING) continue;
      byName.set(typename, { typename, fields: fields.value, selection: keySelection(fields.value), owned: false });
    }
  }
  const keyNames = (selection: SelectionSetNode) => new Set(selection.selections.flatMap((f) => (f.kind === Kind.FIELD ? [f.name.value] : [])));
  for (const entity of byName.values()) {
    const keys = keyNames(entity.selection);
    const holdsValues = nodes
      .filter((n) => n.name.value === entity.typename)
      .flatMap((n) => n.fields ?? [])
      .some((f) => f.type.kind === Kind.NON_NULL_TYPE && !keys.has(f.name.value) && !f.directives?.some((d) => EXTERNAL_DIRECTIVES.has(d.name.value)));
    entity.owned = answeredAlone.has(entity.typename) && holdsValues && !extended.has(entity.typename);
  }
  return [...byName.values()];
}
