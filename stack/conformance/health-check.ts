import { CheckRow, fail, pass } from './check-row';
import { REQUEST_TIMEOUT_MS, unreachable } from './subgraph-client';

/** The health URLs on the GraphQL URL's origin: the path `/graphql` (or any other) is replaced. */
export function healthUrls(graphqlUrl: string): { live: string; ready: string } {
  const origin = new URL(graphqlUrl).origin;
  return { live: `${origin}/health/live`, ready: `${origin}/health/ready` };
}

async function probe(url: string): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (err) {
    return `${url} did not answer (${unreachable(err)})`;
  }
  const text = await res.text();
  if (res.status !== 200) return `${url} answered HTTP ${res.status}`;
  try {
    JSON.parse(text);
  } catch {
    return `${url} answered 200 with a body that is not JSON`;
  }
  return null;
}

/** The health row: liveness and readiness answer 200 with JSON, as the gateway and the orchestrator expect. */
export async function healthCheck(graphqlUrl: string): Promise<CheckRow> {
  const row = 'health';
  const { live, ready } = healthUrls(graphqlUrl);
  const problems = (await Promise.all([probe(live), probe(ready)])).filter((p): p is string => p !== null);
  return problems.length ? fail(row, problems.join('; ')) : pass(row, '/health/live and /health/ready answered 200 with JSON');
}
