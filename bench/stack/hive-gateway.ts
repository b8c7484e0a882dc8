import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNAL_HEADER, repoPath, SubgraphName } from '../../subgraphs/kit';
import { freePort } from '../../stack/free-port';
import { launch, ServiceProcess } from './service-process';

/** The peer gateway the issue compares against, pinned. */
export const HIVE_GATEWAY_VERSION = '2.15.1';

/** The client header that carries the pre-signed internal token for one subgraph, e.g. x-bench-identity-families. */
export const hiveIdentityHeader = (subgraph: SubgraphName) => `x-bench-identity-${subgraph}`;

function installedVersion(dir: string): string | null {
  const file = join(dir, 'node_modules', '@graphql-hive', 'gateway', 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : null;
}

/**
 * Installs Hive Gateway into its own folder (outside SatuPintu's dependencies, with its own
 * package.json so that npm does not touch the project's) unless that version is there already.
 * Resolves with the seconds the install took (0 when it was there).
 */
export async function ensureHiveGateway(dir: string): Promise<number> {
  if (installedVersion(dir) === HIVE_GATEWAY_VERSION) return 0;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'satupintu-bench-hive-gateway', private: true }, null, 2));
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--save-exact', '--loglevel=error', `@graphql-hive/gateway@${HIVE_GATEWAY_VERSION}`], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm install @graphql-hive/gateway@${HIVE_GATEWAY_VERSION} failed (${code}):\n${output.slice(-2000)}`))));
  });
  if (installedVersion(dir) !== HIVE_GATEWAY_VERSION) throw new Error(`@graphql-hive/gateway@${HIVE_GATEWAY_VERSION} is not in ${dir} after npm install`);
  return (performance.now() - started) / 1000;
}

/**
 * How Hive reaches the subgraphs as the caller. SatuPintu's subgraphs accept a request only with an
 * internal token signed by the gateway and addressed to them (one audience per subgraph,
 * platform/internal-token.ts), and Hive cannot sign those. So the benchmark signs, once, the
 * bench caller's token for each of the four subgraphs and sends all four with every request, each
 * in its own header; Hive's propagateHeaders hook forwards to each subgraph the one addressed to it
 * as x-satupintu-identity. Hive thus skips the bearer-token check and the per-subgraph signing our
 * gateway does (both cached there); the subgraphs do the same work for both gateways.
 */
function gatewayConfig(): string {
  return `import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      const token = request.headers.get('x-bench-identity-' + String(subgraphName).toLowerCase());
      return token ? { '${INTERNAL_HEADER}': token } : {};
    },
  },
  logging: 'warn',
  landingPage: false,
  graphiql: false,
});
`;
}

/** Starts Hive Gateway on the committed supergraph, with its subgraph URLs pointed at the bench subgraphs. */
export async function startHiveGateway(dir: string, subgraphUrls: Record<SubgraphName, string>, profileDir?: string): Promise<{ url: string; process: ServiceProcess }> {
  const supergraph = readFileSync(repoPath('schema', 'supergraph.graphql'), 'utf8').replace(/@join__graph\(name: "(\w+)", url: "[^"]*"\)/g, (whole, name: string) =>
    name in subgraphUrls ? `@join__graph(name: "${name}", url: "${subgraphUrls[name as SubgraphName]}")` : whole,
  );
  writeFileSync(join(dir, 'supergraph.graphql'), supergraph);
  writeFileSync(join(dir, 'gateway.config.mjs'), gatewayConfig());
  const port = await freePort();
  const process = await launch({
    name: 'Hive Gateway',
    port,
    cwd: dir,
    args: [
      join(dir, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js'),
      'supergraph',
      'supergraph.graphql',
      '--config-path',
      'gateway.config.mjs',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--fork',
      '1',
    ],
    env: { NODE_ENV: 'production' },
    readyUrl: `http://127.0.0.1:${port}/readiness`,
    profileDir,
  });
  return { url: `http://127.0.0.1:${port}/graphql`, process };
}
