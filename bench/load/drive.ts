import autocannon from 'autocannon';

/** One load run: where, with what, how hard and how long. */
export interface LoadSpec {
  url: string;
  /** Headers for each request (tokens are renewed while a run goes on). */
  headers: () => Record<string, string>;
  /** A fresh request body for each request (a random id each time). */
  body: () => string;
  connections: number;
  seconds: number;
}

/** What one load run measured. Latencies in milliseconds, from autocannon's per-response timings. */
export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  /** Socket errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx answers whose body carries GraphQL errors. */
  graphqlErrors: number;
  /** The first error body seen, to say what went wrong. */
  firstError?: string;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Drives one URL with autocannon: `connections` keep-alive connections, each sending the next POST
 * as soon as the last answer arrived, for `seconds`. Latency percentiles come from every response's
 * own timing (autocannon's histogram keeps whole milliseconds only, too coarse for 1-2 ms answers).
 */
export function drive(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: spec.seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...spec.headers() }, body: spec.body() }),
            onResponse: (status, body) => {
              if (status >= 200 && status < 300 && !body.includes('"errors"')) return;
              if (status < 300) graphqlErrors++;
              firstError ??= `HTTP ${status}: ${body.slice(0, 400)}`;
            },
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err);
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          connections: spec.connections,
          seconds: result.duration,
          requests: latencies.length,
          rps: latencies.length / result.duration,
          p50: percentile(sorted, 50),
          p90: percentile(sorted, 90),
          p99: percentile(sorted, 99),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          graphqlErrors,
          firstError,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
