import { Context, SpanStatusCode, TraceFlags } from '@opentelemetry/api';
import { ExportResultCode } from '@opentelemetry/core';
import { ReadableSpan, Span, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** The spans of one process's part of an unsampled trace, kept until that part ends. */
interface LocalTrace {
  spans: ReadableSpan[];
  failed: boolean;
  startedAt: number;
}

/** Limits that keep the buffer of unsampled spans small whatever the traffic. */
export interface ErrorTraceLimits {
  /** Most spans kept per local trace; later ones are dropped (a failed one is still sent). @default 256 */
  maxSpansPerTrace?: number;
  /** Most local traces open at once; past it, new ones are not kept. @default 2048 */
  maxOpenTraces?: number;
  /** A local trace whose root has not ended by then is let go (sent if it failed). @default 60000 */
  maxAgeMs?: number;
}

/**
 * Sends the part of an unsampled trace that failed. Head sampling decides before anything is known
 * about a request; this processor sees the spans the sampler recorded but did not sample (see
 * RecordEverySampler), keeps those of each local trace (a server span and what ran under it in this
 * process) until its root ends, and exports them all when any of them ended with an error status,
 * else drops them. What reaches the collector for an unsampled trace with an error is therefore each
 * process's own failing part, not the whole trace: a process whose part succeeded sends nothing.
 * Sampled spans are left to the batch processor.
 */
export class ErrorTraceProcessor implements SpanProcessor {
  private readonly rootOf = new Map<string, string>();
  private readonly open = new Map<string, LocalTrace>();
  private readonly pending = new Set<Promise<void>>();
  private readonly maxSpans: number;
  private readonly maxOpen: number;
  private readonly maxAgeMs: number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly exporter: SpanExporter,
    limits: ErrorTraceLimits = {},
  ) {
    this.maxSpans = limits.maxSpansPerTrace ?? 256;
    this.maxOpen = limits.maxOpenTraces ?? 2048;
    this.maxAgeMs = limits.maxAgeMs ?? 60_000;
    this.sweeper = setInterval(() => this.sweep(), Math.min(this.maxAgeMs, 10_000));
    this.sweeper.unref();
  }

  onStart(span: Span, _parent: Context): void {
    const own = span.spanContext();
    if (own.traceFlags & TraceFlags.SAMPLED) return;
    const parent = span.parentSpanContext;
    const root = !parent || parent.isRemote ? own.spanId : (this.rootOf.get(parent.spanId) ?? parent.spanId);
    this.rootOf.set(own.spanId, root);
    if (root === own.spanId && this.open.size < this.maxOpen) this.open.set(root, { spans: [], failed: false, startedAt: Date.now() });
  }

  onEnd(span: ReadableSpan): void {
    const own = span.spanContext();
    if (own.traceFlags & TraceFlags.SAMPLED) return;
    const failed = span.status.code === SpanStatusCode.ERROR;
    const root = this.rootOf.get(own.spanId) ?? own.spanId;
    this.rootOf.delete(own.spanId);
    const local = this.open.get(root);
    if (!local) {
      // Its local trace was not kept, or has ended: a failed span still goes, on its own.
      if (failed) this.send([span]);
      return;
    }
    local.failed ||= failed;
    if (local.spans.length < this.maxSpans || failed) local.spans.push(span);
    if (root !== own.spanId) return;
    this.open.delete(root);
    if (local.failed) this.send(local.spans);
  }

  async forceFlush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  async shutdown(): Promise<void> {
    clearInterval(this.sweeper);
    for (const [root, local] of this.open) {
      this.open.delete(root);
      if (local.failed) this.send(local.spans);
    }
    await this.forceFlush();
    await this.exporter.shutdown();
  }

  /** Lets go of local traces whose root never ended (sending those that failed). */
  private sweep(): void {
    const cutoff = Date.now() - this.maxAgeMs;
    for (const [root, local] of this.open) {
      if (local.startedAt > cutoff) continue;
      this.open.delete(root);
      if (local.failed) this.send(local.spans);
    }
    for (const [span, root] of this.rootOf) if (!this.open.has(root)) this.rootOf.delete(span);
  }

  private send(spans: ReadableSpan[]): void {
    const sent = new Promise<void>((resolve) =>
      this.exporter.export(spans, (result) => {
        if (result.code !== ExportResultCode.SUCCESS) process.stderr.write('error spans could not be exported\n');
        resolve();
      }),
    );
    this.pending.add(sent);
    void sent.finally(() => this.pending.delete(sent));
  }
}
