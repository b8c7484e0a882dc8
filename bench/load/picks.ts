import { Client } from 'pg';
import type { SubgraphName } from '../../subgraphs/kit';

/** What random requests pick from: ids and codes the bench caller may see. */
export interface Picks {
  /**
   * Every Indonesian family the bench caller sees: they manage Indonesia's regions, but a protected
   * family is in no one's area (its place is withheld), and Hong Kong families are not theirs.
   */
  familyIds: string[];
  /** District (kecamatan) codes that have families: a search page per district. */
  districtCodes: string[];
  /** Indonesian agencies with at least 20 incoming referrals: an inbox page each. */
  inboxAgencyIds: string[];
}

async function column(url: string, sql: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>(sql)).rows.map((r) => r.v);
  } finally {
    await client.end();
  }
}

export async function loadPicks(urls: Record<SubgraphName, string>): Promise<Picks> {
  const [familyIds, districtCodes, inboxAgencyIds] = await Promise.all([
    column(urls.families, `SELECT id::text AS v FROM family WHERE jurisdiction = 'ID' AND NOT address_protected ORDER BY id`),
    column(urls.families, `SELECT DISTINCT left(region_code, 6) AS v FROM family WHERE jurisdiction = 'ID' ORDER BY 1`),
    column(urls.referrals, `SELECT to_agency_id::text AS v FROM referral WHERE family_region ~ '^[0-9]' GROUP BY to_agency_id HAVING count(*) >= 20 ORDER BY 1`),
  ]);
  if (!familyIds.length || !districtCodes.length || !inboxAgencyIds.length) throw new Error('the bench dataset has no Indonesian families or referrals to pick from; run with --rebuild');
  return { familyIds, districtCodes, inboxAgencyIds };
}
