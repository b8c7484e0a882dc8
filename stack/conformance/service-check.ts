import { DocumentNode, parse } from 'graphql';
import { CheckRow, fail, pass } from './check-row';
import { canonicalSupergraph, composeCandidate } from './compose-check';
import { entityTypes } from './entity-types';
import { describeAnswer, query } from './subgraph-client';

/** The entity keys of an SDL, as comparable text. */
function keysOf(doc: DocumentNode): string {
  return entityTypes(doc)
    .map((e) => `${e.typename} @key(fields: "${e.fields}")`)
    .sort()
    .join(', ');
}

/** The first line one canonical print has and the other lacks, for the detail. */
function firstDifference(expected: string, served: string): string {
  const servedLines = new Set(served.split('\n'));
  const expectedLines = new Set(expected.split('\n'));
  const missing = expected.split('\n').find((l) => !servedLines.has(l));
  if (missing !== undefined) return `the served schema lacks \`${missing.trim()}\``;
  const extra = served.split('\n').find((l) => !expectedLines.has(l));
  return extra !== undefined ? `the served schema adds \`${extra.trim()}\`` : 'the order of definitions differs';
}

/**
 * The _service row. The SDL the candidate serves and its `--schema` file are each composed with the
 * committed subgraphs, and the two supergraphs compared in a canonical print (types, fields,
 * arguments and descriptions, sorted), beside the two sets of entity keys, which that print leaves out.
 * Comparing through composition ignores what federation adds to a served SDL and the order and layout
 * of the file, and sees every difference a gateway would.
 */
export async function serviceCheck(name: string, url: string, typeDefs: DocumentNode, expectedSupergraph: string | undefined, token: string): Promise<CheckRow> {
  const row = '_service';
  const answer = await query(url, '{ _service { sdl } }', undefined, token);
  const sdl = (answer.body?.data?._service as { sdl?: unknown } | null | undefined)?.sdl;
  if (typeof sdl !== 'string') return fail(row, `did not answer _service { sdl } with a valid token (${describeAnswer(answer)})`);
  let served: DocumentNode;
  try {
    served = parse(sdl);
  } catch (err) {
    return fail(row, `the served SDL is not GraphQL (${(err as Error).message})`);
  }
  if (keysOf(served) !== keysOf(typeDefs)) return fail(row, `the served SDL's entity keys (${keysOf(served) || 'none'}) are not those of --schema (${keysOf(typeDefs) || 'none'})`);
  if (!expectedSupergraph) return fail(row, 'answered, but --schema does not compose, so there is nothing to compare the served SDL with');
  const composed = composeCandidate(name, url, served);
  if (!composed.supergraphSdl) return fail(row, `the served SDL does not compose: ${composed.errors[0]?.message.split('\n')[0] ?? 'unknown error'}`);
  const expected = canonicalSupergraph(expectedSupergraph);
  const actual = canonicalSupergraph(composed.supergraphSdl);
  if (expected !== actual) return fail(row, `the served SDL does not describe --schema: ${firstDifference(expected, actual)}`);
  return pass(row, `served SDL (${sdl.length} characters) composes to the same supergraph as --schema`);
}
