import { logger } from '../../../platform';
import type { SourceCase, SourceCaseload, SourceCaseloadAnswer, SourceCasesAnswer } from './case-system-api';
import { AdapterConfig } from './adapter-config';
import { SourceUnavailableError } from './source-unavailable';

/** Who is reading, as the case system's access log records it. */
export interface ActingFor {
  staffId: string;
  agencyId: string;
  requestId: string;
}

/**
 * Calls PUSPAGA's case system with its API key, the acting headers its access log records, and a
 * timeout. A call that cannot connect, times out or answers 5xx is SOURCE_UNAVAILABLE; any other
 * refusal (a wrong key, a malformed call) is the adapter's own fault, logged and masked as internal.
 */
export class CaseSystemClient {
  constructor(private readonly config: AdapterConfig) {}

  /** The cases of each family, by SatuPintu family id: one call for them all. */
  async casesOf(familyIds: readonly string[], acting: ActingFor): Promise<Record<string, SourceCase[]>> {
    const query = familyIds.map((id) => `family=${encodeURIComponent(id)}`).join('&');
    const answer = await this.get<SourceCasesAnswer>(`/api/v1/cases?${query}`, acting);
    if (!answer || typeof answer.per_keluarga !== 'object' || answer.per_keluarga === null) throw new Error('the case system answered cases without per_keluarga');
    return answer.per_keluarga;
  }

  /** Open cases by service kind. */
  async caseload(acting: ActingFor): Promise<SourceCaseload[]> {
    const answer = await this.get<SourceCaseloadAnswer>('/api/v1/caseload', acting);
    if (!Array.isArray(answer?.kasus_terbuka)) throw new Error('the case system answered a caseload without kasus_terbuka');
    return answer.kasus_terbuka;
  }

  /** Whether the case system answers its health check within the timeout. */
  async reachable(): Promise<boolean> {
    try {
      const res = await fetch(`${this.config.caseSystemUrl}/health`, { signal: AbortSignal.timeout(this.config.timeoutMs) });
      await res.arrayBuffer();
      return res.ok;
    } catch {
      return false;
    }
  }

  private async get<T>(path: string, acting: ActingFor): Promise<T> {
    const started = Date.now();
    let res: Response;
    let body: string;
    try {
      res = await fetch(`${this.config.caseSystemUrl}${path}`, {
        headers: {
          accept: 'application/json',
          'x-api-key': this.config.apiKey,
          'x-acting-staff': acting.staffId,
          'x-acting-agency': acting.agencyId,
          'x-request-id': acting.requestId,
        },
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      body = await res.text();
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError';
      logger.warn({ source: 'puspaga-case-system', reason: timedOut ? 'timeout' : 'unreachable', ms: Date.now() - started }, 'PUSPAGA case system call failed');
      throw new SourceUnavailableError();
    }
    if (res.status >= 500) {
      logger.warn({ source: 'puspaga-case-system', reason: 'server error', status: res.status }, 'PUSPAGA case system call failed');
      throw new SourceUnavailableError();
    }
    if (!res.ok) {
      logger.error({ source: 'puspaga-case-system', status: res.status }, 'PUSPAGA case system refused the adapter');
      throw new Error(`the case system refused the adapter with ${res.status}`);
    }
    try {
      return JSON.parse(body) as T;
    } catch {
      throw new Error('the case system answered something other than JSON');
    }
  }
}
