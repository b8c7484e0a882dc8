import { env, envInt } from '../../../platform';

/** What the PUSPAGA adapter needs to reach the case system and to apply its access rule. */
export interface AdapterConfig {
  /** PUSPAGA_CASE_SYSTEM_URL: the case system's base URL, e.g. http://10.0.4.12:4100. */
  caseSystemUrl: string;
  /** PUSPAGA_API_KEY: the key the case system expects in x-api-key. */
  apiKey: string;
  /** PUSPAGA_SATUPINTU_AGENCY_ID: PUSPAGA Kota Tangerang Selatan's id in SatuPintu's agency directory. */
  agencyId: string;
  /** PUSPAGA_CASE_SYSTEM_TIMEOUT_MS: how long a call to the case system may take. Default 1500. */
  timeoutMs: number;
}

function required(name: string): string {
  const value = env(name);
  if (value === undefined) throw new Error(`${name} must be set`);
  return value;
}

/** The adapter's settings from the environment; a missing one stops it at start. */
export function adapterConfig(): AdapterConfig {
  const caseSystemUrl = required('PUSPAGA_CASE_SYSTEM_URL').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(caseSystemUrl)) throw new Error('PUSPAGA_CASE_SYSTEM_URL must be an http or https URL');
  return {
    caseSystemUrl,
    apiKey: required('PUSPAGA_API_KEY'),
    agencyId: required('PUSPAGA_SATUPINTU_AGENCY_ID'),
    timeoutMs: envInt('PUSPAGA_CASE_SYSTEM_TIMEOUT_MS', 1500),
  };
}
