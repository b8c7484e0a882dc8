import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { repoPath, SUBGRAPH_NAMES } from '../../subgraphs/kit';
import { generateWorld } from '../../demo/world';
import { demoUser, tokenFor } from '../support/stack';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { OtlpReceiver, ReceivedSpan, startOtlpReceiver, traceTree } from '../support/otlp-receiver';
import { PROFILE_BY_KK } from '../support/profile-query';
import { fullProfileFamily } from '../support/world-picks';

const SERVICES = ['gateway', ...SUBGRAPH_NAMES] as const;
const SERVER = 2;
const CLIENT = 3;

/** Every process of SatuPintu sends its spans of one request to the operators' collector, as one trace, with no personal data. */
describe('traces', () => {
  let receiver: OtlpReceiver;
  let stack: ProcessStack;
  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    stack = await startProcessStack({
      logLevel: 'debug',
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '1',
        OTEL_BSP_SCHEDULE_DELAY: '100',
      },
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  it('exports one trace of a profile query with spans from the gateway and all four subgraphs, under the trace id the caller sent and the logs carry', async () => {
    const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
    const family = fullProfileFamily(world, '3674');
    const traceId = randomBytes(16).toString('hex');
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(demoUser('tangsel-manager'))}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({ query: PROFILE_BY_KK, variables: { kk: family.kkNumber }, operationName: 'ProfileByKk' }),
    });
    const body = (await res.json()) as { data: { familyByKk: { id: string; members: Array<{ id: string; fullName: string; nik: string }> } } };
    expect(body.data.familyByKk.members.length).toBeGreaterThan(0);

    const spansOf = (service: string): ReceivedSpan[] => receiver.spans.filter((s) => s.traceId === traceId && s.service === service);
    // Each process exports on its own schedule: wait until every one has sent its server span.
    const complete = () => SERVICES.every((name) => spansOf(name).some((s) => s.kind === SERVER)) && spansOf('gateway').some((s) => s.name === 'gateway.request');
    const deadline = Date.now() + 15_000;
    while (!complete() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

    const trace = receiver.spans.filter((s) => s.traceId === traceId);
    for (const name of SERVICES) {
      const own = spansOf(name);
      expect({ name, server: own.some((s) => s.kind === SERVER) }).toEqual({ name, server: true });
      if (name !== 'gateway') expect({ name, pg: own.some((s) => s.kind === CLIENT && (s.attributes['db.system.name'] ?? s.attributes['db.system']) === 'postgresql') }).toEqual({ name, pg: true });
    }
    const gateway = spansOf('gateway');
    // The gateway's calls to the subgraphs are client spans, each the parent of a subgraph's server span:
    // one traceparent per call, from the span that made it.
    const gatewayClients = new Set(gateway.filter((s) => s.kind === CLIENT).map((s) => s.spanId));
    expect(gatewayClients.size).toBeGreaterThan(0);
    for (const name of SUBGRAPH_NAMES) {
      const servers = spansOf(name).filter((s) => s.kind === SERVER);
      expect({ name, parents: servers.every((s) => s.parentSpanId !== undefined && trace.some((p) => p.spanId === s.parentSpanId && p.kind === CLIENT)) }).toEqual({ name, parents: true });
    }
    expect(gateway.some((s) => s.name === 'gateway.request')).toBe(true);
    expect(gateway.some((s) => s.name === 'gateway.fetch')).toBe(true);

    // The trace id in every service's log lines for the request is the one exported.
    for (const name of SERVICES) {
      const served = stack.services[name].logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request served' && l.traceId === traceId);
      expect({ name, logged: served.length > 0 }).toEqual({ name, logged: true });
    }

    // SATUPINTU_TRACE_DUMP prints the trace as the collector received it.
    if (process.env.SATUPINTU_TRACE_DUMP) process.stdout.write(`${traceTree(trace)}\n`);

    // Nothing personal in what the collector received: not the variables, the family's ids, names, NIKs or address.
    const everything = receiver.bodies.join('\n');
    const answer = body.data.familyByKk;
    const secrets = [family.kkNumber, answer.id, family.street, ...answer.members.flatMap((m) => [m.id, m.fullName, m.nik])].filter((x): x is string => typeof x === 'string' && x.length > 0);
    for (const secret of secrets) {
      expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    }
    for (const span of trace) {
      expect(Object.keys(span.attributes)).not.toContain('graphql.document');
      for (const value of Object.values(span.attributes)) if (typeof value === 'string' && value.startsWith('http')) expect(value).not.toContain('?');
    }
  }, 40_000);

  it('loads no OpenTelemetry SDK in a process without an endpoint', () => {
    const script = `require(${JSON.stringify(repoPath('dist', 'platform', 'tracing.js'))}).startTracing('families');
      process.stdout.write(String(Object.keys(require.cache).filter((m) => m.includes('@opentelemetry')).length));`;
    const run = (env: Record<string, string>) => execFileSync(process.execPath, ['-e', script], { env: { PATH: process.env.PATH!, ...env }, encoding: 'utf8' });
    expect(run({})).toBe('0');
    expect(run({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', OTEL_SDK_DISABLED: 'true' })).toBe('0');
    // The same check sees the SDK when an endpoint is set, so it can fail.
    expect(Number(run({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:9/v1/traces' }))).toBeGreaterThan(0);
  });
});
