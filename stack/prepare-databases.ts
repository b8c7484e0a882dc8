import { clock, grantServiceRole, logger, SUBGRAPH_NAMES, SubgraphName } from '../subgraphs/kit';
import { generateWorld } from '../demo/world';
import { databaseFor, SUBGRAPH_MODULES } from './subgraph-modules';

/** The database each subgraph gets on a shared embedded server. */
export const DATABASE_NAMES: Record<SubgraphName, string> = {
  families: 'satupintu_families',
  services: 'satupintu_services',
  referrals: 'satupintu_referrals',
  scheduling: 'satupintu_scheduling',
};

/** Options for preparing the four databases. */
export interface PrepareOptions {
  /** Load the demo world where a database is still empty. */
  seed: boolean;
  /** "Today" for the demo data. @default today (UTC) */
  anchorDate?: string;
  /** @default 200 */
  families?: number;
  /**
   * Each subgraph's own URL, as its service role: after migrating, the owner grants that role its rights
   * (kit service-grants.ts). Without it the subgraphs connect as the owner (a single-role set-up).
   */
  serviceUrls?: Record<SubgraphName, string>;
}

/**
 * Migrates each subgraph's database as its owner (`urls`), grants each subgraph's own role its rights
 * and, on first start only, loads the demo world: each subgraph's part into its own database, each in
 * one transaction, so a start interrupted half-way loads again.
 */
export async function prepareDatabases(urls: Record<SubgraphName, string>, options: PrepareOptions): Promise<{ seeded: SubgraphName[] }> {
  const dbs = SUBGRAPH_NAMES.map((name) => ({ name, db: databaseFor(name, urls[name]) }));
  try {
    await Promise.all(dbs.map(({ db }) => db.migrate()));
    if (options.serviceUrls) await Promise.all(SUBGRAPH_NAMES.map((n) => grantServiceRole(urls[n], options.serviceUrls![n])));
    if (!options.seed) return { seeded: [] };
    const empty: SubgraphName[] = [];
    for (const { name, db } of dbs) {
      const [{ loaded }] = await db.query<{ loaded: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${SUBGRAPH_MODULES[name].seededTable}) AS loaded`);
      if (!loaded) empty.push(name);
    }
    if (empty.length === 0) return { seeded: [] };
    const world = generateWorld({ anchorDate: options.anchorDate ?? clock.now().toISOString().slice(0, 10), families: options.families });
    await Promise.all(dbs.filter(({ name }) => empty.includes(name)).map(({ name, db }) => db.transaction((sql) => SUBGRAPH_MODULES[name].seed(sql, world))));
    logger.info({ families: world.families.length, referrals: world.referrals.length, appointments: world.appointments.length }, 'demo data loaded');
    return { seeded: empty };
  } finally {
    await Promise.all(dbs.map(({ db }) => db.close()));
  }
}
