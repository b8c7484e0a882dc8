import { env } from '../../platform';

/** What the subgraph needs: its own database, and the agency and jurisdiction it answers for. */
export interface TemplateConfig {
  /** TEMPLATE_DATABASE_URL: the subgraph's own PostgreSQL database, e.g. postgres://activities@10.0.4.20/activities. */
  databaseUrl: string;
  /** TEMPLATE_AGENCY_ID: the agency's id in SatuPintu's agency directory (a UUID). */
  agencyId: string;
  /**
   * TEMPLATE_JURISDICTION: the legal system the agency's records belong to, ID (Indonesia) or HK (Hong Kong).
   * @default 'ID'
   */
  jurisdiction: 'ID' | 'HK';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function required(name: string, example: string): string {
  const value = env(name);
  if (value === undefined) throw new Error(`${name} must be set (e.g. ${example})`);
  return value;
}

/** The subgraph's settings from the environment; a missing or malformed one stops it at start, naming the variable. */
export function templateConfig(): TemplateConfig {
  const databaseUrl = required('TEMPLATE_DATABASE_URL', 'postgres://user:password@host:5432/activities');
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('TEMPLATE_DATABASE_URL must be a postgres:// or postgresql:// URL');
  const agencyId = required('TEMPLATE_AGENCY_ID', "the agency's id in SatuPintu's directory").toLowerCase();
  if (!UUID.test(agencyId)) throw new Error("TEMPLATE_AGENCY_ID must be a UUID: the agency's id in SatuPintu's directory");
  const jurisdiction = env('TEMPLATE_JURISDICTION', 'ID')!;
  if (jurisdiction !== 'ID' && jurisdiction !== 'HK') throw new Error(`TEMPLATE_JURISDICTION must be ID or HK, got "${jurisdiction}"`);
  return { databaseUrl, agencyId, jurisdiction };
}
