import { ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoToken } from '../../demo/demo-users';
import { SHOWCASE_FAMILY_ID } from '../../examples/puspaga/case-system/seed-cases';
import { preparePuspagaExample } from '../../examples/puspaga/example-stack';
import { repoPath, SUBGRAPH_NAMES } from '../../platform';
import { freePort } from '../../stack/free-port';
import { waitForHttp } from '../../stack/wait-for-http';
import { createTestDatabase, launchBuilt, NodeProcess, sharedEnv } from '../examples/puspaga-processes';

/**
 * The steps of docs/joining.md, done on a running embedded install (`npm start`): the agency starts its
 * subgraph against the gateway's published identity keys, runs the conformance check, adds its entry to
 * the composition config, and the gateway serves it with nothing restarted; removing the entry takes it
 * out again.
 */
describe('joining a subgraph to a running install, by the guide', () => {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-join-'));
  // The embedded PostgreSQL runs as its own user, which must be able to enter the data folder.
  chmodSync(dir, 0o755);
  const configFile = join(dir, 'supergraph.yaml');
  const dataDir = join(dir, 'data');
  let install: ChildProcess;
  const installLog: string[] = [];
  let gatewayPort: number;
  let adapterPort: number;
  const agencyProcesses: NodeProcess[] = [];

  const waitForLog = async (pattern: RegExp, timeoutMs: number) => {
    const until = Date.now() + timeoutMs;
    while (!pattern.test(installLog.join('\n'))) {
      if (Date.now() > until) throw new Error(`npm start did not print ${pattern} in ${timeoutMs} ms:\n${installLog.slice(-40).join('\n')}`);
      if (install.exitCode !== null) throw new Error(`npm start exited (${install.exitCode}):\n${installLog.slice(-40).join('\n')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  const profileQuery = `{ family(id: "${SHOWCASE_FAMILY_ID}") { id members { id } puspagaCases { caseNumber status kind } } }`;
  const ask = async (as: string, query: string) => {
    const secrets = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as { jwtSecret: string };
    const res = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await demoToken(as, secrets.jwtSecret)}` },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: { family: { puspagaCases: Array<{ caseNumber: string }> | null } | null } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  };
  /** Asks until the answer passes `check` (the gateway polls its supergraph file). */
  const askUntil = async (as: string, query: string, check: (a: Awaited<ReturnType<typeof ask>>) => boolean, timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const answer = await ask(as, query);
      if (check(answer)) return answer;
      if (Date.now() > until) throw new Error(`the gateway did not answer as expected in ${timeoutMs} ms: ${JSON.stringify(answer)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  beforeAll(async () => {
    // The install's own composition config, as the repository's but on ports free on this machine.
    const ports = await Promise.all(SUBGRAPH_NAMES.map(() => freePort()));
    writeFileSync(
      configFile,
      [
        'federation_version: =2.14.4',
        'subgraphs:',
        ...SUBGRAPH_NAMES.flatMap((name, i) => [`  ${name}:`, `    routing_url: http://127.0.0.1:${ports[i]}/graphql`, '    schema:', `      file: ${repoPath('schema', `${name}.graphql`)}`]),
        '',
      ].join('\n'),
    );
    gatewayPort = await freePort();
    install = spawn(process.execPath, [repoPath('dist', 'scripts', 'start.js')], {
      env: {
        ...sharedEnv(),
        SATUPINTU_DATA_DIR: dataDir,
        SATUPINTU_PG_PORT: String(await freePort()),
        GATEWAY_PORT: String(gatewayPort),
        SATUPINTU_SUPERGRAPH_CONFIG: configFile,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => installLog.push(...chunk.toString('utf8').split('\n'));
    install.stdout!.on('data', collect);
    install.stderr!.on('data', collect);
    await waitForLog(/SatuPintu is ready in/, 150_000);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(agencyProcesses.map((p) => p.stop()));
    if (install && install.exitCode === null) {
      const exited = new Promise((r) => install.once('exit', r));
      install.kill('SIGTERM');
      await exited;
    }
  }, 60_000);

  it('serves the four subgraphs, and no PUSPAGA field yet', async () => {
    expect(installLog.join('\n')).toContain(`Identity public key for joining subgraphs: ${join(dataDir, 'identity-public-key.pem')}`);
    const answer = await ask('puspaga-tangsel-counsellor', profileQuery);
    expect(answer.errors?.[0]).toMatchObject({ message: expect.stringContaining('Cannot query field "puspagaCases"'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('step 1: the agency starts its subgraph with only the gateway’s published identity keys', async () => {
    const example = await preparePuspagaExample({
      databaseUrl: await createTestDatabase('join_puspaga'),
      identityJwksUrl: `http://127.0.0.1:${gatewayPort}/.well-known/satupintu-identity-keys.json`,
      caseSystemPort: await freePort(),
      adapterPort: await freePort(),
    });
    for (const p of example.processes) {
      agencyProcesses.push(launchBuilt(p.script, { ...sharedEnv(), ...p.env, LOG_LEVEL: 'warn' }, p.port));
      await waitForHttp(`http://127.0.0.1:${p.port}${p.readyPath}`, 30_000);
    }
    adapterPort = example.processes[1].port;
    expect(Object.keys(example.processes[1].env)).not.toContain('SATUPINTU_IDENTITY_PUBLIC_KEY');
  }, 60_000);

  it('step 2: the conformance check passes it, signing with the install’s key', async () => {
    const child = spawn(
      process.execPath,
      [repoPath('dist', 'scripts', 'check-subgraph.js'), '--name', 'puspaga', '--url', `http://127.0.0.1:${adapterPort}/graphql`, '--schema', repoPath('examples', 'puspaga', 'puspaga.graphql')],
      { env: { ...sharedEnv(), SATUPINTU_DATA_DIR: dataDir, SATUPINTU_SUPERGRAPH_CONFIG: configFile }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
    const code = await new Promise((r) => child.once('exit', r));
    expect({ code, out }).toEqual({ code: 0, out: expect.stringMatching(/Signing with the embedded install's identity key[\s\S]*0 failed/) });
    expect(out).toMatch(/^compose +PASS +composes with the 4 committed subgraphs/m);
  }, 60_000);

  it('step 3: adding its entry to the config joins it, with nothing restarted', async () => {
    const pid = install.pid;
    appendFileSync(
      configFile,
      ['  puspaga:', `    routing_url: http://127.0.0.1:${adapterPort}/graphql`, '    schema:', `      file: ${repoPath('examples', 'puspaga', 'puspaga.graphql')}`, ''].join('\n'),
    );
    await waitForLog(/changed: composed families, services, referrals, scheduling, puspaga/, 15_000);
    const answer = await askUntil('puspaga-tangsel-counsellor', profileQuery, (a) => Array.isArray(a.data?.family?.puspagaCases));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.family!.puspagaCases!.length).toBeGreaterThan(0);
    expect(answer.data!.family!.puspagaCases![0].caseNumber).toMatch(/^PSP\/TGS\/\d{4}\/\d{4}$/);
    // Another agency's counsellor sees the family (LK3 works with it) but none of PUSPAGA's cases.
    expect((await ask('lk3-counsellor', profileQuery)).data?.family?.puspagaCases).toEqual([]);
    expect(install.pid).toBe(pid);
    expect(install.exitCode).toBeNull();
  }, 60_000);

  it('a config that does not compose leaves the gateway serving the last one that did', async () => {
    const good = readFileSync(configFile, 'utf8');
    writeFileSync(configFile, good.replace(/schema\/families\.graphql/, 'schema/no-such-file.graphql'));
    await waitForLog(/changed but does not compose; the gateway keeps serving the previous supergraph/, 15_000);
    expect(Array.isArray((await ask('puspaga-tangsel-counsellor', profileQuery)).data?.family?.puspagaCases)).toBe(true);
    writeFileSync(configFile, good);
    await waitForLog(/changed: composed [\s\S]*changed: composed families, services, referrals, scheduling, puspaga/, 15_000);
  }, 60_000);

  it('removing its entry takes it out again', async () => {
    const config = readFileSync(configFile, 'utf8');
    writeFileSync(configFile, config.slice(0, config.indexOf('  puspaga:')));
    const answer = await askUntil('puspaga-tangsel-counsellor', profileQuery, (a) => a.errors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors![0].message).toContain('Cannot query field "puspagaCases"');
    const ready = (await (await fetch(`http://127.0.0.1:${gatewayPort}/health/ready`)).json()) as { checks: Record<string, string> };
    expect(Object.keys(ready.checks).sort()).toEqual([...SUBGRAPH_NAMES, 'supergraph'].sort());
  }, 60_000);
});
