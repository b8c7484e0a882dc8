import { readFileSync } from 'node:fs';
import { GraphQLScalarType, parse } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Pool } from 'pg';
import { repoPath } from '../../platform';
import { buildJoiningSubgraph, JoiningSubgraph } from '../../platform/joining-subgraph';
import { ActivityStore } from './activity-store';
import { CommunityActivity } from './community-activity.resolvers';
import { createTemplateContext, TemplateContext } from './context';
import { Family } from './family.resolvers';
import { Query } from './query.resolvers';
import { ensureTemplateSchema } from './schema-store';
import { TemplateConfig } from './template-config';

/** The subgraph's name in supergraph.yaml: the audience of its identity tokens. */
export const TEMPLATE_SUBGRAPH = 'community-activities';

/** The subgraph's SDL file. */
export const TEMPLATE_SDL_FILE = repoPath('examples', 'subgraph-template', 'template.graphql');

/** Dates as the store writes them (YYYY-MM-DD), checked on the way out. */
const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar date, ISO 8601 (YYYY-MM-DD).' });

/**
 * A subgraph with its own store that joins SatuPintu: the agency's community activities, and the
 * families that attended them added to Family. It reads its own PostgreSQL database (created at
 * start), answers only the agency's staff and systems, and writes one audit row for each request that
 * read a family, before the answer leaves.
 */
export function buildTemplateSubgraph(config: TemplateConfig): JoiningSubgraph {
  const pool = new Pool({ connectionString: config.databaseUrl, max: 10 });
  // A connection that drops while idle is replaced on the next query; the error must not end the process.
  pool.on('error', () => undefined);
  const store = new ActivityStore(pool);
  const subgraph = buildJoiningSubgraph<TemplateContext>({
    name: TEMPLATE_SUBGRAPH,
    typeDefs: parse(readFileSync(TEMPLATE_SDL_FILE, 'utf8')),
    resolvers: { Date: DateScalar, Query, Family, CommunityActivity },
    context: (base) => createTemplateContext(base, store, config),
    beforeAnswer: (ctx) => ctx.audit.write(pool),
    // Without its database the subgraph has nothing to answer: it is ready only when the database answers.
    readiness: async () => {
      const reachable = await store.reachable();
      return { ready: reachable, checks: { database: reachable ? 'reachable' : 'unreachable' } };
    },
  });
  return {
    http: subgraph.http,
    async start(port, host) {
      await ensureTemplateSchema(pool);
      return subgraph.start(port, host);
    },
    async stop(graceMs) {
      await subgraph.stop(graceMs);
      await pool.end();
    },
  };
}
