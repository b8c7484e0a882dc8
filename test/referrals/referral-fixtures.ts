import { randomUUID } from 'node:crypto';
import type { World, WorldAgency, WorldFamily, WorldPerson } from '../../demo/world-types';
import { demoUser, GraphQLAnswer, Stack, TestClaims } from '../support/stack';
import { clock } from '../../subgraphs/kit';

/** The fields a workflow test reads back from a referral. */
export const REFERRAL_FIELDS = `id status version urgency respondBy overdue outcome declineReasonCode createdAt
  fromAgency { id } toAgency { id } family { id } subjects { id }
  consent { givenBy { id } relationship givenAt scope } noConsentReason
  events { action fromStatus toStatus note actor { id } actorAgency { id } }`;

export interface ReferralView {
  id: string;
  status: string;
  version: number;
  urgency: string;
  respondBy: string;
  overdue: boolean;
  outcome: string | null;
  declineReasonCode: string | null;
  createdAt: string;
  fromAgency: { id: string };
  toAgency: { id: string };
  family: { id: string };
  subjects: Array<{ id: string }>;
  consent: { givenBy: { id: string }; relationship: string; givenAt: string; scope: string } | null;
  noConsentReason: string | null;
  events: Array<{ action: string; fromStatus: string | null; toStatus: string; note: string | null; actor: { id: string } | null; actorAgency: { id: string } }>;
}

export const CREATE_REFERRAL = `mutation($input: CreateReferralInput!) {
  createReferral(input: $input) { replayed referral { ${REFERRAL_FIELDS} } }
}`;

/** The mutation of each workflow action, all answering `{ referral }`. */
export const ACTION_MUTATIONS = {
  ACCEPT: { field: 'acceptReferral', input: 'AcceptReferralInput', extra: { note: 'Taken on; intake on Monday.' } },
  DECLINE: { field: 'declineReferral', input: 'DeclineReferralInput', extra: { reasonCode: 'OUTSIDE_SERVICE_AREA', reason: 'The family lives outside our area.' } },
  START: { field: 'startReferral', input: 'StartReferralInput', extra: { note: 'First home visit done.' } },
  COMPLETE: { field: 'completeReferral', input: 'CompleteReferralInput', extra: { outcome: 'Protection order obtained; family linked to counselling.' } },
  WITHDRAW: { field: 'withdrawReferral', input: 'WithdrawReferralInput', extra: { reason: 'The family moved away.' } },
} as const;

export type Action = keyof typeof ACTION_MUTATIONS;
export const ACTIONS = Object.keys(ACTION_MUTATIONS) as Action[];

/** The mutation text of one action. */
export function actionMutation(action: Action): string {
  const m = ACTION_MUTATIONS[action];
  return `mutation($input: ${m.input}!) { ${m.field}(input: $input) { referral { ${REFERRAL_FIELDS} } } }`;
}

/** The two sides of the demo's Tangerang Selatan referral thread: LK3 sends, UPTD PPA receives. */
export interface Parties {
  sender: TestClaims;
  receiver: TestClaims;
  senderAgency: WorldAgency;
  receiverAgency: WorldAgency;
}

export function tangselParties(world: World): Parties {
  return {
    sender: demoUser('lk3-counsellor'),
    receiver: demoUser('uptd-ppa-case-manager'),
    senderAgency: world.agencies.find((a) => a.code === 'LK3-TANGSEL')!,
    receiverAgency: world.agencies.find((a) => a.code === 'UPTD-PPA-TANGSEL')!,
  };
}

/** Whether a person is under 18 today (the registry's `isChild`, give or take the zone's date line). */
export function isMinor(person: WorldPerson): boolean {
  const adultFrom = clock.now();
  adultFrom.setUTCFullYear(adultFrom.getUTCFullYear() - 18);
  return person.birthDate > adultFrom.toISOString().slice(0, 10);
}

/** A child of the family under 18. */
export function minorOf(family: WorldFamily): WorldPerson {
  const child = family.members.find((m) => m.relationship === 4 && isMinor(m));
  if (!child) throw new Error(`family ${family.id} has no child under 18`);
  return child;
}

/** Families of a region with a child under 18, whose address the caller may see. */
export function familiesWithMinor(world: World, regionPrefix: string): WorldFamily[] {
  return world.families.filter((f) => f.regionCode?.startsWith(regionPrefix) && !f.addressProtected && f.members.some((m) => m.relationship === 4 && isMinor(m)));
}

/** A Tangerang Selatan family with its head and a child under 18, whose address the sender may see. */
export function tangselFamily(world: World, skip = 0): WorldFamily {
  const families = familiesWithMinor(world, '3674');
  return families[skip % families.length];
}

/** A valid createReferral input for a family: its head and a child as subjects, consent by the head. */
export function referralInput(world: World, family: WorldFamily, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { receiverAgency } = tangselParties(world);
  const head = family.members.find((m) => m.relationship === 1)!;
  const child = minorOf(family);
  return {
    idempotencyKey: `test-${randomUUID()}`,
    familyId: family.id,
    subjectIds: [head.id, child.id],
    toAgencyId: receiverAgency.id,
    requestedServiceId: receiverAgency.services.find((s) => s.category === 'CASE_MANAGEMENT')!.id,
    needCategory: 'DOMESTIC_VIOLENCE',
    urgency: 'URGENT',
    reason: 'The mother reported repeated violence at home during counselling.',
    consent: { givenById: head.id, relationship: 'SELF', givenAt: new Date(clock.nowMs() - 3_600_000).toISOString(), scope: 'Sharing the family’s records with UPTD PPA' },
    ...overrides,
  };
}

/** The first error of an answer, flattened for assertions. */
export function firstError(answer: GraphQLAnswer<unknown>): { message: string; code: unknown; [key: string]: unknown } {
  const error = answer.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(answer.data)}`);
  return { message: error.message, code: error.extensions?.code, ...error.extensions };
}

/** Sends a referral as the sender and returns it (SUBMITTED, version 1). */
export async function createReferral(stack: Stack, parties: Parties, input: Record<string, unknown>): Promise<ReferralView> {
  const answer = await stack.query<{ createReferral: { referral: ReferralView } }>(parties.sender, CREATE_REFERRAL, { input });
  if (answer.errors) throw new Error(`createReferral failed: ${JSON.stringify(answer.errors)}`);
  return answer.data!.createReferral.referral;
}

/** Takes one action with the version read; the receiver acts, except WITHDRAW (the sender). */
export function act(stack: Stack, parties: Parties, action: Action, referral: { id: string; version: number }, as?: TestClaims) {
  const caller = as ?? (action === 'WITHDRAW' ? parties.sender : parties.receiver);
  const input = { referralId: referral.id, expectedVersion: referral.version, ...ACTION_MUTATIONS[action].extra };
  return stack.query<Record<string, { referral: ReferralView }>>(caller, actionMutation(action), { input });
}

/** The actions that lead from SUBMITTED to each status. */
export const PATH_TO: Record<string, Action[]> = {
  SUBMITTED: [],
  ACCEPTED: ['ACCEPT'],
  DECLINED: ['DECLINE'],
  IN_PROGRESS: ['ACCEPT', 'START'],
  COMPLETED: ['ACCEPT', 'START', 'COMPLETE'],
  WITHDRAWN: ['WITHDRAW'],
};

/** A fresh referral brought to a status through the workflow itself. */
export async function referralIn(stack: Stack, parties: Parties, status: string, family: WorldFamily): Promise<ReferralView> {
  let referral = await createReferral(stack, parties, referralInput(stack.world, family));
  for (const action of PATH_TO[status]) {
    const answer = await act(stack, parties, action, referral);
    if (answer.errors) throw new Error(`${action} failed: ${JSON.stringify(answer.errors)}`);
    referral = answer.data![ACTION_MUTATIONS[action].field].referral;
  }
  return referral;
}

/** Reads a referral as a caller. */
export async function readReferral(stack: Stack, as: TestClaims, id: string): Promise<ReferralView | null> {
  const answer = await stack.query<{ referral: ReferralView | null }>(as, `query($id: ID!) { referral(id: $id) { ${REFERRAL_FIELDS} } }`, { id });
  if (answer.errors) throw new Error(`referral failed: ${JSON.stringify(answer.errors)}`);
  return answer.data!.referral;
}
