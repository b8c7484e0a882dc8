import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoUser } from '../support/stack';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { generateWorld } from '../../demo/world';
import { fullProfileFamily } from '../support/world-picks';
import { SUPERGRAPH_FILE } from '../../stack/supergraph';

const PROFILE = (kk: string) => `{ familyByKk(kkNumber: "${kk}") { id members { fullName } serviceEpisodes { id agency { name } } referrals { id } appointments { id } } }`;
const FAMILY_DESCRIPTION = '{ __type(name: "Family") { description } }';

/** Replaces the served file in one rename, as `npm run compose` does. */
function replace(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The gateway serves the supergraph file it is given and swaps to a new one while it serves. */
describe('supergraph reload', () => {
  const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
  const family = fullProfileFamily(world, '3674');
  const manager = demoUser('tangsel-manager');
  const committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-supergraph-'));
  const file = join(dir, 'supergraph.graphql');
  let stack: ProcessStack;

  const readiness = async () => ((await (await fetch(stack.gatewayUrl.replace('/graphql', '/health/ready'))).json()) as { checks: Record<string, string> }).checks;
  const description = async () => ((await stack.query(manager, FAMILY_DESCRIPTION)).body.data!.__type as { description: string }).description;
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 100 && !(await check()); i++) await sleep(100);
    expect(await check()).toBe(true);
  };

  beforeAll(async () => {
    writeFileSync(file, committed);
    stack = await startProcessStack({ gatewayEnv: { GATEWAY_SUPERGRAPH_FILE: file, GATEWAY_SUPERGRAPH_POLL_MS: '100' } });
  }, 60_000);
  afterAll(async () => {
    await stack.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('swaps to a changed supergraph under load with no failed request', async () => {
    const before = await description();
    const changed = committed.replace(before, 'A household on one family card (Kartu Keluarga): reloaded.');
    expect(changed).not.toBe(committed);
    let stop = false;
    let ok = 0;
    const failures: string[] = [];
    const worker = async () => {
      while (!stop) {
        const res = await stack.query(manager, PROFILE(family.kkNumber!));
        if (res.status === 200 && !res.body.errors && res.body.data?.familyByKk) ok++;
        else failures.push(`${res.status} ${JSON.stringify(res.body.errors ?? null).slice(0, 200)}`);
      }
    };
    const load = Promise.all(Array.from({ length: 6 }, worker));
    await sleep(500);
    replace(file, changed);
    await until(async () => (await description()) === 'A household on one family card (Kartu Keluarga): reloaded.');
    await sleep(500);
    replace(file, committed);
    await until(async () => (await description()) === before);
    await sleep(300);
    stop = true;
    await load;
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(20);
  }, 60_000);

  it('keeps serving the previous supergraph when the new one does not load, and says so in readiness', async () => {
    const served = (await readiness()).supergraph;
    expect(served).toMatch(/^serving [0-9a-f]{12}$/);
    replace(file, 'schema { query: Query }\ntype Query { broken: String }\n');
    await until(async () => /reload failed/.test((await readiness()).supergraph));
    expect((await readiness()).supergraph).toContain(served.replace('serving ', ''));
    const still = await stack.query(manager, PROFILE(family.kkNumber!));
    expect(still.status).toBe(200);
    expect(still.body.errors).toBeUndefined();
    rmSync(file);
    await sleep(400);
    expect((await stack.query(manager, PROFILE(family.kkNumber!))).body.errors).toBeUndefined();
    replace(file, committed);
    await until(async () => (await readiness()).supergraph === served);
    expect(stack.services.gateway.logs.some((line) => line.includes('supergraph reload failed'))).toBe(true);
  }, 60_000);
});
