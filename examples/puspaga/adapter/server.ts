import { readFileSync } from 'node:fs';
import { GraphQLScalarType, parse } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { repoPath } from '../../../platform';
import { buildJoiningSubgraph, JoiningSubgraph } from '../../../platform/joining-subgraph';
import { AdapterConfig } from './adapter-config';
import { Agency } from './agency.resolvers';
import { CaseSystemClient } from './case-system-client';
import { createPuspagaContext, PuspagaContext } from './context';
import { Family } from './family.resolvers';

/** The subgraph's name in the composition config: the audience of its identity tokens. */
export const PUSPAGA_SUBGRAPH = 'puspaga';

/** The subgraph's SDL file. */
export const PUSPAGA_SDL_FILE = repoPath('examples', 'puspaga', 'puspaga.graphql');

/** Dates as the case system writes them (YYYY-MM-DD), checked on the way out. */
const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar date, ISO 8601 (YYYY-MM-DD).' });

/**
 * The adapter that joins PUSPAGA Kota Tangerang Selatan's case system to SatuPintu: a subgraph that adds
 * the agency's cases to Family and its caseload to Agency, reading them from the case system's API as
 * the caller (its access log is the audit of every read). It keeps no store of its own.
 */
export function buildPuspagaAdapter(config: AdapterConfig): JoiningSubgraph {
  const client = new CaseSystemClient(config);
  return buildJoiningSubgraph<PuspagaContext>({
    name: PUSPAGA_SUBGRAPH,
    typeDefs: parse(readFileSync(PUSPAGA_SDL_FILE, 'utf8')),
    resolvers: { Date: DateScalar, Family, Agency },
    context: (base) => createPuspagaContext(base, client, config.agencyId),
    // The adapter serves partial answers while the case system is away, so it stays ready and says so.
    readiness: async () => ({ ready: true, checks: { caseSystem: (await client.reachable()) ? 'reachable' : 'unreachable' } }),
  });
}
