import { buildSchema, DocumentNode, lexicographicSortSchema, printSchema } from 'graphql';
import { readSupergraphConfig } from '../../platform/supergraph-config';
import { composeSupergraph, Composition } from '../supergraph';
import { CheckRow, fail, pass } from './check-row';

/**
 * Composes a candidate's SDL with the committed subgraphs of the composition config; a candidate that
 * bears the name of a committed subgraph takes that subgraph's place.
 */
export function composeCandidate(name: string, url: string, typeDefs: DocumentNode): Composition & { replaced: boolean; others: number } {
  const config = readSupergraphConfig();
  const others = config.subgraphs.filter((s) => s.name !== name);
  const composition = composeSupergraph({ config: { ...config, subgraphs: others }, extra: [{ name, url, typeDefs }] });
  return { ...composition, replaced: others.length < config.subgraphs.length, others: others.length };
}

/**
 * A supergraph's schema in a canonical print: types and fields sorted, federation's join and link
 * definitions included, so two compositions that differ only in the order or layout of an SDL print alike.
 */
export function canonicalSupergraph(supergraphSdl: string): string {
  return printSchema(lexicographicSortSchema(buildSchema(supergraphSdl, { assumeValidSDL: true })));
}

/** The compose row: the candidate's `--schema` composes with the committed subgraphs. */
export function composeCheck(name: string, url: string, typeDefs: DocumentNode, log: (line: string) => void): { row: CheckRow; supergraphSdl?: string } {
  const row = 'compose';
  let composition: ReturnType<typeof composeCandidate>;
  try {
    composition = composeCandidate(name, url, typeDefs);
  } catch (err) {
    return { row: fail(row, (err as Error).message) };
  }
  for (const hint of composition.hints) log(`hint ${hint.definition.code}: ${hint.message}`);
  const hints = `${composition.hints.length} hint${composition.hints.length === 1 ? '' : 's'}`;
  const against = `${composition.others} committed subgraphs${composition.replaced ? ` (in place of the committed ${name})` : ''}`;
  if (!composition.supergraphSdl) {
    const [first] = composition.errors;
    const more = composition.errors.length > 1 ? ` (and ${composition.errors.length - 1} more)` : '';
    return { row: fail(row, `does not compose with the ${against}: ${first?.message.split('\n')[0] ?? 'unknown error'}${more}`) };
  }
  return { row: pass(row, `composes with the ${against}, ${hints}`), supergraphSdl: composition.supergraphSdl };
}
