/** A reference to an entity another subgraph owns: the gateway resolves the rest. */
export interface EntityRef {
  id: string;
}

/** A reference, or null when the id is absent. */
export function ref(id: string | null | undefined): EntityRef | null {
  return id ? { id } : null;
}

/** References for a list of ids. */
export function refs(ids: readonly string[] | null | undefined): EntityRef[] {
  return (ids ?? []).map((id) => ({ id }));
}
