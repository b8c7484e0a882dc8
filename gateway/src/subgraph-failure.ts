import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DocumentNode, GraphQLError, GraphQLFormattedError, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * A subgraph's refusal of the request as the caller wrote it: a 4xx answer with GraphQL errors (a
 * value that does not coerce, a malformed argument). Those errors are the caller's to see, with
 * their codes, not a sign that the service is down.
 */
export class SubgraphRefusal extends GraphQLError {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super('the subgraph refused the request');
  }
}

/** Statuses that say the gateway itself was refused (its identity token), never the caller's input. */
const GATEWAY_REFUSED = new Set([401, 403, 407]);

/** The refusal in a subgraph's non-2xx answer, if it is one; anything else is an outage. */
export function refusalOf(status: number, body: unknown): SubgraphRefusal | undefined {
  if (status < 400 || status >= 500 || GATEWAY_REFUSED.has(status)) return undefined;
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0 || !errors.every((e) => typeof (e as { message?: unknown })?.message === 'string')) return undefined;
  return new SubgraphRefusal(errors as GraphQLFormattedError[]);
}

/** Response keys of a selection set, `__typename` left out, looking through inline fragments. */
function responseKeys(set: SelectionSetNode): string[] {
  const keys: string[] = [];
  for (const s of set.selections) {
    if (s.kind === 'Field' && s.name.value !== '__typename') keys.push(s.alias?.value ?? s.name.value);
    else if (s.kind === 'InlineFragment') keys.push(...responseKeys(s.selectionSet));
  }
  return [...new Set(keys)];
}

/** Most error paths one failed subgraph call reports (one per entity and field). */
const MAX_PATHS = 100;

/**
 * The paths in the subgraph's operation that a failed call leaves without data, as the gateway maps
 * them onto the caller's query: each root field, or each field of each entity asked for.
 */
export function failedPaths(document: DocumentNode | undefined, variables: Record<string, unknown> | undefined): Array<Array<string | number>> {
  const operation = document?.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation) return [];
  const roots = operation.selectionSet.selections.filter((s) => s.kind === 'Field');
  const entities = roots.find((s) => s.name.value === '_entities');
  if (!entities) return responseKeys(operation.selectionSet).map((key) => [key]);
  const count = Array.isArray(variables?.representations) ? variables.representations.length : 1;
  const fields = entities.selectionSet ? responseKeys(entities.selectionSet) : [];
  const paths: Array<Array<string | number>> = [];
  for (let i = 0; i < count && paths.length < MAX_PATHS; i++) for (const field of fields) paths.push(['_entities', i, field]);
  return paths.slice(0, MAX_PATHS);
}

/**
 * The errors a failed subgraph call answers with: a refusal's own errors, or, for a transport
 * failure, a timeout or a 5xx, SUBGRAPH_TIMEOUT or SUBGRAPH_UNAVAILABLE at every path it leaves
 * empty (naming the service, never its address).
 */
export function failureErrors(serviceName: string, err: unknown, options: GraphQLDataSourceProcessOptions): GraphQLFormattedError[] {
  if (err instanceof SubgraphRefusal) return err.errors;
  const timedOut = (err as Error).name === 'TimeoutError' || /timeout|aborted/i.test((err as Error).message);
  const error = {
    message: timedOut ? `the ${serviceName} service did not answer in time` : `the ${serviceName} service is unavailable`,
    extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE' },
  };
  const document = 'document' in options ? options.document : undefined;
  const paths = failedPaths(document, options.request.variables ?? undefined);
  return paths.length ? paths.map((path) => ({ ...error, path })) : [error];
}
