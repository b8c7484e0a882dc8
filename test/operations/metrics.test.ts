import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { repoPath, SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { generateWorld } from '../../demo/world';
import { PROFILE_BY_KK } from '../support/profile-query';
import { demoUser, tokenFor } from '../support/stack';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { labelValues, parsePrometheusText, PrometheusSample, sumOf } from '../support/prometheus-text';
import { fullProfileFamily } from '../support/world-picks';

/**
 * Operators scrape every SatuPintu service with Prometheus on a metrics port of its own: requests by
 * operation and outcome, the gateway's subgraph fetches, database pools, audit writes and the process.
 * Labels come from bounded sets: an operation the gateway does not know counts as "other", whatever
 * the caller named it.
 */
describe('Prometheus metrics', () => {
  let stack: ProcessStack;
  beforeAll(async () => {
    stack = await startProcessStack({ metrics: true });
  }, 60_000);
  afterAll(() => stack?.stop());

  const scrape = async (service: 'gateway' | (typeof SUBGRAPH_NAMES)[number]): Promise<{ text: string; samples: PrometheusSample[] }> => {
    const res = await fetch(`http://127.0.0.1:${stack.services[service].metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    return { text, samples: parsePrometheusText(text) };
  };

  const post = async (body: unknown) => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(demoUser('tangsel-manager'))}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { data?: Record<string, { id?: string } | null>; errors?: unknown[] } };
  };

  it('counts requests by registered operation and outcome, with subgraph fetches, pools, audit writes and the process', async () => {
    const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
    const family = fullProfileFamily(world, '3674');
    const before = (await scrape('gateway')).samples;
    const familiesBefore = (await scrape('families')).samples;

    const profile = await post({ query: PROFILE_BY_KK, variables: { kk: family.kkNumber } });
    expect(profile.body.errors).toBeUndefined();
    const familyId = profile.body.data!.familyByKk!.id!;
    // The web app's registered profile page, sent by hash as the app sends it.
    const manifest = JSON.parse(readFileSync(repoPath('dist', 'app', 'persisted-operations.json'), 'utf8')) as { operations: Record<string, string> };
    const [pageHash] = Object.entries(manifest.operations).find(([, text]) => text.startsWith('query FamilyProfilePage('))!;
    const page = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: pageHash } }, variables: { id: familyId } });
    expect(page.body.data!.family!.id).toBe(familyId);
    // An area manager sees the page with every child's role redacted (FORBIDDEN beside the data): the caller was refused a part.
    const pageErrors = (page.body.errors ?? []) as Array<{ extensions: { code: string } }>;
    expect(pageErrors.every((e) => e.extensions.code === 'FORBIDDEN')).toBe(true);
    const pageOutcome = pageErrors.length ? 'refused' : 'ok';
    // Ad-hoc documents under names the caller made up, answered and refused.
    const names = Array.from({ length: 3 }, () => `Adhoc${randomBytes(6).toString('hex')}`);
    for (const name of names) expect((await post({ query: `query ${name} { agencies(sector: SOCIAL) { id } }` })).body.errors).toBeUndefined();
    const refusedName = `Refused${randomBytes(6).toString('hex')}`;
    expect((await post({ query: `query ${refusedName} { noSuchField }` })).status).toBe(400);

    const { text, samples } = await scrape('gateway');
    const moved = (labels: Record<string, string>) => sumOf(samples, 'satupintu_requests_total', labels) - sumOf(before, 'satupintu_requests_total', labels);
    expect(moved({ service: 'gateway', operation: 'other', outcome: 'ok' })).toBe(4);
    expect(moved({ service: 'gateway', operation: 'FamilyProfilePage', outcome: pageOutcome })).toBe(1);
    expect(moved({ service: 'gateway', operation: 'other', outcome: 'refused' })).toBe(1);
    expect(sumOf(samples, 'satupintu_request_duration_seconds_count', { service: 'gateway', operation: 'FamilyProfilePage' })).toBeGreaterThanOrEqual(1);
    // No caller-chosen name and nothing about the family reaches a label.
    for (const name of [...names, refusedName, 'ProfileByKk']) expect(text).not.toContain(name);
    for (const value of [family.kkNumber, familyId, ...family.members.map((m) => m.fullName)]) expect(text).not.toContain(value);
    const registered = new Set(Object.values(manifest.operations).flatMap((t) => [...t.matchAll(/\b(?:query|mutation) (\w+)/g)].map((m) => m[1])));
    expect(labelValues(samples, 'satupintu_requests_total', 'operation').filter((op) => op !== 'other' && !registered.has(op))).toEqual([]);

    // The profile reaches every subgraph.
    const fetches = (sample: PrometheusSample[], subgraph: string) => sumOf(sample, 'satupintu_gateway_subgraph_fetch_duration_seconds_count', { subgraph });
    for (const subgraph of SUBGRAPH_NAMES) expect({ subgraph, moved: fetches(samples, subgraph) - fetches(before, subgraph) > 0 }).toEqual({ subgraph, moved: true });
    expect(samples.some((s) => s.name === 'satupintu_gateway_subgraph_fetch_errors_total')).toBe(true);
    expect(sumOf(samples, 'satupintu_gateway_subgraph_fetch_errors_total')).toBe(0);
    // Process metrics: event-loop lag, CPU, memory.
    for (const name of ['nodejs_eventloop_lag_seconds', 'process_cpu_user_seconds_total', 'process_resident_memory_bytes']) expect(samples.some((s) => s.name === name)).toBe(true);

    // A subgraph: requests by root field, its pools, its audit writes.
    const families = await scrape('families');
    const familiesMoved = (labels: Record<string, string>) => sumOf(families.samples, 'satupintu_requests_total', labels) - sumOf(familiesBefore, 'satupintu_requests_total', labels);
    expect(familiesMoved({ service: 'families', operation: 'familyByKk', outcome: 'ok' })).toBe(1);
    expect(familiesMoved({ service: 'families', operation: 'family' })).toBe(1);
    expect(labelValues(families.samples, 'satupintu_requests_total', 'service')).toEqual(['families']);
    for (const gauge of ['satupintu_db_pool_connections', 'satupintu_db_pool_idle_connections', 'satupintu_db_pool_waiting_requests']) {
      expect(labelValues(families.samples, gauge, 'pool')).toEqual(['audit', 'main']);
    }
    expect(sumOf(families.samples, 'satupintu_db_pool_connections', { service: 'families', pool: 'main' })).toBeGreaterThan(0);
    const audits = (s: PrometheusSample[]) => sumOf(s, 'satupintu_audit_write_duration_seconds_count', { service: 'families', commit: 'async' });
    expect(audits(families.samples) - audits(familiesBefore)).toBeGreaterThanOrEqual(2);
    for (const value of [family.kkNumber, familyId, ...family.members.map((m) => m.fullName)]) expect(families.text).not.toContain(value);
  }, 30_000);

  it('counts a subgraph that does not answer as a fetch error and the request as an error', async () => {
    const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
    const family = fullProfileFamily(world, '3674');
    const before = (await scrape('gateway')).samples;
    const scheduling = stack.services.scheduling;
    scheduling.child.kill('SIGTERM');
    await scheduling.exited;
    const answer = await post({ query: PROFILE_BY_KK, variables: { kk: family.kkNumber } });
    expect(answer.body.data!.familyByKk).not.toBeNull();
    expect(answer.body.errors!.length).toBeGreaterThan(0);
    const { samples } = await scrape('gateway');
    const moved = (name: string, labels: Record<string, string>) => sumOf(samples, name, labels) - sumOf(before, name, labels);
    expect(moved('satupintu_gateway_subgraph_fetch_errors_total', { subgraph: 'scheduling' })).toBeGreaterThanOrEqual(1);
    expect(moved('satupintu_gateway_subgraph_fetch_errors_total', { subgraph: 'families' })).toBe(0);
    expect(moved('satupintu_requests_total', { service: 'gateway', operation: 'other', outcome: 'error' })).toBe(1);
  }, 30_000);

  it('serves /metrics on the metrics port only', async () => {
    const publicRoot = stack.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${publicRoot}/metrics`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${stack.services.families.port}/metrics`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${stack.services.gateway.metricsPort}/graphql`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${stack.services.gateway.metricsPort}/metrics`, { method: 'POST' })).status).toBe(404);
  });
});
