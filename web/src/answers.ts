import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Reading a partial answer. The gateway answers what the caller may see: a field withheld is null with
 * a FORBIDDEN error at its path, and a part of the plan whose subgraph is down is null with
 * SUBGRAPH_UNAVAILABLE or SUBGRAPH_TIMEOUT naming the service. The pages show such a field as
 * restricted, protected or unavailable, never blank.
 */
export type Path = ReadonlyArray<string | number>;

export interface Answer<T> {
  data: T | undefined;
  errors: readonly GraphQLFormattedError[];
  /** A failure outside GraphQL (network, HTTP). */
  failure?: string;
}

export function answerOf<T>(result: { data?: unknown; error?: unknown }): Answer<T> {
  const error = result.error;
  if (!error) return { data: result.data as T | undefined, errors: [] };
  if (CombinedGraphQLErrors.is(error)) return { data: (result.data ?? error.data) as T | undefined, errors: error.errors };
  return { data: result.data as T | undefined, errors: [], failure: error instanceof Error ? error.message : String(error) };
}

function samePath(a: Path | undefined, b: Path): boolean {
  return !!a && a.length === b.length && a.every((part, i) => part === b[i]);
}

function startsWith(path: Path | undefined, prefix: Path): boolean {
  return !!path && path.length >= prefix.length && prefix.every((part, i) => path[i] === part);
}

const MISSING = new Set(['SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT']);

/**
 * Which subgraph answers a field of the profile. The gateway reports a failed entity fetch without a
 * path, naming only the service: a null field of that service's is then the missing part.
 */
const SERVICE_OF_FIELD: Record<string, string> = {
  serviceEpisodes: 'services',
  agency: 'services',
  fromAgency: 'services',
  toAgency: 'services',
  actorAgency: 'services',
  referrals: 'referrals',
  appointments: 'scheduling',
  leadWorker: 'scheduling',
  actor: 'scheduling',
  staff: 'scheduling',
};

/** The parts of the profile each service fills, for saying what is missing. */
export const PARTS_OF_SERVICE: Record<string, string[]> = {
  families: ['family', 'members', 'address'],
  services: ['serviceEpisodes', 'agencies'],
  referrals: ['referrals'],
  scheduling: ['appointments', 'staff'],
};

function serviceOf(path: Path): string | undefined {
  const field = [...path].reverse().find((p): p is string => typeof p === 'string');
  return field ? SERVICE_OF_FIELD[field] : undefined;
}

/** Why a null field is null: 'restricted' (FORBIDDEN there), 'missing' (its subgraph is down), or null (it is simply empty). */
export function whyNull(errors: readonly GraphQLFormattedError[], path: Path): 'restricted' | 'missing' | null {
  const here = errors.filter((e) => samePath(e.path, path));
  if (here.some((e) => MISSING.has(String(e.extensions?.code)))) return 'missing';
  if (here.some((e) => e.extensions?.code === 'FORBIDDEN')) return 'restricted';
  // A subgraph that is down may be reported at the enclosing list or entity, or with no path at all.
  const service = serviceOf(path);
  if (errors.some((e) => MISSING.has(String(e.extensions?.code)) && (e.path ? startsWith(path, e.path) : e.extensions?.serviceName === service))) return 'missing';
  return null;
}

/** The services that could not answer, each once, with the paths they left empty. */
export function missingServices(errors: readonly GraphQLFormattedError[]): Array<{ service: string; paths: string[] }> {
  const byService = new Map<string, Set<string>>();
  for (const e of errors) {
    if (!MISSING.has(String(e.extensions?.code))) continue;
    const service = String(e.extensions?.serviceName ?? 'unknown');
    const paths = byService.get(service) ?? new Set<string>();
    // The part of the profile: the top field under the family, without list positions.
    if (e.path)
      paths.add(
        e.path
          .filter((p) => typeof p === 'string')
          .slice(1, 2)
          .join('.') || String(e.path[0]),
      );
    else for (const part of PARTS_OF_SERVICE[service] ?? []) paths.add(part);
    byService.set(service, paths);
  }
  return [...byService].map(([service, paths]) => ({ service, paths: [...paths] }));
}

/** The first error that is not about one field (the whole look-up refused or failed). */
export function topLevelError(errors: readonly GraphQLFormattedError[], root: string): GraphQLFormattedError | undefined {
  return errors.find((e) => !e.path || (e.path.length === 1 && e.path[0] === root));
}
