import { CheckRow, fail, pass } from './check-row';
import { EntityType, FieldTypes } from './entity-types';
import { entitiesOperation, unknownRepresentation } from './representations';
import { Answer, describeAnswer, query } from './subgraph-client';
import { ConformanceTokens } from './tokens';

/** The requests a subgraph must refuse, each with how the check words it. */
const BAD_TOKENS = [
  { row: 'identity: no token', token: () => undefined, wording: 'without an identity token' },
  { row: 'identity: forged token', token: (t: ConformanceTokens) => t.forged, wording: "with a token signed by a key that is not the gateway's (same kid)" },
  { row: 'identity: expired token', token: (t: ConformanceTokens) => t.expired, wording: "with an expired token signed by the gateway's key" },
  { row: 'identity: other audience', token: (t: ConformanceTokens) => t.otherAudience, wording: 'with a valid token addressed to another subgraph' },
] as const;

/** Statuses a refusal may carry: the kit's subgraphs answer 401; a GraphQL-over-HTTP 200 with the error is as good. */
const REFUSAL_STATUSES = new Set([200, 401]);

/** The operations the identity rows send: `_service`, and `_entities` when the candidate has entity types. */
export function probeOperations(entities: readonly EntityType[], types: FieldTypes): Array<{ field: string; query: string; variables?: Record<string, unknown> }> {
  const operations: Array<{ field: string; query: string; variables?: Record<string, unknown> }> = [{ field: '_service', query: '{ _service { sdl } }' }];
  if (entities.length) {
    operations.push({ field: '_entities', query: entitiesOperation(entities), variables: { representations: entities.map((e) => unknownRepresentation(e, types)) } });
  }
  return operations;
}

/** Why an answer is not a refusal, or null when it is one. */
export function refusalProblem(answer: Answer, field: string): string | null {
  const data = answer.body?.data;
  const value = data && typeof data === 'object' ? data[field] : undefined;
  if (value !== undefined && value !== null) return `answered ${answer.status} with data`;
  if (!answer.body) return `answered ${answer.status} without a GraphQL body`;
  if (!answer.body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return `answered ${answer.status} without an UNAUTHENTICATED error (${describeAnswer(answer)})`;
  if (!REFUSAL_STATUSES.has(answer.status)) return `refused with HTTP ${answer.status}, where 401 (or 200) is expected`;
  return null;
}

/** The four identity rows: each kind of token the gateway would never send is refused. */
export async function identityChecks(url: string, tokens: ConformanceTokens, entities: readonly EntityType[], types: FieldTypes): Promise<CheckRow[]> {
  const rows: CheckRow[] = [];
  const operations = probeOperations(entities, types);
  for (const bad of BAD_TOKENS) {
    // The operations answered alike are named together: "answered 200 with data to _service and _entities".
    const problems = new Map<string, string[]>();
    const statuses = new Set<number>();
    for (const operation of operations) {
      const answer = await query(url, operation.query, operation.variables, bad.token(tokens));
      statuses.add(answer.status);
      const problem = refusalProblem(answer, operation.field);
      if (problem) problems.set(problem, [...(problems.get(problem) ?? []), operation.field]);
    }
    const fields = operations.map((o) => o.field).join(' and ');
    const problemText = [...problems].map(([problem, of]) => `${problem} to ${of.join(' and ')}`).join('; ');
    rows.push(problems.size ? fail(bad.row, `${problemText} ${bad.wording}`) : pass(bad.row, `refused ${fields} ${bad.wording} (HTTP ${[...statuses].join('/')}, UNAUTHENTICATED)`));
  }
  return rows;
}
