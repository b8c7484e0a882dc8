import { createHash } from 'node:crypto';
import { clock } from '../../subgraphs/kit';
import { parseCreateReferral } from '../../subgraphs/referrals/src/referral/create-referral-input';
import { ReferralWriteRepository } from '../../subgraphs/referrals/src/referral/referral-write.repository';
import type { CreateReferralInput } from '../../subgraphs/referrals/src/generated/graphql';
import { demoUser, Stack, startStack } from '../support/stack';
import { act, CREATE_REFERRAL, createReferral, firstError, Parties, readReferral, ReferralView, referralInput, tangselFamily, tangselParties } from './referral-fixtures';

type Created = { createReferral: { replayed: boolean; referral: ReferralView } };

/** Retries make no duplicates (idempotency keys), concurrent updates lose nothing (versions). */
describe('referrals under retries and concurrency', () => {
  let stack: Stack;
  let parties: Parties;
  beforeAll(async () => {
    stack = await startStack();
    parties = tangselParties(stack.world);
  });
  afterAll(() => stack.stop());

  const rowsWithKey = async (key: string) => {
    const [{ n }] = await stack.subgraphs.referrals.subgraph.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM referral WHERE idempotency_key = $1`, [key]);
    return n;
  };

  it('100 parallel createReferral calls with one idempotency key make exactly one referral', async () => {
    const input = referralInput(stack.world, tangselFamily(stack.world));
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 100 }, () => stack.query<Created>(parties.sender, CREATE_REFERRAL, { input })));
    const elapsed = Date.now() - started;
    const failures = answers.filter((a) => a.errors);
    expect(failures.map((a) => a.errors)).toEqual([]);
    const ids = new Set(answers.map((a) => a.data!.createReferral.referral.id));
    const fresh = answers.filter((a) => !a.data!.createReferral.replayed).length;
    const rows = await rowsWithKey(input.idempotencyKey as string);
    const referral = await readReferral(stack, parties.sender, [...ids][0]);
    console.log(`100 parallel createReferral, one key: ${rows} row(s), ${ids.size} distinct id(s), ${fresh} created / ${100 - fresh} replayed, ${referral!.events.length} event(s), ${elapsed} ms`);
    expect(rows).toBe(1);
    expect(ids.size).toBe(1);
    expect(fresh).toBe(1);
    expect(referral!.events.map((e) => e.action)).toEqual(['CREATE']);
  });

  it('the insert itself is race-safe: 20 concurrent transactions with one key store one row', async () => {
    const input = referralInput(stack.world, tangselFamily(stack.world, 6)) as unknown as CreateReferralInput;
    const referral = parseCreateReferral(input, parties.senderAgency.id, clock.now());
    const requestHash = createHash('sha256').update('race').digest('hex');
    const db = stack.subgraphs.referrals.subgraph.db;
    const inserted = await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (sql) => {
          const row = await new ReferralWriteRepository(sql).insertIfNew({ referral, requestHash, familyRegion: '3674', respondBy: new Date(clock.nowMs() + 72 * 3_600_000) });
          // Hold the transaction open a moment so that the others reach the unique index while it is uncommitted.
          await sql.query('SELECT pg_sleep(0.05)');
          return row;
        }),
      ),
    );
    expect(inserted.filter((row) => row !== null)).toHaveLength(1);
    expect(await rowsWithKey(referral.idempotencyKey)).toBe(1);
  });

  it('a retry after the first answer returns the first referral, marked replayed', async () => {
    const input = referralInput(stack.world, tangselFamily(stack.world, 1));
    const first = await stack.query<Created>(parties.sender, CREATE_REFERRAL, { input });
    const retry = await stack.query<Created>(demoUser('lk3-system'), CREATE_REFERRAL, { input: { ...input, subjectIds: [...(input.subjectIds as string[])].reverse() } });
    expect(first.data!.createReferral.replayed).toBe(false);
    expect(retry.data!.createReferral).toEqual({ ...first.data!.createReferral, replayed: true });
    expect(await rowsWithKey(input.idempotencyKey as string)).toBe(1);
  });

  it('the same key with a different input is refused with CONFLICT and writes nothing', async () => {
    const input = referralInput(stack.world, tangselFamily(stack.world, 2));
    const first = await createReferral(stack, parties, input);
    const reused = await stack.query<Created>(parties.sender, CREATE_REFERRAL, { input: { ...input, urgency: 'EMERGENCY' } });
    expect(firstError(reused)).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey', rule: 'IDEMPOTENCY_KEY_REUSED', referralId: first.id });
    expect(await rowsWithKey(input.idempotencyKey as string)).toBe(1);
    expect((await readReferral(stack, parties.sender, first.id))!.urgency).toBe('URGENT');
  });

  it('keys are per sending agency: another agency’s equal key makes its own referral', async () => {
    const input = referralInput(stack.world, tangselFamily(stack.world, 3));
    const lk3 = await createReferral(stack, parties, input);
    const other = await stack.query<Created>(demoUser('tangsel-manager'), CREATE_REFERRAL, { input });
    expect(other.errors).toBeUndefined();
    expect(other.data!.createReferral.referral.id).not.toBe(lk3.id);
    expect(await rowsWithKey(input.idempotencyKey as string)).toBe(2);
  });

  it('20 parallel acceptReferral calls on one version: exactly one succeeds, 19 get CONFLICT', async () => {
    const referral = await createReferral(stack, parties, referralInput(stack.world, tangselFamily(stack.world, 4)));
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 20 }, () => act(stack, parties, 'ACCEPT', referral)));
    const elapsed = Date.now() - started;
    const succeeded = answers.filter((a) => !a.errors);
    const conflicts = answers.filter((a) => a.errors && firstError(a).code === 'CONFLICT');
    console.log(`20 parallel acceptReferral on version 1: ${succeeded.length} succeeded, ${conflicts.length} CONFLICT, ${elapsed} ms`);
    expect(succeeded).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    for (const answer of conflicts) expect(firstError(answer)).toMatchObject({ currentVersion: 2, currentStatus: 'ACCEPTED' });
    const after = await readReferral(stack, parties.receiver, referral.id);
    expect(after).toMatchObject({ status: 'ACCEPTED', version: 2 });
    expect(after!.events.map((e) => e.action)).toEqual(['CREATE', 'ACCEPT']);
  });

  it('the update itself is race-safe: 20 concurrent transitions from one version change the row once', async () => {
    const referral = await createReferral(stack, parties, referralInput(stack.world, tangselFamily(stack.world, 7)));
    const db = stack.subgraphs.referrals.subgraph.db;
    const updated = await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (sql) => {
          const row = await new ReferralWriteRepository(sql).applyTransition(referral.id, 1, 'SUBMITTED', 'ACCEPTED', {});
          await sql.query('SELECT pg_sleep(0.05)');
          return row;
        }),
      ),
    );
    expect(updated.filter((row) => row !== null).map((row) => row!.version)).toEqual([2]);
  });

  it('a withdrawal racing an acceptance: one wins, the other gets CONFLICT, nothing is overwritten', async () => {
    const referral = await createReferral(stack, parties, referralInput(stack.world, tangselFamily(stack.world, 5)));
    const [accept, withdraw] = await Promise.all([act(stack, parties, 'ACCEPT', referral), act(stack, parties, 'WITHDRAW', referral)]);
    const winners = [accept, withdraw].filter((a) => !a.errors);
    expect(winners).toHaveLength(1);
    const loser = [accept, withdraw].find((a) => a.errors)!;
    expect(firstError(loser)).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const after = await readReferral(stack, parties.sender, referral.id);
    expect(after!.events).toHaveLength(2);
    expect(after!.status).toBe(accept.errors ? 'WITHDRAWN' : 'ACCEPTED');
  });
});
