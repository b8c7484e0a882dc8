import { fetch as undiciFetch } from 'undici';
import { Caller, INTERNAL_HEADER, logger, requestScope, signInternalToken } from '../../platform';
import { areaClaimProblem } from '../../domain/area-claim';

/** Options for the agency service-area look-up. */
export interface AgencyServiceAreaOptions {
  /** The services subgraph's GraphQL URL. */
  servicesUrl: string;
  /**
   * How long an agency's area is kept, in milliseconds.
   * @default 300000 (five minutes)
   */
  ttlMs?: number;
  /**
   * How long a failed look-up is remembered (the caller gets no service area meanwhile), in milliseconds.
   * @default 5000
   */
  failureTtlMs?: number;
  /**
   * Agencies kept at most; the oldest entry goes first.
   * @default 2000
   */
  maxEntries?: number;
  /** @default 2000 */
  timeoutMs?: number;
}

interface Entry {
  areas: string[];
  expiresAt: number;
}

/**
 * The area each caller's agency serves (its `areaServed` in the services subgraph), which the gateway
 * puts into every identity token so that the registry can show an agency the families of its service
 * area. Looked up once per agency through `_entities` and kept a few minutes, so a request pays nothing
 * extra once its agency is known. When services cannot answer, the caller has no service area (the
 * registry then shows less, never more) and the failure is logged.
 */
export class AgencyServiceAreas {
  private readonly cache = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<string[]>>();

  constructor(private readonly options: AgencyServiceAreaOptions) {}

  /** The caller with its agency's service area filled in. */
  async complete(caller: Caller): Promise<Caller> {
    return { ...caller, serviceArea: await this.of(caller) };
  }

  /** The service area of the caller's agency; [] for a caller without an agency or when services cannot answer. */
  async of(caller: Caller): Promise<string[]> {
    const agencyId = caller.agencyId;
    if (!agencyId) return [];
    const key = `${caller.jurisdiction}|${agencyId}`;
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.areas;
    let lookup = this.pending.get(key);
    if (!lookup) {
      lookup = this.lookUp(caller, agencyId).finally(() => this.pending.delete(key));
      this.pending.set(key, lookup);
    }
    return lookup;
  }

  private remember(key: string, areas: string[], ttlMs: number): string[] {
    this.cache.delete(key);
    if (this.cache.size >= (this.options.maxEntries ?? 2000)) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { areas, expiresAt: Date.now() + ttlMs });
    return areas;
  }

  private async lookUp(caller: Caller, agencyId: string): Promise<string[]> {
    const key = `${caller.jurisdiction}|${agencyId}`;
    try {
      const res = await undiciFetch(this.options.servicesUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_HEADER]: await signInternalToken({ ...caller, serviceArea: [] }, 'services'),
          'x-request-id': requestScope.getStore()?.requestId ?? '',
        },
        body: JSON.stringify({
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { areaServed } } }',
          variables: { r: [{ __typename: 'Agency', id: agencyId }] },
        }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 2000),
      });
      const body = (await res.json()) as { data?: { _entities?: Array<{ areaServed?: unknown } | null> } | null };
      const entities = body.data?._entities;
      if (!res.ok || !Array.isArray(entities)) throw new Error(`services answered ${res.status} without entities`);
      const served = entities[0]?.areaServed;
      // An agency that does not exist, or an area that is not one, grants no service area.
      const areas = Array.isArray(served) ? served.filter((a): a is string => areaClaimProblem(caller.jurisdiction, [a]) === null) : [];
      if (Array.isArray(served) && areas.length !== served.length) logger.warn({ agencyId, dropped: served.length - areas.length }, 'agency service area has entries that are not areas');
      return this.remember(key, areas, this.options.ttlMs ?? 300_000);
    } catch (err) {
      logger.warn({ agencyId, err: (err as Error).message }, 'agency service area unavailable: the caller gets none');
      return this.remember(key, [], this.options.failureTtlMs ?? 5000);
    }
  }
}
