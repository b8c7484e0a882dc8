import { ChildProcess, spawn } from 'node:child_process';
import { repoPath, SUBGRAPH_NAMES, SUBGRAPHS, SubgraphName } from '../../subgraphs/kit';
import { ownSubgraphEntries } from '../../platform/supergraph-config';
import { waitForHttp } from '../../stack/wait-for-http';
import { gatewayEnv as gatewaySecretsEnv, subgraphEnv } from '../../stack/service-env';
import { copyTemplates, tokenFor, TestClaims } from './stack';
import { freePort } from '../../stack/free-port';

/** One service running as its own process, with its log lines collected. */
export interface ServiceProcess {
  name: string;
  port: number;
  child: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
  /** The port of its GET /metrics listener, when the stack was started with `metrics`. */
  metricsPort?: number;
}

/** The product as `npm start` runs it: each subgraph and the gateway in its own process (built code in dist/). */
export interface ProcessStack {
  gatewayUrl: string;
  services: Record<SubgraphName | 'gateway', ServiceProcess>;
  databaseUrls: Record<SubgraphName, string>;
  /** Starts (or starts again) one subgraph's process on its port. */
  startSubgraph(name: SubgraphName): Promise<ServiceProcess>;
  query(
    as: TestClaims,
    query: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> } }>;
  stop(): Promise<void>;
}

/** Stops services with SIGTERM (those still running) and waits until every one has exited. */
export async function stopServices(services: readonly ServiceProcess[]): Promise<void> {
  await Promise.all(
    services.map(async (s) => {
      if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
      await s.exited;
    }),
  );
}

/** Starts one built service (`script` under dist/) as its own process on `port`, with its own metrics port or none. */
export function launch(name: string, script: string, env: Record<string, string>, port: number, metricsPort?: number): ServiceProcess {
  // A METRICS_PORT of the test run's own environment would be one port for every service: each gets its own or none.
  const metrics = { METRICS_PORT: metricsPort === undefined ? '' : String(metricsPort) };
  const child = spawn(process.execPath, [repoPath('dist', script)], { env: { ...env, PORT: String(port), SATUPINTU_SERVICE: name, ...metrics }, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const collect = (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, port, child, logs, exited, ...(metricsPort === undefined ? {} : { metricsPort }) };
}

export interface ProcessStackOptions {
  /** Extra environment for the gateway (e.g. GATEWAY_SUBGRAPH_TIMEOUT_MS). */
  gatewayEnv?: Record<string, string>;
  /** Subgraph URL overrides for the gateway (e.g. a slow proxy in front of one). */
  gatewaySubgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** Subgraphs not to start before the gateway. */
  withoutSubgraphs?: SubgraphName[];
  /** Database URL overrides. */
  databaseUrls?: Partial<Record<SubgraphName, string>>;
  logLevel?: string;
  /** Extra environment for every service, the gateway and the subgraphs (e.g. OTEL_EXPORTER_OTLP_ENDPOINT). */
  env?: Record<string, string>;
  /** Gives every service a METRICS_PORT of its own (ServiceProcess.metricsPort). Default: no metrics listeners. */
  metrics?: boolean;
}

export async function startProcessStack(options: ProcessStackOptions = {}): Promise<ProcessStack> {
  const databaseUrls = { ...(await copyTemplates()), ...options.databaseUrls };
  const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await freePort()]))) as Record<SubgraphName, number>;
  const metricsPorts = options.metrics
    ? (Object.fromEntries(await Promise.all([...SUBGRAPH_NAMES, 'gateway'].map(async (name) => [name, await freePort()]))) as Record<SubgraphName | 'gateway', number>)
    : undefined;
  const peerUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${ports[n]}/graphql`]));
  // NODE_ENV as `npm start` leaves it (unset is development), not jest's `test`: libraries behave
  // differently under `test` (Apollo Server, for one, leaves signals alone), and these processes must
  // behave as the product's do.
  const common = { NODE_ENV: 'development', LOG_LEVEL: options.logLevel ?? 'warn', SHUTDOWN_GRACE_MS: '10000', ...peerUrls, ...options.env };
  const services = {} as ProcessStack['services'];
  // End users' token key and the identity private key go to the gateway only; a subgraph gets the public key and its own database.
  const startSubgraph = async (name: SubgraphName) => {
    services[name] = launch(
      name,
      `subgraphs/${name}/src/index.js`,
      { ...subgraphEnv(process.env, name, databaseUrls[name], process.env.SATUPINTU_IDENTITY_PUBLIC_KEY!), ...common },
      ports[name],
      metricsPorts?.[name],
    );
    await waitForHttp(`http://127.0.0.1:${ports[name]}/health/ready`, 30_000);
    return services[name];
  };
  // SatuPintu's own subgraphs that the composition config lists.
  const configured = ownSubgraphEntries().map((s) => s.name);
  await Promise.all(configured.filter((n) => !options.withoutSubgraphs?.includes(n)).map(startSubgraph));
  const gatewayPort = await freePort();
  const gatewayEnv = { ...common, ...Object.fromEntries(Object.entries(options.gatewaySubgraphUrls ?? {}).map(([n, url]) => [`${n.toUpperCase()}_URL`, url!])), ...options.gatewayEnv };
  services.gateway = launch(
    'gateway',
    'gateway/src/index.js',
    { ...gatewaySecretsEnv(process.env, { jwtSecret: process.env.SATUPINTU_JWT_SECRET, identityPrivateKey: process.env.SATUPINTU_IDENTITY_PRIVATE_KEY! }), ...gatewayEnv },
    gatewayPort,
    metricsPorts?.gateway,
  );
  await waitForHttp(`http://127.0.0.1:${gatewayPort}/health/live`, 30_000);
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
  return {
    gatewayUrl,
    services,
    databaseUrls,
    startSubgraph,
    async query(as, query, headers = {}) {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(as)}`, ...headers },
        body: JSON.stringify({ query }),
      });
      return { status: res.status, body: (await res.json()) as never };
    },
    async stop() {
      await stopServices(Object.values(services));
    },
  };
}
