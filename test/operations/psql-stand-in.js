#!/usr/bin/env node
/*
 * The part of psql that PostgreSQL's image uses to run docker/init-databases.sql and
 * docker/init-roles.sh, for machines without the PostgreSQL client: -v NAME=VALUE (with :"NAME" and
 * :'NAME' interpolated as an identifier and a literal), --username, --dbname, the script on standard
 * input, statements run one by one (so CREATE DATABASE runs outside a transaction), stopping at the
 * first error. Host, port and password come from PGHOST, PGPORT and PGPASSWORD, as psql takes them.
 */
const { Client } = require('pg');

const args = process.argv.slice(2);
const vars = {};
let user;
let database;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '-v') {
    const [name, ...rest] = args[++i].split('=');
    vars[name] = rest.join('=');
  } else if (args[i] === '--username') user = args[++i];
  else if (args[i] === '--dbname') database = args[++i];
}

const text = require('node:fs').readFileSync(0, 'utf8');
const sql = text
  .split('\n')
  .filter((line) => !line.trim().startsWith('--'))
  .join('\n')
  .replace(/:"([A-Za-z_]+)"/g, (_, n) => `"${vars[n].replace(/"/g, '""')}"`)
  .replace(/:'([A-Za-z_]+)'/g, (_, n) => `'${vars[n].replace(/'/g, "''")}'`);
const statements = sql
  .split(/;\s*(?:\n|$)/)
  .map((s) => s.trim())
  .filter(Boolean);

(async () => {
  const client = new Client({ host: process.env.PGHOST, port: Number(process.env.PGPORT), user, password: process.env.PGPASSWORD, database });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
})().catch((err) => {
  console.error(`psql: ${err.message}`);
  process.exit(3);
});
