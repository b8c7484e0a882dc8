import { ReferralWriteRepository } from '../../subgraphs/referrals/src/referral/referral-write.repository';
import type { ReferralAction } from '../../subgraphs/referrals/src/generated/graphql';
import { demoUser, Stack, startStack } from '../support/stack';
import { act, ACTION_MUTATIONS, ACTIONS, createReferral, firstError, Parties, readReferral, referralIn, referralInput, tangselFamily, tangselParties } from './referral-fixtures';
import { clock } from '../../subgraphs/kit';
import { workingDayDeadline } from '../../subgraphs/scheduling/src/calendar/working-days';
import { localDateOf } from '../../subgraphs/scheduling/src/calendar/zoned-time';
import { holidayDates } from '../scheduling/scheduling-fixtures';

/** The referral workflow: the allowed (status, action) pairs and where each leads. */
const ALLOWED: Record<string, string> = {
  'SUBMITTED ACCEPT': 'ACCEPTED',
  'SUBMITTED DECLINE': 'DECLINED',
  'SUBMITTED WITHDRAW': 'WITHDRAWN',
  'ACCEPTED START': 'IN_PROGRESS',
  'ACCEPTED WITHDRAW': 'WITHDRAWN',
  'IN_PROGRESS COMPLETE': 'COMPLETED',
  'IN_PROGRESS WITHDRAW': 'WITHDRAWN',
};
const STATUSES = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'];

describe('the referral workflow through the gateway', () => {
  let stack: Stack;
  let parties: Parties;
  beforeAll(async () => {
    stack = await startStack();
    parties = tangselParties(stack.world);
  });
  afterAll(() => stack.stop());

  it('creates a SUBMITTED referral from the caller’s agency, with consent, respond-by and a CREATE event', async () => {
    const family = tangselFamily(stack.world);
    const before = clock.nowMs();
    const referral = await createReferral(stack, parties, referralInput(stack.world, family));
    expect(referral).toMatchObject({
      status: 'SUBMITTED',
      version: 1,
      overdue: false,
      urgency: 'URGENT',
      fromAgency: { id: parties.senderAgency.id },
      toAgency: { id: parties.receiverAgency.id },
      family: { id: family.id },
      consent: { relationship: 'SELF', givenBy: { id: family.members.find((m) => m.relationship === 1)!.id } },
    });
    // URGENT: three of the receiving agency's working days, to the close of its session.
    const agency = parties.receiverAgency;
    expect(Date.parse(referral.respondBy)).toBe(workingDayDeadline(Date.parse(referral.createdAt), 3, agency.timeZone, agency.sessions, holidayDates(agency.jurisdiction)));
    expect(Date.parse(referral.createdAt)).toBeGreaterThanOrEqual(before - 5000);
    expect(referral.events).toEqual([{ action: 'CREATE', fromStatus: null, toStatus: 'SUBMITTED', note: null, actor: { id: parties.sender.staff }, actorAgency: { id: parties.senderAgency.id } }]);
  });

  it('gives an EMERGENCY referral 24 clock hours to answer, nights and holidays included', async () => {
    const referral = await createReferral(stack, parties, referralInput(stack.world, tangselFamily(stack.world, 1), { urgency: 'EMERGENCY' }));
    expect((Date.parse(referral.respondBy) - Date.parse(referral.createdAt)) / 3_600_000).toBeCloseTo(24, 3);
  });

  it('gives a ROUTINE referral 14 of the receiving agency’s working days, skipping its closed days and holidays', async () => {
    const agency = parties.receiverAgency;
    const referral = await createReferral(stack, parties, referralInput(stack.world, tangselFamily(stack.world, 1), { urgency: 'ROUTINE' }));
    const due = Date.parse(referral.respondBy);
    expect(due).toBe(workingDayDeadline(Date.parse(referral.createdAt), 14, agency.timeZone, agency.sessions, holidayDates(agency.jurisdiction)));
    // At least 14 weekdays later: never sooner than two weeks.
    expect(due - Date.parse(referral.createdAt)).toBeGreaterThan(14 * 86_400_000);
    expect(holidayDates(agency.jurisdiction).has(localDateOf(due, agency.timeZone))).toBe(false);
  });

  describe('every status × action pair', () => {
    for (const status of STATUSES) {
      const refused = ACTIONS.filter((action) => !ALLOWED[`${status} ${action}`]);

      it(`${status}: refuses ${refused.join(', ')} naming the status, and writes nothing`, async () => {
        const referral = await referralIn(stack, parties, status, tangselFamily(stack.world, 2));
        expect(referral.status).toBe(status);
        for (const action of refused) {
          const error = firstError(await act(stack, parties, action, referral));
          expect(error).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'INVALID_TRANSITION', currentStatus: status });
          expect(error.message).toBe(`cannot ${action.toLowerCase()} a referral that is ${status}`);
        }
        const after = await readReferral(stack, parties.sender, referral.id);
        expect(after!.version).toBe(referral.version);
        expect(after!.status).toBe(status);
        expect(after!.events).toHaveLength(referral.events.length);
      });

      for (const action of ACTIONS.filter((a) => ALLOWED[`${status} ${a}`])) {
        it(`${status}: ${action} leads to ${ALLOWED[`${status} ${action}`]} and appends an event`, async () => {
          const referral = await referralIn(stack, parties, status, tangselFamily(stack.world, 3));
          const answer = await act(stack, parties, action, referral);
          expect(answer.errors).toBeUndefined();
          const after = answer.data![ACTION_MUTATIONS[action].field].referral;
          const to = ALLOWED[`${status} ${action}`];
          expect(after.status).toBe(to);
          expect(after.version).toBe(referral.version + 1);
          expect(after.events.slice(0, -1)).toEqual(referral.events);
          const actor = action === 'WITHDRAW' ? parties.senderAgency : parties.receiverAgency;
          expect(after.events.at(-1)).toMatchObject({ action, fromStatus: status, toStatus: to, actorAgency: { id: actor.id } });
        });
      }
    }
  });

  it('records the decline reason code and text, and the completion outcome', async () => {
    const family = tangselFamily(stack.world, 4);
    const declined = (await act(stack, parties, 'DECLINE', await referralIn(stack, parties, 'SUBMITTED', family))).data!.declineReferral.referral;
    expect(declined).toMatchObject({ declineReasonCode: 'OUTSIDE_SERVICE_AREA', outcome: 'The family lives outside our area.' });
    expect(declined.events.at(-1)!.note).toBe('The family lives outside our area.');
    const completed = await referralIn(stack, parties, 'COMPLETED', family);
    expect(completed).toMatchObject({ outcome: 'Protection order obtained; family linked to counselling.', declineReasonCode: null });
    expect(completed.events.map((e) => e.action)).toEqual(['CREATE', 'ACCEPT', 'START', 'COMPLETE']);
  });

  it('lets only the receiver answer and work, and only the sender withdraw (FORBIDDEN)', async () => {
    const referral = await referralIn(stack, parties, 'SUBMITTED', tangselFamily(stack.world, 5));
    for (const action of ['ACCEPT', 'DECLINE', 'START', 'COMPLETE'] as const) {
      expect(firstError(await act(stack, parties, action, referral, parties.sender))).toMatchObject({ code: 'FORBIDDEN' });
    }
    const error = firstError(await act(stack, parties, 'WITHDRAW', referral, parties.receiver));
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'only the sending agency may withdraw a referral' });
    expect((await readReferral(stack, parties.sender, referral.id))!.version).toBe(1);
  });

  it('answers NOT_FOUND to an agency not party to it, and FORBIDDEN to a manager who only sees it', async () => {
    const referral = await referralIn(stack, parties, 'SUBMITTED', tangselFamily(stack.world, 6));
    expect(firstError(await act(stack, parties, 'ACCEPT', referral, demoUser('puskesos-operator')))).toMatchObject({ code: 'NOT_FOUND', message: `referral ${referral.id} not found or no access` });
    expect(firstError(await act(stack, parties, 'ACCEPT', referral, demoUser('auditor')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await act(stack, parties, 'ACCEPT', referral, demoUser('tangsel-manager')))).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(await act(stack, parties, 'ACCEPT', { id: 'not-a-uuid', version: 1 }))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await readReferral(stack, parties.sender, referral.id))!.status).toBe('SUBMITTED');
  });

  it('refuses a stale version with CONFLICT and the current version, and applies nothing', async () => {
    const referral = await referralIn(stack, parties, 'ACCEPTED', tangselFamily(stack.world, 7));
    const error = firstError(await act(stack, parties, 'START', { id: referral.id, version: 1 }));
    expect(error).toMatchObject({ code: 'CONFLICT', currentVersion: 2, currentStatus: 'ACCEPTED' });
    expect(firstError(await act(stack, parties, 'WITHDRAW', { id: referral.id, version: 3 }))).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(firstError(await act(stack, parties, 'START', { id: referral.id, version: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion', rule: 'VERSION_FORMAT' });
    const after = await readReferral(stack, parties.receiver, referral.id);
    expect(after).toMatchObject({ status: 'ACCEPTED', version: 2 });
    expect(after!.events.map((e) => e.action)).toEqual(['CREATE', 'ACCEPT']);
  });

  it('refuses a decline without a reason and a completion without an outcome before reading anything', async () => {
    const referral = await referralIn(stack, parties, 'SUBMITTED', tangselFamily(stack.world, 8));
    const decline = await stack.query(parties.receiver, `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { id } } }`, {
      input: { referralId: referral.id, expectedVersion: 1, reasonCode: 'NO_CAPACITY', reason: '  ' },
    });
    expect(firstError(decline)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', rule: 'REQUIRED' });
    expect((await readReferral(stack, parties.sender, referral.id))!.version).toBe(1);
    const inProgress = await referralIn(stack, parties, 'IN_PROGRESS', tangselFamily(stack.world, 8));
    const complete = await stack.query(parties.receiver, `mutation($input: CompleteReferralInput!) { completeReferral(input: $input) { referral { id } } }`, {
      input: { referralId: inProgress.id, expectedVersion: inProgress.version, outcome: '' },
    });
    expect(firstError(complete)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome', rule: 'REQUIRED' });
    expect(firstError(complete).message).toBe('outcome: must not be empty (REQUIRED)');
    expect((await readReferral(stack, parties.sender, inProgress.id))!).toMatchObject({ status: 'IN_PROGRESS', version: 3 });
  });

  it('writes a change and its event together or not at all', async () => {
    const referral = await referralIn(stack, parties, 'SUBMITTED', tangselFamily(stack.world, 11));
    const db = stack.subgraphs.referrals.subgraph.db;
    // The service's transaction shape, with the event insert failing after the status update succeeded.
    // What the update returned is checked after the transaction: an assertion failing inside it would
    // only be one more way for the transaction to fail, and pass for the expected error.
    let transitioned: unknown;
    await expect(
      db.transaction(async (sql) => {
        const repo = new ReferralWriteRepository(sql);
        transitioned = await repo.applyTransition(referral.id, 1, 'SUBMITTED', 'ACCEPTED', {});
        await repo.appendEvent({
          referralId: referral.id,
          action: 'REOPEN' as ReferralAction,
          fromStatus: 'SUBMITTED',
          toStatus: 'ACCEPTED',
          actorStaffId: null,
          actorAgencyId: parties.receiverAgency.id,
          note: null,
        });
      }),
    ).rejects.toThrow(/check constraint/);
    expect(transitioned).toMatchObject({ status: 'ACCEPTED', version: 2 });
    expect(await readReferral(stack, parties.sender, referral.id)).toMatchObject({ status: 'SUBMITTED', version: 1, events: [{ action: 'CREATE' }] });
  });

  it('keeps the history append-only in the database', async () => {
    const referral = await referralIn(stack, parties, 'ACCEPTED', tangselFamily(stack.world, 9));
    const db = stack.subgraphs.referrals.subgraph.db;
    await expect(db.query(`UPDATE referral_event SET note = 'edited' WHERE referral_id = $1`, [referral.id])).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM referral_event WHERE referral_id = $1`, [referral.id])).rejects.toThrow(/append-only/);
  });

  it('audits each write with the family', async () => {
    const family = tangselFamily(stack.world, 10);
    const referral = await referralIn(stack, parties, 'ACCEPTED', family);
    const rows = await stack.subgraphs.referrals.subgraph.db.query<{ operation: string; n: number }>(
      `SELECT operation, count(*)::int AS n FROM audit_log WHERE $1 = ANY(record_ids) AND $2 = ANY(family_ids) AND record_type = 'Referral' GROUP BY operation`,
      [referral.id, family.id],
    );
    expect(rows.find((r) => r.operation === 'WRITE')?.n).toBe(2);
  });
});
