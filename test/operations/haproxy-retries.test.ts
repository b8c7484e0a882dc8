import { createServer, Server } from 'node:http';
import { freePort } from '../../stack/free-port';
import { Balancer, describeHaproxy, loopback, startHaproxy } from './haproxy';

/**
 * What the balancer sends again when a replica dies before answering: a query goes to another
 * replica, a mutation is never sent twice (the dead replica may have committed it). The replicas
 * here take the request and then drop the connection without a word, as a killed process does.
 */
describeHaproxy('HAProxy retries', () => {
  let balancer: Balancer;
  let tier: number;
  const received: string[] = [];
  const servers: Server[] = [];

  beforeAll(async () => {
    const ports = [await freePort(), await freePort()];
    for (const port of ports) {
      const server = createServer((req, res) => {
        if (req.url === '/health/ready') return void res.end('{"ready":true}');
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          received.push(body);
          req.socket.destroy();
        });
      });
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      servers.push(server);
    }
    tier = await freePort();
    balancer = await startHaproxy([{ name: 'dying', bind: `127.0.0.1:${tier}`, replicas: ports.map(loopback) }], await freePort());
  });

  afterAll(async () => {
    await balancer?.stop();
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  const send = (query: string) => fetch(`http://127.0.0.1:${tier}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.status);

  beforeEach(() => received.splice(0));

  it('sends a query again when its replica dies before answering', async () => {
    expect(await send('query Profile { family(id: "x") { id } }')).toBe(502);
    expect(received.length).toBeGreaterThan(1);
  });

  it('never sends a mutation twice', async () => {
    expect(await send('  mutation Record { recordVisit(input: {}) { id } }')).toBe(502);
    expect(received).toHaveLength(1);
  });
});
