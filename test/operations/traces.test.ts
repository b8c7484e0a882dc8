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
const ERROR = 2;

type Profile = { id: string; members: Array<{ id: string; fullName: string; nik: string | null }> };

const newTraceId = () => randomBytes(16).toString('hex');

/**
 * Every process of SatuPintu sends its spans of one request to the operators' collector, as one trace,
 * with no personal data. The export delay is a minute, so what the receiver holds once the services
 * have stopped is what they sent on SIGTERM.
 */
describe('traces', () => {
  let receiver: OtlpReceiver;
  let stack: ProcessStack;
  const world = generateWorld({ anchorDate: process.env.SATUPINTU_TEST_ANCHOR! });
  const family = fullProfileFamily(world, '3674');
  const sampled = newTraceId();
  const unsampled = newTraceId();
  const failed = newTraceId();
  /** A malformed No. KK: the error it draws must not carry it to the collector. */
  const malformedKk = '36740199887766';
  let profile: Profile;
  let exitCodes: Array<number | null>;

  async function ask(traceId: string, flags: '00' | '01', kk: string): Promise<{ data?: { familyByKk: Profile | null }; errors?: unknown[] }> {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(demoUser('tangsel-manager'))}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-${flags}`,
      },
      body: JSON.stringify({ query: PROFILE_BY_KK, variables: { kk }, operationName: 'ProfileByKk' }),
    });
    return (await res.json()) as never;
  }

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    stack = await startProcessStack({
      logLevel: 'debug',
      env: {
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
        // Every new trace is sampled; a caller's decision is followed (parent-based).
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '1',
        OTEL_BSP_SCHEDULE_DELAY: '60000',
      },
    });
    profile = (await ask(sampled, '01', family.kkNumber!)).data!.familyByKk!;
    expect((await ask(unsampled, '00', family.kkNumber!)).data!.familyByKk).not.toBeNull();
    expect((await ask(failed, '00', malformedKk)).errors?.length).toBeGreaterThan(0);
    await stack.stop();
    exitCodes = await Promise.all(Object.values(stack.services).map((s) => s.exited));
  }, 90_000);
  afterAll(async () => {
    await stack?.stop();
    await receiver?.close();
  });

  const spansOf = (traceId: string, service?: string): ReceivedSpan[] => receiver.spans.filter((s) => s.traceId === traceId && (!service || s.service === service));

  it('sends the spans still buffered on SIGTERM, and every service still exits 0', () => {
    expect(exitCodes).toEqual(SERVICES.map(() => 0));
    expect(spansOf(sampled).length).toBeGreaterThan(0);
  });

  it('exports one trace of a profile query with spans from the gateway and all four subgraphs, under the trace id the caller sent', () => {
    expect(profile.members.length).toBeGreaterThan(0);
    const trace = spansOf(sampled);
    for (const name of SERVICES) {
      const own = spansOf(sampled, name);
      expect({ name, server: own.some((s) => s.kind === SERVER) }).toEqual({ name, server: true });
      if (name !== 'gateway') expect({ name, pg: own.some((s) => s.kind === CLIENT && (s.attributes['db.system.name'] ?? s.attributes['db.system']) === 'postgresql') }).toEqual({ name, pg: true });
    }
    const gateway = spansOf(sampled, 'gateway');
    expect(gateway.some((s) => s.name === 'gateway.request')).toBe(true);
    expect(gateway.some((s) => s.name === 'gateway.fetch')).toBe(true);
    // The gateway's calls to the subgraphs are client spans, each the parent of a subgraph's server span:
    // one traceparent per call, from the span that made it.
    expect(gateway.some((s) => s.kind === CLIENT)).toBe(true);
    for (const name of SUBGRAPH_NAMES) {
      const servers = spansOf(sampled, name).filter((s) => s.kind === SERVER);
      expect({ name, parents: servers.every((s) => trace.some((p) => p.spanId === s.parentSpanId && p.kind === CLIENT)) }).toEqual({ name, parents: true });
    }
    // SATUPINTU_TRACE_DUMP prints the trace as the collector received it.
    if (process.env.SATUPINTU_TRACE_DUMP) process.stdout.write(`${traceTree(trace)}\n`);
  });

  it('logs, in every service, the trace id it exports', () => {
    for (const name of SERVICES) {
      const served = stack.services[name].logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request served' && l.traceId === sampled);
      expect({ name, logged: served.length > 0 }).toEqual({ name, logged: true });
    }
  });

  it('exports nothing of an unsampled trace that succeeded, and the gateway’s part of one that failed', () => {
    expect(spansOf(unsampled)).toEqual([]);
    const gateway = spansOf(failed, 'gateway');
    expect(gateway.find((s) => s.name === 'gateway.request')?.status?.code).toBe(ERROR);
    expect(gateway.some((s) => s.kind === SERVER)).toBe(true);
  });

  it('lets no personal data reach the collector: no variables, ids, names, NIKs or addresses', () => {
    const everything = receiver.bodies.join('\n');
    const secrets = [family.kkNumber, malformedKk, profile.id, family.street, ...profile.members.flatMap((m) => [m.id, m.fullName, m.nik])].filter(
      (x): x is string => typeof x === 'string' && x.length > 0,
    );
    for (const secret of secrets) expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
    for (const span of receiver.spans) {
      expect(Object.keys(span.attributes)).not.toContain('graphql.document');
      for (const value of Object.values(span.attributes)) if (typeof value === 'string' && /^https?:/.test(value)) expect(value).not.toContain('?');
    }
  });

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
