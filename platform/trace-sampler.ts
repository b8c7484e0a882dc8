import { Attributes, Context, Link, SpanKind } from '@opentelemetry/api';
import { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, Sampler, SamplingDecision, SamplingResult, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';

/** The share of new traces SatuPintu samples when OTEL_TRACES_SAMPLER_ARG does not say. */
export const DEFAULT_TRACE_RATIO = 0.05;

/** The ratio OTEL_TRACES_SAMPLER_ARG gives, when it is a number from 0 to 1, else the default. */
function ratioFrom(arg: string | undefined): number {
  const ratio = arg === undefined || arg.trim() === '' ? NaN : Number(arg);
  return Number.isFinite(ratio) && ratio >= 0 && ratio <= 1 ? ratio : DEFAULT_TRACE_RATIO;
}

/**
 * The head sampler, from the standard OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG. Unset, it is
 * `parentbased_traceidratio` at 5 %: the gateway decides for a new trace, and every subgraph follows
 * the decision it receives, so a sampled trace is whole across the processes.
 */
export function headSampler(env: NodeJS.ProcessEnv = process.env): Sampler {
  const name = env.OTEL_TRACES_SAMPLER?.trim().toLowerCase() || 'parentbased_traceidratio';
  const ratio = ratioFrom(env.OTEL_TRACES_SAMPLER_ARG);
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    default:
      throw new Error(`OTEL_TRACES_SAMPLER "${name}" is not one of always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off, parentbased_traceidratio`);
  }
}

/**
 * Records every span, whatever the head sampler decides, without marking it sampled: the trace
 * flags passed on stay the head sampler's, and the batch exporter still sends sampled spans only.
 * Recording the rest is what lets the error-trace processor send the part of an unsampled trace
 * that failed, a decision that can only be made once the spans have ended.
 */
export class RecordEverySampler implements Sampler {
  constructor(private readonly head: Sampler) {}

  shouldSample(context: Context, traceId: string, spanName: string, spanKind: SpanKind, attributes: Attributes, links: Link[]): SamplingResult {
    const result = this.head.shouldSample(context, traceId, spanName, spanKind, attributes, links);
    return result.decision === SamplingDecision.NOT_RECORD ? { ...result, decision: SamplingDecision.RECORD } : result;
  }

  toString(): string {
    return `RecordEverySampler{${this.head.toString()}}`;
  }
}
