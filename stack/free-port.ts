import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Ports below the kernel's ephemeral range given to each of up to this many test workers, apart. */
const WORKER_SLICES = 8;
const SLICE_SIZE = 1500;
const handedOut = new Set<number>();

/** The first port of the kernel's ephemeral range (32768 where the system does not say). */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 0 ? low : 32768;
  } catch {
    return 32768;
  }
}

function listenOn(port: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' || err.code === 'EACCES' ? resolve(null) : reject(err)));
    server.listen(port, '127.0.0.1', () => {
      const bound = (server.address() as { port: number }).port;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * A free loopback port for a test or benchmark server, usually one another process binds a moment
 * later. A port the kernel picks (port 0) can go, in that moment, to any socket another test opens
 * the same way, and two servers would then answer on one address. So the port comes from below the
 * kernel's ephemeral range, from a slice of its own for each jest worker, and never twice from one
 * process; binding it checks that nothing else holds it. Where the system leaves no room below its
 * ephemeral range, the kernel picks.
 */
export async function freePort(): Promise<number> {
  const top = ephemeralLow() - 1;
  const base = top - WORKER_SLICES * SLICE_SIZE + 1;
  if (base < 1024) return (await listenOn(0))!;
  const slice = Number(process.env.JEST_WORKER_ID ?? 0) % WORKER_SLICES;
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = base + slice * SLICE_SIZE + Math.floor(Math.random() * SLICE_SIZE);
    if (handedOut.has(port)) continue;
    if ((await listenOn(port)) !== null) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${base + slice * SLICE_SIZE}-${base + (slice + 1) * SLICE_SIZE - 1} after 100 tries`);
}
