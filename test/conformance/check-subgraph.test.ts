import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { checkSubgraph, CheckRow } from '../../stack/conformance/check-subgraph';
import { parseKnown } from '../../stack/conformance/representations';
import { readSchemaFile } from '../../stack/supergraph';
import { repoPath, SUBGRAPH_NAMES, SubgraphName } from '../../subgraphs/kit';
import { Stack, startStack } from '../support/stack';
import { BrokenSubgraph, BrokenSubgraphFlaws, startBrokenSubgraph } from './broken-subgraph';

const IDENTITY_ROWS = ['identity: no token', 'identity: forged token', 'identity: expired token', 'identity: other audience'];

/** The rows by name, for assertions that show the whole table when they fail. */
function table(rows: CheckRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.name, `${r.status} ${r.detail}`]));
}

function failed(rows: CheckRow[]): string[] {
  return rows.filter((r) => r.status === 'FAIL').map((r) => r.name);
}

describe('the subgraph conformance check', () => {
  describe('on the four subgraphs of SatuPintu', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack();
    });
    afterAll(() => stack.stop());

    /**
     * Records of the demo world each subgraph holds and LK3 Kota Tangerang Selatan may see, picked from the
     * whole world so that any day's demo world has them: the family of one of its episodes, a referral from
     * or to it, and an appointment of its staff.
     */
    function knownOf(name: SubgraphName) {
      const { world } = stack;
      const lk3 = world.agencies.find((a) => a.code === 'LK3-TANGSEL')!;
      const episode = world.episodes.find((e) => e.agencyId === lk3.id && !world.families.find((f) => f.id === e.familyId)?.addressProtected)!;
      const family = world.families.find((f) => f.id === episode.familyId)!;
      const referral = world.referrals.find((r) => r.fromAgencyId === lk3.id || r.toAgencyId === lk3.id)!;
      const appointment = world.appointments.find((a) => world.staff.find((s) => s.id === a.staffId)?.agencyId === lk3.id)!;
      const known: Record<SubgraphName, string[]> = {
        families: [`Family:${family.id}`, `Person:${family.members[0].id}`],
        services: [`Agency:${lk3.id}`, `ServiceEpisode:${episode.id}`],
        referrals: [`Referral:${referral.id}`],
        scheduling: [`Staff:${appointment.staffId}`, `Appointment:${appointment.id}`],
      };
      return { agencyId: lk3.id, known: known[name] };
    }

    it.each(SUBGRAPH_NAMES)('%s passes every row', async (name) => {
      const { agencyId, known } = knownOf(name);
      const rows = await checkSubgraph({
        name,
        url: stack.subgraphs[name].url,
        typeDefs: readSchemaFile(repoPath('schema', `${name}.graphql`)),
        known: known.map(parseKnown),
        agencyId,
      });
      expect(table(rows)).toEqual(Object.fromEntries(rows.map((r) => [r.name, expect.stringMatching(/^(PASS|WARN) /)])));
      expect(rows.filter((r) => r.status !== 'PASS' && r.name !== 'response time')).toEqual([]);
    });
  });

  describe('on a broken subgraph', () => {
    async function check(flaws: BrokenSubgraphFlaws) {
      const broken = await startBrokenSubgraph(flaws);
      try {
        return await checkSubgraph({
          name: broken.name,
          url: broken.url,
          typeDefs: readSchemaFile(broken.schemaFile),
          known: [{ typename: 'ParentingClass', id: broken.classes[0].id }],
        });
      } finally {
        await broken.stop();
      }
    }

    it('passes with every flaw off', async () => {
      const rows = await check({});
      expect(failed(rows)).toEqual([]);
      expect(table(rows)['_entities batch']).toMatch(/^PASS .*ParentingClass, Family \(not owned\), 1 known/);
    });

    it('without a token check fails the identity rows, and only those', async () => {
      const rows = await check({ noTokenCheck: true });
      expect(failed(rows)).toEqual(IDENTITY_ROWS);
      expect(table(rows)['identity: no token']).toMatch(/^FAIL answered 200 with data to _service and _entities without an identity token$/);
      expect(table(rows)['identity: forged token']).toMatch(/^FAIL .*with a token signed by a key that is not the gateway's/);
      expect(table(rows)['identity: expired token']).toMatch(/^FAIL .*with an expired token/);
      expect(table(rows)['identity: other audience']).toMatch(/^FAIL .*addressed to another subgraph/);
    });

    it('resolving references one by one fails the batching row, and only that', async () => {
      const rows = await check({ unbatched: true });
      expect(failed(rows)).toEqual(['batching']);
      expect(table(rows).batching).toMatch(/^FAIL ParentingClass: 100 representations take \d+\.\dx one .*references look resolved one by one$/);
    });

    it('leaking stack traces fails the error-masking row, and only that', async () => {
      const rows = await check({ leakStack: true });
      expect(failed(rows)).toEqual(['error masking']);
      expect(table(rows)['error masking']).toMatch(/^FAIL answered with extensions\.stacktrace to /);
    });

    describe('from the command line', () => {
      let broken: BrokenSubgraph;
      beforeAll(async () => {
        broken = await startBrokenSubgraph({ noTokenCheck: true });
      });
      afterAll(() => broken.stop());

      it('prints the table and exits 1', async () => {
        const child = spawn(process.execPath, [repoPath('dist', 'scripts', 'check-subgraph.js'), '--name', broken.name, '--url', broken.url, '--schema', broken.schemaFile], {
          env: process.env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
        expect({ code, stdout }).toEqual({ code: 1, stdout: expect.stringContaining(`Subgraph conformance: ${broken.name} at ${broken.url}`) });
        expect(stdout).toMatch(/^identity: no token +FAIL +answered 200 with data/m);
        expect(stdout).toMatch(/^compose +PASS +composes with the 4 committed subgraphs/m);
        expect(stdout).toMatch(/4 failed$/m);
      });

      it('exits 2 and says how to get the key when SATUPINTU_IDENTITY_PRIVATE_KEY is not set and no embedded install has one', async () => {
        const { SATUPINTU_IDENTITY_PRIVATE_KEY: _key, ...rest } = process.env;
        const env = { ...rest, SATUPINTU_DATA_DIR: mkdtempSync(join(tmpdir(), 'satupintu-no-install-')) };
        const child = spawn(process.execPath, [repoPath('dist', 'scripts', 'check-subgraph.js'), '--name', broken.name, '--url', broken.url, '--schema', broken.schemaFile], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
        expect(code).toBe(2);
        expect(stderr).toMatch(/SATUPINTU_IDENTITY_PRIVATE_KEY is not set/);
      });
    });
  });
});
