import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { SignJWT } from 'jose';
import { connectGrantStatements, SUBGRAPH_NAMES, Subgraph, SubgraphName } from '../../subgraphs/kit';
import { loadServiceRoles, roleUrl } from '../../stack/service-roles';
import { buildGateway, Gateway } from '../../gateway/src/server';
import { SUBGRAPH_MODULES } from '../../stack/subgraph-modules';
import { DEMO_USERS, demoClaims } from '../../demo/demo-users';
import { generateWorld } from '../../demo/world';
import type { World } from '../../demo/world-types';

/** The claims of a test caller (as a bearer token would carry them). */
export interface TestClaims {
  sub: string;
  staff?: string;
  agency?: string;
  roles: string[];
  jur: 'ID' | 'HK';
  area?: string[];
}

/** A GraphQL answer as the gateway sent it, with the HTTP status. */
export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** This file's copies of the template databases: each subgraph's URL as its own role, and as the owner. */
export interface DatabaseCopies {
  urls: Record<SubgraphName, string>;
  ownerUrls: Record<SubgraphName, string>;
}

/**
 * Creates this file's own copies of the four template databases. The copies keep the tables' grants
 * but not the database's own (CREATE DATABASE ... TEMPLATE does not copy those), so only the
 * subgraph's role may connect to each is set again here.
 */
export async function copyDatabases(): Promise<DatabaseCopies> {
  const adminUrl = process.env.SATUPINTU_TEST_ADMIN_URL!;
  const run = process.env.SATUPINTU_TEST_RUN!;
  const roles = loadServiceRoles(process.env.SATUPINTU_TEST_ROLES_FILE!, run);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  // Jest gives every test file a fresh module registry in a reused worker: a random suffix cannot collide.
  const suffix = randomBytes(5).toString('hex');
  const copies: DatabaseCopies = { urls: {} as Record<SubgraphName, string>, ownerUrls: {} as Record<SubgraphName, string> };
  try {
    for (const name of SUBGRAPH_NAMES) {
      const db = `${run}_${name}_${suffix}`;
      await admin.query(`CREATE DATABASE "${db}" TEMPLATE "${run}_tpl_${name}"`);
      for (const statement of connectGrantStatements(db, roles[name].role)) await admin.query(statement);
      const url = new URL(adminUrl);
      url.pathname = `/${db}`;
      copies.ownerUrls[name] = url.toString();
      copies.urls[name] = roleUrl(copies.ownerUrls[name], roles[name]);
    }
  } finally {
    await admin.end();
  }
  return copies;
}

/** Creates this file's own copies of the four template databases; returns the subgraphs' own URLs. */
export async function copyTemplates(): Promise<Record<SubgraphName, string>> {
  return (await copyDatabases()).urls;
}

/** Signs a bearer token the way an identity provider would for the gateway. */
export async function tokenFor(claims: TestClaims, options: { secret?: string; expiresIn?: string | number; audience?: string; issuer?: string } = {}): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ area: [], ...rest })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(options.issuer ?? 'satupintu')
    .setAudience(options.audience ?? 'satupintu-gateway')
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(new TextEncoder().encode(options.secret ?? process.env.SATUPINTU_JWT_SECRET!));
}

/** The claims of a demo user by key (see demo/demo-users.ts). */
export function demoUser(key: string): TestClaims {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  const { sub, staff, agency, roles, jur, area } = demoClaims(user);
  return { sub, staff, agency, roles, jur, area };
}

/** The four subgraphs and the gateway, each on its own loopback port, on this file's databases. */
export interface Stack {
  gatewayUrl: string;
  subgraphs: Record<SubgraphName, { url: string; subgraph: Subgraph }>;
  gateway: Gateway;
  /** The demo world the template databases were loaded with. */
  world: World;
  /** Sends a GraphQL request to the gateway as a caller. */
  query<T = Record<string, unknown>>(as: TestClaims | string | null, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLAnswer<T>>;
  stop(): Promise<void>;
}

/** Starts the whole stack in this process, over real HTTP on loopback. */
export async function startStack(): Promise<Stack> {
  const urls = await copyTemplates();
  const subgraphs = {} as Stack['subgraphs'];
  for (const name of SUBGRAPH_NAMES) {
    const subgraph = SUBGRAPH_MODULES[name].build(urls[name]);
    const port = await subgraph.start(0);
    subgraphs[name] = { url: `http://127.0.0.1:${port}/graphql`, subgraph };
    // Subgraphs ask their peers for references (kit/peer-client.ts) at these URLs.
    process.env[`${name.toUpperCase()}_URL`] = subgraphs[name].url;
  }
  const gateway = buildGateway({
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, subgraphs[n].url])),
    auth: { secret: process.env.SATUPINTU_JWT_SECRET },
    // The whole stack shares one event loop here (and the machine has 2 cores): bursts of 100 parallel
    // writes need more than the production timeout. Timeouts themselves are tested on process stacks.
    subgraphTimeoutMs: 15_000,
  });
  const gatewayUrl = `http://127.0.0.1:${await gateway.start(0)}/graphql`;
  const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
  return {
    gatewayUrl,
    subgraphs,
    gateway,
    world,
    async query(as, query, variables, headers = {}) {
      const auth: Record<string, string> = as === null ? {} : { authorization: `Bearer ${typeof as === 'string' ? as : await tokenFor(as)}` };
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLAnswer, 'status'>;
      return { status: res.status, ...body } as GraphQLAnswer<never>;
    },
    async stop() {
      await gateway.stop(1000);
      await Promise.all(SUBGRAPH_NAMES.map((n) => subgraphs[n].subgraph.stop(1000)));
    },
  };
}
