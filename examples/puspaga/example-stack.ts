import { randomBytes } from 'node:crypto';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { clock } from '../../platform';
import { generateWorld } from '../../demo/world';
import type { ExtraSubgraph } from '../../stack/supergraph';
import { seedPuspagaCases } from './case-system/seed-cases';
import { PUSPAGA_SDL_FILE, PUSPAGA_SUBGRAPH } from './adapter/server';

/** A process of the example as `npm start` runs it: the built script, its environment and its port. */
export interface ExampleProcess {
  name: string;
  script: string;
  env: Record<string, string>;
  port: number;
  /** The path that answers 200 once it serves. */
  readyPath: string;
}

/** The PUSPAGA example, ready to run beside SatuPintu: its two processes and its subgraph for the composition. */
export interface PuspagaExample {
  processes: ExampleProcess[];
  subgraph: ExtraSubgraph;
  seeded: { families: number; cases: number };
}

export interface PuspagaExampleOptions {
  /** The case system's own database (created empty beforehand, or already holding its cases). */
  databaseUrl: string;
  /** Where the gateway's identity public keys are published (the adapter holds no key of its own). */
  identityJwksUrl: string;
  caseSystemPort?: number;
  adapterPort?: number;
}

/**
 * Prepares PUSPAGA Kota Tangerang Selatan's example for `npm start --with-example puspaga`: fills the
 * stand-in case system's database from the demo world (once; seeding again adds nothing), and says how
 * to run the case system and the adapter subgraph in front of it. The API key between the two is made
 * for the run, as an agency would give its adapter a key of its own.
 */
export async function preparePuspagaExample(options: PuspagaExampleOptions): Promise<PuspagaExample> {
  const world = generateWorld({ anchorDate: clock.now().toISOString().slice(0, 10) });
  const agency = world.agencies.find((a) => a.code === 'PUSPAGA-TANGSEL');
  if (!agency) throw new Error('the demo world has no PUSPAGA Kota Tangerang Selatan');
  const seeded = await seedPuspagaCases(options.databaseUrl, world);
  const apiKey = randomBytes(24).toString('base64url');
  const caseSystemPort = options.caseSystemPort ?? 4100;
  const adapterPort = options.adapterPort ?? 4105;
  const url = `http://127.0.0.1:${adapterPort}/graphql`;
  return {
    seeded,
    processes: [
      {
        name: 'puspaga-case-system',
        script: 'examples/puspaga/case-system/index.js',
        port: caseSystemPort,
        readyPath: '/health',
        env: { PUSPAGA_CASES_DATABASE_URL: options.databaseUrl, PUSPAGA_API_KEY: apiKey },
      },
      {
        name: PUSPAGA_SUBGRAPH,
        script: 'examples/puspaga/adapter/index.js',
        port: adapterPort,
        readyPath: '/health/ready',
        env: {
          PUSPAGA_CASE_SYSTEM_URL: `http://127.0.0.1:${caseSystemPort}`,
          PUSPAGA_API_KEY: apiKey,
          PUSPAGA_SATUPINTU_AGENCY_ID: agency.id,
          SATUPINTU_IDENTITY_JWKS_URL: options.identityJwksUrl,
        },
      },
    ],
    subgraph: { name: PUSPAGA_SUBGRAPH, url, typeDefs: parse(readFileSync(PUSPAGA_SDL_FILE, 'utf8')) },
  };
}
