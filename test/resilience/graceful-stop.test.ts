import { Client } from 'pg';
import { demoUser } from '../support/stack';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { generateWorld } from '../../demo/world';
import { fullProfileFamily } from '../support/world-picks';

/**
 * SIGTERM with requests in flight: the service stops taking new requests, finishes the ones it has,
 * closes its pool and exits 0. Requests are held in flight by a table lock in the families database, and the stop is sent only once
 * every one of them is queued behind it.
 */
describe('graceful stop', () => {
  const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
  const family = fullProfileFamily(world, '3674');
  const query = `{ family(id: "${family.id}") { id members { fullName } } }`;

  async function holdFamiliesTable(stack: ProcessStack): Promise<Client> {
    const locker = new Client({ connectionString: stack.databaseUrls.families });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE family IN ACCESS EXCLUSIVE MODE');
    return locker;
  }

  /** Waits until the families database has `count` statements queued behind the lock, so all are in flight. */
  async function waitForQueued(locker: Client, count: number): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const { rows } = await locker.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'family'::regclass`);
      if (rows[0].n >= count) return;
      if (Date.now() > deadline) throw new Error(`only ${rows[0].n} of ${count} requests reached the families database`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits until the service has logged that it is stopping: it has the signal and has begun its stop. */
  async function waitForStopping(stack: ProcessStack, service: 'families' | 'gateway'): Promise<void> {
    const deadline = Date.now() + 10_000;
    const stopping = () => stack.services[service].logs.some((l) => l.includes(`"msg":"${service} stopping"`));
    while (!stopping()) {
      if (Date.now() > deadline) throw new Error(`${service} did not log that it is stopping`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it.each(['families', 'gateway'] as const)(
    '%s completes every request in flight and exits 0',
    async (service) => {
      // At info level, so that the service's "stopping" line shows when the signal has been taken.
      const stack = await startProcessStack({ logLevel: 'info' });
      try {
        const locker = await holdFamiliesTable(stack);
        const inFlight = Array.from({ length: 10 }, () => stack.query(demoUser('tangsel-manager'), query));
        await waitForQueued(locker, inFlight.length);
        stack.services[service].child.kill('SIGTERM');
        await waitForStopping(stack, service);
        // Stopping, yet still running, with every request still waiting on the lock.
        expect(stack.services[service].child.exitCode).toBeNull();
        await waitForQueued(locker, inFlight.length);
        await locker.query('COMMIT');
        await locker.end();
        const answers = await Promise.all(inFlight);
        for (const { status, body } of answers) {
          expect(status).toBe(200);
          expect((body.data!.family as { id: string }).id).toBe(family.id);
        }
        expect(await stack.services[service].exited).toBe(0);
        process.stdout.write(`SIGTERM to ${service}: ${answers.length} requests in flight, ${answers.filter((a) => a.status === 200).length} completed, exit code 0\n`);
      } finally {
        await stack.stop();
      }
    },
    60_000,
  );
});
