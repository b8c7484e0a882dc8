import { Sql } from '../../../kit';
import type { SafetyLink } from './safety-filter';

/** Safety-link writes; inside the transaction that sets a family's protection. */
export class SafetyLinkRepository {
  constructor(private readonly sql: Sql) {}

  /** Adds links; one already stored is kept as it is (the partial unique indexes make this idempotent). */
  async insert(links: readonly SafetyLink[], agencyId: string): Promise<void> {
    if (links.length === 0) return;
    await this.sql.query(
      `INSERT INTO person_safety_link (protected_person_id, restricted_person_id, restricted_family_id, created_by_agency_id)
       SELECT protected_person_id, restricted_person_id, restricted_family_id, $2
         FROM jsonb_to_recordset($1::jsonb) AS r(protected_person_id uuid, restricted_person_id uuid, restricted_family_id uuid)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(links.map((l) => ({ protected_person_id: l.protectedPersonId, restricted_person_id: l.restrictedPersonId, restricted_family_id: l.restrictedFamilyId }))), agencyId],
    );
  }
}
