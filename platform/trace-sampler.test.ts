import { ROOT_CONTEXT, SpanKind } from '@opentelemetry/api';
import { SamplingDecision } from '@opentelemetry/sdk-trace-base';
import { headSampler, RecordEverySampler } from './trace-sampler';

const decide = (env: NodeJS.ProcessEnv, traceId: string) => headSampler(env).shouldSample(ROOT_CONTEXT, traceId, 'POST', SpanKind.SERVER, {}, []).decision;

describe('headSampler', () => {
  it('samples 5 % of new traces by default, by trace id', () => {
    expect(headSampler({}).toString()).toContain('TraceIdRatioBased{0.05}');
    // The ratio sampler folds the trace id into 32 bits: a small result falls inside the ratio, a large one outside.
    expect(decide({}, '0000000000000000000000000000000f')).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide({}, 'ffffffff000000000000000000000000')).toBe(SamplingDecision.NOT_RECORD);
  });

  it('follows OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG', () => {
    expect(decide({ OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '1' }, 'ffffffff000000000000000000000000')).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide({ OTEL_TRACES_SAMPLER: 'always_off' }, '0000000000000000000000000000000f')).toBe(SamplingDecision.NOT_RECORD);
    expect(headSampler({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: 'half' }).toString()).toContain('{0.05}');
    expect(() => headSampler({ OTEL_TRACES_SAMPLER: 'jaeger_remote' })).toThrow(/OTEL_TRACES_SAMPLER "jaeger_remote"/);
  });
});

describe('RecordEverySampler', () => {
  it('records what the head sampler drops, without sampling it', () => {
    const sampler = new RecordEverySampler(headSampler({ OTEL_TRACES_SAMPLER: 'always_off' }));
    expect(sampler.shouldSample(ROOT_CONTEXT, 'ffffffff000000000000000000000000', 'POST', SpanKind.SERVER, {}, []).decision).toBe(SamplingDecision.RECORD);
    const on = new RecordEverySampler(headSampler({ OTEL_TRACES_SAMPLER: 'always_on' }));
    expect(on.shouldSample(ROOT_CONTEXT, 'ffffffff000000000000000000000000', 'POST', SpanKind.SERVER, {}, []).decision).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });
});
