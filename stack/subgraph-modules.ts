import { Database, EntityClass, MigrationClass, Sql, Subgraph, SubgraphName } from '../subgraphs/kit';
import type { World } from '../demo/world-types';
import * as families from '../subgraphs/families/src/server';
import { seedFamilies } from '../subgraphs/families/src/demo-seed';
import * as services from '../subgraphs/services/src/server';
import { seedServices } from '../subgraphs/services/src/demo-seed';
import * as referrals from '../subgraphs/referrals/src/server';
import { seedReferrals } from '../subgraphs/referrals/src/demo-seed';
import * as scheduling from '../subgraphs/scheduling/src/server';
import { seedScheduling } from '../subgraphs/scheduling/src/demo-seed';

/** What the tooling needs of each subgraph: its schema's tables, its demo seeder and its builder. */
export interface SubgraphModule {
  entities: EntityClass[];
  migrations: MigrationClass[];
  seed: (sql: Sql, world: World) => Promise<void>;
  /** A table that is empty until demo data has been loaded. */
  seededTable: string;
  build: (url: string) => Subgraph;
}

export const SUBGRAPH_MODULES: Record<SubgraphName, SubgraphModule> = {
  families: { entities: families.ENTITIES, migrations: families.MIGRATIONS, seed: seedFamilies, seededTable: 'family', build: families.buildFamiliesSubgraph },
  services: { entities: services.ENTITIES, migrations: services.MIGRATIONS, seed: seedServices, seededTable: 'agency', build: services.buildServicesSubgraph },
  referrals: { entities: referrals.ENTITIES, migrations: referrals.MIGRATIONS, seed: seedReferrals, seededTable: 'referral', build: referrals.buildReferralsSubgraph },
  scheduling: { entities: scheduling.ENTITIES, migrations: scheduling.MIGRATIONS, seed: seedScheduling, seededTable: 'staff', build: scheduling.buildSchedulingSubgraph },
};

/** A subgraph's database handle for tooling (migrations, seeding). */
export function databaseFor(name: SubgraphName, url: string): Database {
  const m = SUBGRAPH_MODULES[name];
  return new Database({ name, url, entities: m.entities, migrations: m.migrations, poolSize: 2 });
}
