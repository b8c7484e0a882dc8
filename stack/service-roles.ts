import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Client } from 'pg';
import { connectGrantStatements, quoteIdent, runStatements, SUBGRAPH_NAMES, SubgraphName } from '../subgraphs/kit';

/** A subgraph's own database role and its password. */
export interface ServiceRole {
  role: string;
  password: string;
}

/** The role name of a subgraph's service on an embedded cluster, e.g. satupintu_families_app. */
export function serviceRoleName(subgraph: SubgraphName, prefix = 'satupintu'): string {
  return `${prefix}_${subgraph}_app`;
}

/**
 * The subgraphs' roles with their passwords, kept in `file` (mode 0600, in the git-ignored data
 * folder): generated on first use, random per role, so no two subgraphs share a credential.
 */
export function loadServiceRoles(file: string, prefix = 'satupintu'): Record<SubgraphName, ServiceRole> {
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<SubgraphName, ServiceRole>>) : {};
  const roles = Object.fromEntries(
    SUBGRAPH_NAMES.map((n) => {
      const role = serviceRoleName(n, prefix);
      const kept = stored[n]?.role === role ? stored[n]! : { role, password: randomBytes(24).toString('base64url') };
      return [n, kept];
    }),
  ) as Record<SubgraphName, ServiceRole>;
  if (JSON.stringify(stored) !== JSON.stringify(roles)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(roles, null, 2), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return roles;
}

/** Creates the roles (or sets their passwords) on the server of `adminUrl`: login, nothing more. */
export async function createServiceRoles(adminUrl: string, roles: Record<SubgraphName, ServiceRole>): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const { role, password } of Object.values(roles)) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const literal = `'${password.replace(/'/g, "''")}'`;
      await client.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${quoteIdent(role)} LOGIN PASSWORD ${literal} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT`);
    }
  } finally {
    await client.end();
  }
}

/** The URL of `database` on the server of `ownerUrl`, as `role`. */
export function roleUrl(ownerUrl: string, { role, password }: ServiceRole): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** Lets only `role` connect to `database` (after CREATE DATABASE ... TEMPLATE, which does not copy that). */
export async function restrictConnect(adminUrl: string, database: string, role: string): Promise<void> {
  await runStatements(adminUrl, connectGrantStatements(database, role));
}
