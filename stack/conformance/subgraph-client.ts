import { performance } from 'node:perf_hooks';
import { INTERNAL_HEADER } from '../../platform/internal-token';

/** A GraphQL error as a subgraph answers it. */
export interface AnswerError {
  message?: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

/** One answer of the candidate subgraph: its status, its raw text, the parsed body when it is JSON, and how long it took. */
export interface Answer {
  status: number;
  text: string;
  body?: { data?: Record<string, unknown> | null; errors?: AnswerError[] };
  ms: number;
}

/** How long one request to the candidate may take before the check gives up on it. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Why a request got no HTTP answer: the network's code (ECONNREFUSED, ...), or a timeout. */
export function unreachable(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause;
  if ((err as Error).name === 'TimeoutError') return `no answer within ${REQUEST_TIMEOUT_MS} ms`;
  return typeof cause?.code === 'string' ? cause.code : String(cause?.message ?? (err as Error).message);
}

/** Sends one POST to the candidate's GraphQL URL, with an identity token when given; never throws for an HTTP answer. */
export async function post(url: string, body: string, token?: string, contentType = 'application/json'): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': contentType, accept: 'application/json' };
  if (token) headers[INTERNAL_HEADER] = token;
  const started = performance.now();
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (err) {
    throw new Error(`${url} did not answer (${unreachable(err)})`);
  }
  const text = await res.text();
  const ms = performance.now() - started;
  let parsed: Answer['body'];
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = undefined;
  }
  return { status: res.status, text, body: parsed, ms };
}

/** Sends a GraphQL operation with variables. */
export function query(url: string, operation: string, variables: Record<string, unknown> | undefined, token?: string): Promise<Answer> {
  return post(url, JSON.stringify({ query: operation, variables }), token);
}

/** The first error's code, or undefined. */
export function firstCode(answer: Answer): string | undefined {
  const code = answer.body?.errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A short description of an answer for a detail line: status and first error. */
export function describeAnswer(answer: Answer): string {
  const error = answer.body?.errors?.[0];
  if (!answer.body) return `HTTP ${answer.status} with a body that is not JSON`;
  if (!error) return `HTTP ${answer.status} without errors`;
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'no code';
  return `HTTP ${answer.status}, ${code}: ${(error.message ?? '').slice(0, 120)}`;
}
