import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { freePort } from './free-port';

const ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

describe('freePort', () => {
  it('hands out distinct ports below the ephemeral range, each free to bind', async () => {
    const ports: number[] = [];
    for (let i = 0; i < 40; i++) ports.push(await freePort());
    expect(new Set(ports).size).toBe(ports.length);
    for (const port of ports) expect(port).toBeLessThan(ephemeralLow);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(ports[0], '127.0.0.1', resolve));
    server.close();
  });

  it('gives two test workers ports that cannot meet', async () => {
    const worker = process.env.JEST_WORKER_ID;
    const portsOf = async (id: string) => {
      process.env.JEST_WORKER_ID = id;
      const ports: number[] = [];
      for (let i = 0; i < 30; i++) ports.push(await freePort());
      return ports;
    };
    try {
      const [first, second] = [await portsOf('1'), await portsOf('2')];
      expect(Math.max(...first) < Math.min(...second) || Math.max(...second) < Math.min(...first)).toBe(true);
    } finally {
      process.env.JEST_WORKER_ID = worker;
    }
  });
});
