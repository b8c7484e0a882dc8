import { getMetadataArgsStorage, Index, IndexOptions } from 'typeorm';

/** An entity class: the one TypeScript description of a table. */
export type EntityClass<E = object> = new () => E;

/** `caseReference` → `case_reference`: the entities name every column as its property in snake case. */
export type SnakeCase<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${SnakeCase<T>}` : S;

/** A row as it travels as JSON (the demo world, seed parameters): timestamps are ISO strings. */
export type JsonRow<E> = { [K in keyof E]: E[K] extends Date ? string : E[K] extends Date | null ? string | null : E[K] };

/**
 * An index the migrations write by hand (partial, descending, with an operator class, INCLUDE columns or a GIN or GiST
 * method): the entity names it and its columns, and the schema builder leaves it as the migration made
 * it instead of comparing what TypeORM cannot express.
 */
export function HandWrittenIndex(name: string, fields: string[], options: Omit<IndexOptions, 'synchronize'> = {}): ClassDecorator {
  // TypeORM's types offer synchronize: false only without fields; the decorator itself takes both.
  return Index(name, fields, { ...options, synchronize: false } as IndexOptions);
}

/** The table an entity class describes. */
export function tableOf(entity: EntityClass): string {
  const table = getMetadataArgsStorage().tables.find((t) => t.target === entity);
  if (!table?.name) throw new Error(`${entity.name} is not an entity with a table name`);
  return table.name;
}

/** The column a property of an entity maps to, with its SQL type as a record definition writes it (`uuid[]`). */
export function columnOf(entity: EntityClass, property: string): { name: string; sqlType: string } {
  const args = getMetadataArgsStorage().columns.find((c) => c.target === entity && c.propertyName === property);
  if (!args) throw new Error(`${entity.name}.${property} is not a column`);
  const name = args.options.name ?? property;
  // The row types spell column names from property names, so the two must agree.
  if (name !== property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)) throw new Error(`${entity.name}.${property} maps to ${name}, not its snake-case name`);
  const type = args.options.type;
  if (typeof type !== 'string') throw new Error(`${entity.name}.${property} has no SQL type`);
  return { name, sqlType: args.options.array ? `${type}[]` : type };
}

/** The column names of the given properties of an entity, in that order (a bulk load's COPY columns). */
export function columnNames<E extends object, const P extends readonly (keyof E & string)[]>(entity: EntityClass<E>, properties: P): { readonly [I in keyof P]: SnakeCase<P[I]> } {
  return properties.map((p) => columnOf(entity, p).name) as { [I in keyof P]: SnakeCase<P[I]> };
}

/** The given properties' columns with their SQL types, in that order: the column map bulkInsert takes. */
export function columnTypes<E extends object>(entity: EntityClass<E>, properties: readonly (keyof E & string)[]): Record<string, string> {
  return Object.fromEntries(
    properties.map((p) => {
      const { name, sqlType } = columnOf(entity, p);
      return [name, sqlType];
    }),
  );
}
