import type { Target } from './targets';

/**
 * Sends a few requests to a target before it is measured and says what is wrong, if anything: a
 * non-2xx status, GraphQL errors, or no data (an invisible family would be answered fast and wrongly).
 */
export async function probe(target: Target, tries = 5): Promise<string | null> {
  for (let i = 0; i < tries; i++) {
    let text: string;
    let status: number;
    try {
      const res = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers() }, body: target.body(), signal: AbortSignal.timeout(15_000) });
      status = res.status;
      text = await res.text();
    } catch (err) {
      return `request failed: ${(err as Error).message}`;
    }
    if (status !== 200) return `HTTP ${status}: ${text.slice(0, 300)}`;
    const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    if (body.errors?.length) return `errors: ${JSON.stringify(body.errors).slice(0, 400)}`;
    const root = body.data ? Object.values(body.data)[0] : null;
    if (!root) return `no data: ${text.slice(0, 300)}`;
  }
  return null;
}
