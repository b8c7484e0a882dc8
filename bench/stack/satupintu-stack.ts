import { repoPath, SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { freePort } from '../../stack/free-port';
import { gatewayEnv, subgraphEnv } from '../../stack/service-env';
import { launch, ServiceProcess } from './service-process';

/** SatuPintu as `npm start` runs it, on the bench databases: four subgraph processes and the gateway. */
export interface SatuPintuStack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  gateway: ServiceProcess;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  stop(): Promise<void>;
}

/** The secrets of one benchmark run: the callers' token key and the gateway's identity key pair. */
export interface RunSecrets {
  jwtSecret: string;
  identityPrivateKey: string;
  identityPublicKey: string;
}

/**
 * Starts the four subgraphs (built code in dist/) on free ports over the bench databases, then the
 * gateway in front of them, each its own process as in production (NODE_ENV=production, LOG_LEVEL=warn).
 */
export async function startSatuPintu(databaseUrls: Record<SubgraphName, string>, secrets: RunSecrets, profileDir?: string): Promise<SatuPintuStack> {
  const ports = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (n) => [n, await freePort()] as const))) as Record<SubgraphName, number>;
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, `http://127.0.0.1:${ports[n]}/graphql`])) as Record<SubgraphName, string>;
  const common = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    // The Apollo gateway reports usage data to Apollo unless this is set.
    APOLLO_TELEMETRY_DISABLED: process.env.APOLLO_TELEMETRY_DISABLED || '1',
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphUrls[n]])),
  };
  const started: ServiceProcess[] = [];
  try {
    const subgraphs = Object.fromEntries(
      await Promise.all(
        SUBGRAPH_NAMES.map(async (n) => {
          const service = await launch({
            name: `${n} subgraph`,
            port: ports[n],
            args: [repoPath('dist', 'subgraphs', n, 'src', 'index.js')],
            env: { ...subgraphEnv(process.env, n, databaseUrls[n], secrets.identityPublicKey), ...common, SATUPINTU_SERVICE: n, PORT: String(ports[n]) },
            readyUrl: `http://127.0.0.1:${ports[n]}/health/ready`,
            // The first start on a fresh dataset runs any migration added since it was built.
            readyTimeoutMs: 300_000,
            profileDir,
          });
          started.push(service);
          return [n, service] as const;
        }),
      ),
    ) as Record<SubgraphName, ServiceProcess>;
    const gatewayPort = await freePort();
    const gateway = await launch({
      name: 'gateway',
      port: gatewayPort,
      args: [repoPath('dist', 'gateway', 'src', 'index.js')],
      env: { ...gatewayEnv(process.env, { jwtSecret: secrets.jwtSecret, identityPrivateKey: secrets.identityPrivateKey }), ...common, SATUPINTU_SERVICE: 'gateway', PORT: String(gatewayPort) },
      readyUrl: `http://127.0.0.1:${gatewayPort}/health/ready`,
      profileDir,
    });
    started.push(gateway);
    return {
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      subgraphUrls,
      gateway,
      subgraphs,
      async stop() {
        await gateway.stop();
        await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
      },
    };
  } catch (err) {
    await Promise.all(started.map((s) => s.stop()));
    throw err;
  }
}
