import { Client } from 'pg';

/** Quotes an SQL identifier (a role or database name). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * What a subgraph's own role may do in its database, applied by the owner after migrations. The role
 * is not the owner: it may read and write the subgraph's tables and use their sequences, may only
 * append to (and read) the audit log, cannot read the migrations' bookkeeping for writing, and cannot
 * change the schema (so it cannot drop or disable the audit log's triggers: only an owner can). No one
 * else may connect to the database. Tables a later migration adds get the same grants by default
 * privileges of the owner, and the audit log's rule stays as it is.
 */
export function serviceGrantStatements(database: string, role: string): string[] {
  const r = quoteIdent(role);
  return [
    `REVOKE ALL ON DATABASE ${quoteIdent(database)} FROM PUBLIC`,
    `GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${r}`,
    `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ${r}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON migrations FROM ${r}`,
  ];
}

/**
 * Grants the role of `serviceUrl` its rights on its database, connected as the owner (`ownerUrl`).
 * Does nothing when both URLs name the same role (a single-role set-up).
 */
export async function grantServiceRole(ownerUrl: string, serviceUrl: string): Promise<void> {
  const role = decodeURIComponent(new URL(serviceUrl).username);
  const owner = decodeURIComponent(new URL(ownerUrl).username);
  if (!role || role === owner) return;
  const database = decodeURIComponent(new URL(ownerUrl).pathname.slice(1));
  await runStatements(ownerUrl, serviceGrantStatements(database, role));
}

/** Runs statements one after another on one connection to `url`. */
export async function runStatements(url: string, statements: readonly string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Lets only the subgraph's role connect to a database: for a copy made with CREATE DATABASE ...
 * TEMPLATE, which copies the tables' grants but not the database's own.
 */
export function connectGrantStatements(database: string, role: string): string[] {
  return [`REVOKE ALL ON DATABASE ${quoteIdent(database)} FROM PUBLIC`, `GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${quoteIdent(role)}`];
}
