import { MAX_SUBGRAPH_BATCH } from '../../platform';

/** What the gateway's data source sends: a POST with string headers and a JSON body. */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What the data source reads of an answer. */
export interface FetchAnswer {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: Headers;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export type Fetch = (url: string, init: FetchInit) => Promise<FetchAnswer>;

/**
 * The header by which the data source marks a fetch that may share an HTTP request with others of the
 * same gateway request; its value is the gateway's request id. It never leaves the gateway.
 */
export const BATCH_HEADER = 'x-satupintu-batch';

interface Member {
  init: FetchInit;
  resolve: (answer: FetchAnswer) => void;
  reject: (err: unknown) => void;
}

/** One member's answer, cut from the batch's (already parsed: the data source reads it as JSON). */
function memberAnswer(batch: FetchAnswer, item: unknown): FetchAnswer {
  // The batch's status is the whole batch's: a member without errors was answered in full.
  const failed = typeof item === 'object' && item !== null && Array.isArray((item as { errors?: unknown }).errors);
  const status = failed ? batch.status : 200;
  return { ...batch, ok: status >= 200 && status < 300, status, statusText: String(status), text: async () => JSON.stringify(item), json: async () => item };
}

/**
 * Coalesces the fetches one gateway request sends to one subgraph at the same moment (the parallel
 * fetches of one step of a query plan) into one HTTP request whose body is the list of operations;
 * the subgraph runs them with one context, so their DataLoaders batch together and one audit trail
 * covers them. A fetch alone is sent as it is. Only fetches marked with BATCH_HEADER are coalesced
 * (queries of one caller; a mutation travels alone with its peer tokens), and only with fetches of the
 * same request id and the same identity token.
 */
export class SubgraphBatcher {
  private readonly pending = new Map<string, Member[]>();

  constructor(
    private readonly send: Fetch,
    private readonly identityHeader: string,
  ) {}

  readonly fetch: Fetch = (url, init) => {
    const headers = { ...init.headers };
    const marker = headers[BATCH_HEADER];
    delete headers[BATCH_HEADER];
    const plain = { ...init, headers };
    if (!marker) return this.send(url, plain);
    const key = `${url}\n${marker}\n${headers[this.identityHeader] ?? ''}`;
    return new Promise<FetchAnswer>((resolve, reject) => {
      let group = this.pending.get(key);
      if (!group) {
        group = [];
        this.pending.set(key, group);
        // The plan's parallel fetches are all started before the event loop turns.
        setImmediate(() => this.flush(url, key, group!));
      }
      group.push({ init: plain, resolve, reject });
      if (group.length === MAX_SUBGRAPH_BATCH) this.flush(url, key, group);
    });
  };

  private flush(url: string, key: string, group: Member[]): void {
    if (this.pending.get(key) !== group) return;
    this.pending.delete(key);
    if (group.length === 1) {
      const [only] = group;
      this.send(url, only.init).then(only.resolve, only.reject);
      return;
    }
    const body = `[${group.map((m) => m.init.body ?? 'null').join(',')}]`;
    this.send(url, { ...group[0].init, body })
      .then(async (batch) => {
        const text = await batch.text();
        let items: unknown;
        try {
          items = JSON.parse(text);
        } catch {
          items = undefined;
        }
        if (Array.isArray(items) && items.length === group.length) {
          group.forEach((m, i) => m.resolve(memberAnswer(batch, (items as unknown[])[i])));
        } else {
          // Refused as a whole (no identity, shutting down): every member gets the same answer.
          for (const m of group) m.resolve({ ...batch, text: async () => text, json: async () => JSON.parse(text) as unknown });
        }
      })
      .catch((err: unknown) => group.forEach((m) => m.reject(err)));
  }
}
