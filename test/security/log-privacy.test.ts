import { Client } from 'pg';
import { logger, sendLogsTo } from '../../subgraphs/kit';
import { demoUser, Stack, startStack } from '../support/stack';
import { PROFILE_BY_KK, PROFILE_BY_NIK } from '../support/profile-query';
import { fullProfileFamily } from '../support/world-picks';
import { indonesianFamily, MemberInput, REGISTER } from '../families/registry-fixtures';

/**
 * What the services log never names a family: a realistic session (profiles, searches, writes, a
 * duplicate registration and a database fault) is run with debug logging on, and the whole log is
 * searched for the demo data's names, NIKs, No. KKs and streets, and for the values the test sent.
 */
describe('logs carry no personal data', () => {
  let stack: Stack;
  const lines: string[] = [];
  const previousLevel = logger.level;
  beforeAll(async () => {
    sendLogsTo({ write: (line: string) => lines.push(line) });
    logger.level = 'debug';
    stack = await startStack();
  });
  afterAll(async () => {
    await stack.stop();
    logger.level = previousLevel;
    sendLogsTo();
  });

  it('logs requests, statements and failures without a name, NIK, No. KK or street', async () => {
    const worker = demoUser('lk3-counsellor');
    const family = fullProfileFamily(stack.world, '3674');
    const sent: string[] = [];
    await stack.query(worker, PROFILE_BY_KK, { kk: family.kkNumber });
    await stack.query(worker, PROFILE_BY_NIK, { nik: family.members[0].nik });
    await stack.query(worker, 'query($name: String!) { families(first: 5, filter: { name: $name }) { totalCount } }', { name: family.members[0].fullName });
    await stack.query(worker, 'query($kk: String!) { familyByKk(kkNumber: $kk) { id } }', { kk: `${family.kkNumber}x` });

    const input = indonesianFamily();
    const members = input.members as MemberInput[];
    sent.push(...members.flatMap((m) => [m.fullName, m.nik ?? '']), String(input.kkNumber), (input.address as { street: string }).street);
    const first = await stack.query(worker, REGISTER, { input });
    expect(first.errors).toBeUndefined();
    // The same NIKs again: a CONFLICT, whose unique violation carries the NIK in its detail.
    const again = { ...indonesianFamily(), members };
    const duplicate = await stack.query(worker, REGISTER, { input: { ...again, proceedDespiteDuplicates: true } });
    expect(duplicate.errors?.[0].extensions?.code).toBeDefined();

    // A database fault: a constraint PostgreSQL reports with the failing row, values included.
    const [{ db }] = await stack.subgraphs.families.subgraph.db.query<{ db: string }>('SELECT current_database() AS db');
    const url = new URL(process.env.SATUPINTU_TEST_ADMIN_URL!);
    url.pathname = `/${db}`;
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(`ALTER TABLE person ADD CONSTRAINT log_probe CHECK (full_name NOT LIKE 'Probe%') NOT VALID`);
      const probe = indonesianFamily();
      const probeMembers = (probe.members as MemberInput[]).map((m, i) => ({ ...m, fullName: `Probe Sutrisno ${'ABCDEFGH'[i]}` }));
      sent.push(...probeMembers.flatMap((m) => [m.fullName, m.nik ?? '']), String(probe.kkNumber));
      const fault = await stack.query(worker, REGISTER, { input: { ...probe, members: probeMembers, proceedDespiteDuplicates: true } });
      expect(fault.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await admin.query('ALTER TABLE person DROP CONSTRAINT IF EXISTS log_probe').catch(() => undefined);
      await admin.end();
    }

    const log = lines.join('');
    expect(log).toMatch(/"msg":"internal error"/);
    expect(log).toMatch(/"sqlstate":"23514"/);
    const personal = new Set<string>(sent.filter((v) => v.length >= 6));
    for (const f of stack.world.families) {
      if (f.kkNumber) personal.add(f.kkNumber);
      if (f.street.length >= 8) personal.add(f.street);
      for (const m of f.members) {
        if (m.nik) personal.add(m.nik);
        if (m.hkid) personal.add(m.hkid);
        if (m.fullName.length >= 8) personal.add(m.fullName);
      }
    }
    const found = [...personal].filter((value) => log.includes(value));
    expect(found).toEqual([]);
  });
});
