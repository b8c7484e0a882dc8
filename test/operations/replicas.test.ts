import { SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { generateWorld } from '../../demo/world';
import { freePort } from '../../stack/free-port';
import { waitForHttp } from '../../stack/wait-for-http';
import { gatewayEnv, subgraphEnv } from '../../stack/service-env';
import { drive } from '../../bench/load/drive';
import { launch, ServiceProcess, stopServices } from '../support/process-stack';
import { copyTemplates, demoUser, tokenFor } from '../support/stack';
import { PROFILE_BY_KK } from '../support/profile-query';
import { fullProfileFamily } from '../support/world-picks';
import { Balancer, describeHaproxy, loopback, startHaproxy } from './haproxy';

/**
 * The scale-out path: two gateway replicas and two replicas of the families subgraph behind HAProxy,
 * on one database per subgraph. One replica of each is killed (SIGKILL, as a crashed machine) while
 * dashboards load profiles: not one request fails. With no families replica left, answers fail
 * cleanly and come back when a replica does.
 */
describeHaproxy('two replicas behind HAProxy', () => {
  const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
  const family = fullProfileFamily(world, '3674');
  const services: ServiceProcess[] = [];
  let balancer: Balancer;
  let gatewayTier: number;
  let families: ServiceProcess[];
  let gateways: ServiceProcess[];
  let startFamilies: () => Promise<ServiceProcess>;
  const common = { NODE_ENV: 'development', LOG_LEVEL: 'warn', SHUTDOWN_GRACE_MS: '2000' };

  const ready = (s: ServiceProcess) => waitForHttp(`http://127.0.0.1:${s.port}/health/ready`, 30_000);

  async function waitForServers(expected: Record<string, string>): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const servers = await balancer.servers();
      if (Object.entries(expected).every(([name, status]) => servers[name]?.status.startsWith(status))) return;
      if (Date.now() > deadline) throw new Error(`HAProxy servers are ${JSON.stringify(servers)}, expected ${JSON.stringify(expected)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function kill(service: ServiceProcess): Promise<void> {
    service.child.kill('SIGKILL');
    await service.exited;
  }

  beforeAll(async () => {
    const databaseUrls = await copyTemplates();
    const ports = { families: [await freePort(), await freePort()], gateway: [await freePort(), await freePort()] };
    const single = Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.filter((n) => n !== 'families').map(async (n) => [n, await freePort()]))) as Record<SubgraphName, number>;
    const familiesTier = await freePort();
    gatewayTier = await freePort();
    balancer = await startHaproxy(
      [
        { name: 'families', bind: `127.0.0.1:${familiesTier}`, replicas: ports.families.map(loopback) },
        { name: 'gateway', bind: `127.0.0.1:${gatewayTier}`, replicas: ports.gateway.map(loopback), check: '/health/live' },
      ],
      await freePort(),
    );
    // Every service reaches the families subgraph through the balancer, as a deployment would.
    const peers = {
      FAMILIES_URL: `http://127.0.0.1:${familiesTier}/graphql`,
      ...Object.fromEntries(Object.entries(single).map(([n, port]) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`])),
    };
    const subgraph = (name: SubgraphName, port: number) =>
      launch(name, `subgraphs/${name}/src/index.js`, { ...subgraphEnv(process.env, name, databaseUrls[name], process.env.SATUPINTU_IDENTITY_PUBLIC_KEY!), ...common, ...peers }, port);
    let next = 0;
    startFamilies = async () => {
      const replica = subgraph('families', ports.families[next++ % 2]);
      services.push(replica);
      await ready(replica);
      return replica;
    };
    families = [await startFamilies(), await startFamilies()];
    const others = Object.entries(single).map(([n, port]) => subgraph(n as SubgraphName, port));
    services.push(...others);
    await Promise.all(others.map(ready));
    const gatewaySecrets = gatewayEnv(process.env, { jwtSecret: process.env.SATUPINTU_JWT_SECRET, identityPrivateKey: process.env.SATUPINTU_IDENTITY_PRIVATE_KEY! });
    gateways = ports.gateway.map((port) => launch('gateway', 'gateway/src/index.js', { ...gatewaySecrets, ...common, ...peers }, port));
    services.push(...gateways);
    await Promise.all(gateways.map(ready));
    await waitForServers({ families1: 'UP', families2: 'UP', gateway1: 'UP', gateway2: 'UP' });
  });

  afterAll(async () => {
    await stopServices(services);
    await balancer?.stop();
  });

  const body = JSON.stringify({ query: PROFILE_BY_KK, variables: { kk: family.kkNumber } });

  it('loses no request while one gateway and one families replica are killed under load', async () => {
    const token = await tokenFor(demoUser('tangsel-manager'));
    const load = drive({ url: `http://127.0.0.1:${gatewayTier}/graphql`, headers: () => ({ authorization: `Bearer ${token}` }), body: () => body, connections: 8, seconds: 6 });
    await new Promise((r) => setTimeout(r, 1500));
    await kill(families[0]);
    await new Promise((r) => setTimeout(r, 1500));
    await kill(gateways[0]);
    const result = await load;

    expect({ errors: result.errors, non2xx: result.non2xx, graphqlErrors: result.graphqlErrors, firstError: result.firstError }).toEqual({
      errors: 0,
      non2xx: 0,
      graphqlErrors: 0,
      firstError: undefined,
    });
    expect(result.requests).toBeGreaterThan(50);
    const servers = await balancer.servers();
    // Both replicas of each tier served before one of them died, and the dead ones are out.
    for (const name of ['families1', 'families2', 'gateway1', 'gateway2']) expect(servers[name].sessions).toBeGreaterThan(0);
    expect(servers.families1.status).toMatch(/DOWN/);
    expect(servers.gateway1.status).toMatch(/DOWN/);
  });

  it('answers with a clean error while no families replica lives, and recovers when one starts', async () => {
    const token = await tokenFor(demoUser('tangsel-manager'));
    const ask = async () => {
      const res = await fetch(`http://127.0.0.1:${gatewayTier}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      return { status: res.status, body: (await res.json()) as { data?: { familyByKk: { id: string } | null }; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
    };
    await kill(families[1]);
    await waitForServers({ families2: 'DOWN' });
    const down = await ask();
    expect(down.status).toBe(200);
    expect(down.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|at .*\.js:\d+|127\.0\.0\.1/);

    families = [await startFamilies()];
    await waitForServers({ families1: 'UP' });
    const back = await ask();
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data?.familyByKk?.id).toBe(family.id);
  });
});
