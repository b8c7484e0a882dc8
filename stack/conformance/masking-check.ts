import { Kind } from 'graphql';
import { CheckRow, fail, pass } from './check-row';
import { EntityType } from './entity-types';
import { leakIn } from './leaks';
import { entitiesOperation } from './representations';
import { Answer, post } from './subgraph-client';

/** One request made to fail, and how the detail names it. */
interface BadRequest {
  what: string;
  body: string;
  contentType?: string;
}

/** The first field of a key, which the malformed representations put a wrong value in. */
function firstKeyField(entity: EntityType): string {
  const first = entity.selection.selections.find((s) => s.kind === Kind.FIELD);
  return first?.kind === Kind.FIELD ? first.name.value : 'id';
}

/** Requests that make subgraphs fail: malformed representations, ids that are not UUIDs, bad GraphQL, a body that is not JSON. */
export function badRequests(entities: readonly EntityType[]): BadRequest[] {
  const requests: BadRequest[] = [];
  const entitiesQuery = entitiesOperation(entities);
  const representations = (reps: unknown[]) => JSON.stringify({ query: entitiesQuery, variables: { representations: reps } });
  for (const entity of entities) {
    const field = firstKeyField(entity);
    requests.push({ what: `${entity.typename} with ${field}: 42`, body: representations([{ __typename: entity.typename, [field]: 42 }]) });
    requests.push({ what: `${entity.typename} with ${field} "not-a-uuid"`, body: representations([{ __typename: entity.typename, [field]: 'not-a-uuid' }]) });
    requests.push({ what: `${entity.typename} without its key`, body: representations([{ __typename: entity.typename }]) });
  }
  if (entities.length) {
    requests.push({ what: 'a representation without __typename', body: representations([{ id: 'not-a-uuid' }]) });
    requests.push({ what: 'a representation of a type the subgraph lacks', body: representations([{ __typename: 'NoSuchConformanceType', id: 'x' }]) });
    requests.push({ what: 'representations that are not a list', body: JSON.stringify({ query: entitiesQuery, variables: { representations: 'not a list' } }) });
  }
  requests.push({ what: 'a GraphQL syntax error', body: JSON.stringify({ query: '{ _service { sdl ' }) });
  requests.push({ what: 'an unknown field', body: JSON.stringify({ query: '{ _service { sdl noSuchConformanceField } }' }) });
  requests.push({ what: 'a body that is not JSON', body: '{"query": "{ _service { sdl } }"' });
  requests.push({ what: 'a text/plain body', body: JSON.stringify({ query: '{ _service { sdl } }' }), contentType: 'text/plain' });
  requests.push({ what: 'a JSON body without a query', body: JSON.stringify({ variables: {} }) });
  return requests;
}

/** Why one answer to a bad request is not a masked refusal, or null. */
export function maskingProblem(answer: Answer): string | null {
  const leak = leakIn(answer);
  if (leak) return `answered with ${leak}`;
  if (answer.status >= 500) return `answered HTTP ${answer.status}`;
  return null;
}

/** The error-masking row: no answer to a bad request shows a stack, a source location or SQL, and none is a 5xx. */
export async function maskingCheck(url: string, entities: readonly EntityType[], token: () => Promise<string>): Promise<CheckRow> {
  const row = 'error masking';
  const requests = badRequests(entities);
  const problems: string[] = [];
  for (const request of requests) {
    const answer = await post(url, request.body, await token(), request.contentType);
    const problem = maskingProblem(answer);
    if (problem) problems.push(`${problem} to ${request.what}`);
  }
  if (problems.length) return fail(row, problems.length > 1 ? `${problems[0]} (and ${problems.length - 1} more)` : problems[0]);
  return pass(row, `${requests.length} bad requests answered without a stack, source location or SQL text, and without HTTP 5xx`);
}
