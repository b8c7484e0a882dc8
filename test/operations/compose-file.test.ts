import { readFileSync } from 'node:fs';
import { repoPath, SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { GATEWAY_ONLY } from '../../stack/service-env';
import { composeVariables, readCompose, readEnvExample, satupintuServices, serviceEnvironment, substitute } from './compose-model';

/**
 * docker-compose.yml, checked without a Docker engine: one image for every SatuPintu service, the start
 * order, health checks, which secrets each container gets, and that .env.example and .dockerignore
 * cover what the file and the image need.
 */
describe('docker-compose.yml', () => {
  const { services } = readCompose();
  const ours = satupintuServices(services);
  const example = readEnvExample();
  // Every variable set to a marker, to see where each one ends up.
  const marked = Object.fromEntries(Object.keys(example).map((k) => [k, `<${k}>`]));
  const envOf = (name: string) => serviceEnvironment(services[name], marked);

  it('runs the postgres, migrate, four subgraph and gateway services', () => {
    expect(Object.keys(services).sort()).toEqual(['gateway', 'migrate', 'postgres', ...SUBGRAPH_NAMES].sort());
  });

  it('runs every SatuPintu service from one image, built once', () => {
    const images = new Set(ours.map((n) => services[n].image));
    expect([...images]).toEqual(['satupintu:${SATUPINTU_TAG:-local}']);
    const building = ours.filter((n) => services[n].build !== undefined);
    expect(building).toEqual(['migrate']);
    expect(services.migrate.pull_policy).toBe('build');
    for (const name of ours.filter((n) => n !== 'migrate')) expect(services[name].pull_policy).toBe('never');
  });

  it('gives every long-running service a health check, and starts each after what it needs', () => {
    for (const name of Object.keys(services).filter((n) => n !== 'migrate')) expect(services[name].healthcheck?.test.length).toBeGreaterThan(0);
    expect(services.migrate.healthcheck).toBeUndefined();
    expect(services.migrate.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const name of SUBGRAPH_NAMES) expect(services[name].depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });
    expect(services.gateway.depends_on).toEqual(Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, { condition: 'service_healthy' }])));
    // PostgreSQL's image serves only its socket while the init scripts run: the check must go over TCP.
    expect(services.postgres.healthcheck!.test.join(' ')).toMatch(/pg_isready -h 127\.0\.0\.1/);
  });

  it('checks /health/ready on the port each service listens on, and publishes the gateway only', () => {
    for (const name of [...SUBGRAPH_NAMES, 'gateway']) {
      expect(services[name].healthcheck!.test.join(' ')).toContain("'http://127.0.0.1:'+process.env.PORT+'/health/ready'");
      expect(envOf(name).PORT).toMatch(/^\d+$/);
    }
    for (const name of SUBGRAPH_NAMES) {
      expect(services[name].ports).toBeUndefined();
      // The peers' and the gateway's URLs point at the port the subgraph listens on.
      expect(envOf('gateway')[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${envOf(name).PORT}/graphql`);
    }
    expect(services.gateway.ports).toEqual([`\${SATUPINTU_GATEWAY_PUBLISH:-127.0.0.1:4000}:${envOf('gateway').PORT}`]);
  });

  it('gives the migrate step the owner and the role URL of all four databases', () => {
    const env = envOf('migrate');
    for (const name of SUBGRAPH_NAMES) {
      const upper = name.toUpperCase();
      expect(env[`${upper}_OWNER_DATABASE_URL`]).toBe(`postgres://satupintu:<POSTGRES_PASSWORD>@postgres:5432/satupintu_${name}`);
      expect(env[`${upper}_DATABASE_URL`]).toBe(`postgres://satupintu_${name}_app:<${upper}_DB_PASSWORD>@postgres:5432/satupintu_${name}`);
    }
    expect(env.SATUPINTU_SEED_DEMO).toBe('<SATUPINTU_SEED_DEMO>');
    expect(substitute(services.migrate.environment!.SATUPINTU_SEED_DEMO, {})).toBe('false');
    expect(services.migrate.command).toEqual(['node', 'dist/scripts/migrate.js']);
  });

  it('gives each subgraph its own database URL and the identity public key, nothing of the owner or the gateway', () => {
    for (const name of SUBGRAPH_NAMES) {
      const env = envOf(name);
      const text = JSON.stringify(env);
      expect(Object.keys(env).filter((k) => k.endsWith('_DATABASE_URL'))).toEqual([`${name.toUpperCase()}_DATABASE_URL`]);
      expect(env.SATUPINTU_IDENTITY_PUBLIC_KEY).toBe('<SATUPINTU_IDENTITY_PUBLIC_KEY>');
      expect(text).not.toContain('<POSTGRES_PASSWORD>');
      for (const other of SUBGRAPH_NAMES.filter((n) => n !== name)) expect(text).not.toContain(`<${other.toUpperCase()}_DB_PASSWORD>`);
      for (const secret of GATEWAY_ONLY) expect(text).not.toContain(`<${secret}>`);
      expect(services[name].command).toEqual(['node', `dist/subgraphs/${name}/src/index.js`]);
    }
  });

  it('gives the gateway the token and identity keys but no database URL or password', () => {
    const env = envOf('gateway');
    expect(env.SATUPINTU_IDENTITY_PRIVATE_KEY).toBe('<SATUPINTU_IDENTITY_PRIVATE_KEY>');
    expect(env.SATUPINTU_JWT_SECRET).toBe('<SATUPINTU_JWT_SECRET>');
    expect(Object.keys(env).filter((k) => k.endsWith('_DATABASE_URL'))).toEqual([]);
    expect(JSON.stringify(env)).not.toMatch(/_PASSWORD>/);
  });

  it('gives PostgreSQL the owner password and the four role passwords its init script reads', () => {
    const env = serviceEnvironment(services.postgres, marked);
    expect(env.POSTGRES_USER).toBe('satupintu');
    for (const variable of ['POSTGRES_PASSWORD', ...SUBGRAPH_NAMES.map((n) => `${n.toUpperCase()}_DB_PASSWORD`)]) expect(env[variable]).toBe(`<${variable}>`);
    expect(services.postgres.volumes).toEqual(
      expect.arrayContaining(['./docker/init-databases.sql:/docker-entrypoint-initdb.d/10-init-databases.sql:ro', './docker/init-roles.sh:/docker-entrypoint-initdb.d/20-init-roles.sh:ro']),
    );
  });

  it('refuses to start while a required secret is empty', () => {
    const filled = { ...example, POSTGRES_PASSWORD: '' };
    expect(() => serviceEnvironment(services.migrate, filled)).toThrow(/POSTGRES_PASSWORD/);
    expect(() => serviceEnvironment(services.families, example)).toThrow(/SATUPINTU_IDENTITY_PUBLIC_KEY|FAMILIES_DB_PASSWORD/);
  });

  it('lists every variable it uses in .env.example, and .env stays out of git', () => {
    const used = composeVariables();
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((v) => !(v in example))).toEqual([]);
    // Secrets are left empty there, so that a copied .env.example runs nothing until they are made.
    for (const secret of [
      'POSTGRES_PASSWORD',
      'SATUPINTU_JWT_SECRET',
      'SATUPINTU_IDENTITY_PRIVATE_KEY',
      'SATUPINTU_IDENTITY_PUBLIC_KEY',
      ...SUBGRAPH_NAMES.map((n) => `${n.toUpperCase()}_DB_PASSWORD`),
    ]) {
      expect(example[secret]).toBe('');
    }
    expect(readFileSync(repoPath('.gitignore'), 'utf8').split('\n')).toContain('.env');
  });
});

describe('docker/init-databases.sql and docker/init-roles.sh', () => {
  it('create one database and one login role per subgraph', () => {
    const sql = readFileSync(repoPath('docker', 'init-databases.sql'), 'utf8');
    for (const name of SUBGRAPH_NAMES) expect(sql).toContain(`CREATE DATABASE satupintu_${name};`);
    const script = readFileSync(repoPath('docker', 'init-roles.sh'), 'utf8');
    expect(script).toContain(`for name in ${SUBGRAPH_NAMES.join(' ')}; do`);
    expect(script).toContain('role="satupintu_${name}_app"');
    expect(script).toMatch(/CREATE ROLE :"role" LOGIN PASSWORD :'password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;/);
  });
});

describe('.dockerignore', () => {
  const lines = readFileSync(repoPath('.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('keeps the installed packages, data folders, build output and env files out of the image', () => {
    expect(lines).toEqual(expect.arrayContaining(['node_modules', '.data', '.bench-data', '.env', 'dist', '.git']));
    expect(lines).toContain('!.env.example');
  });

  it('keeps what the build stage copies and builds', () => {
    const dockerfile = readFileSync(repoPath('Dockerfile'), 'utf8');
    const needed = ['package.json', 'package-lock.json', 'tsconfig.json', 'schema', 'web', 'subgraphs', 'gateway', 'platform', 'scripts', 'stack', 'demo', 'domain'];
    for (const path of needed) expect(lines).not.toContain(path);
    expect(dockerfile).toContain('COPY package.json package-lock.json ./');
  });
});
