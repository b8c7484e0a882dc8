import { Sql } from '../../../kit';
import type { FamilyCardEntity, FamilyEntity } from './family.entity';

/** A new family row; the id is chosen by the caller so that members can point at it in the same batch. */
export type NewFamily = Pick<FamilyEntity, 'id' | 'jurisdiction' | 'caseReference' | 'street' | 'rtRw' | 'regionCode' | 'hkDistrict' | 'kkAppliedOn'>;

/** The card a family holds now, locked for the transaction. */
export type CurrentCard = Pick<FamilyCardEntity, 'id' | 'kkNumber' | 'validFrom'>;

/** Family writes; always inside a transaction (`sql` is the transaction's client). */
export class FamilyWriteRepository {
  constructor(private readonly sql: Sql) {}

  async insertFamily(family: NewFamily): Promise<void> {
    await this.sql.query(
      `INSERT INTO family (id, jurisdiction, case_reference, street, rt_rw, region_code, hk_district, kk_applied_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [family.id, family.jurisdiction, family.caseReference, family.street, family.rtRw, family.regionCode, family.hkDistrict, family.kkAppliedOn],
    );
  }

  async insertCard(familyId: string, kkNumber: string, validFrom: string): Promise<void> {
    await this.sql.query(`INSERT INTO family_card (family_id, kk_number, valid_from) VALUES ($1, $2, $3)`, [familyId, kkNumber, validFrom]);
  }

  /**
   * Optimistic concurrency: bumps the version only if it is still the one the caller read, and locks the
   * row until the transaction ends. Null when the version moved on or the family is gone.
   */
  async bumpVersion(familyId: string, expectedVersion: number): Promise<number | null> {
    const rows = await this.sql.query<{ version: number }>(`UPDATE family SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING version`, [familyId, expectedVersion]);
    return rows[0]?.version ?? null;
  }

  /** Bumps the version whatever it was (a membership change made from the person's side). */
  async touch(familyId: string): Promise<void> {
    await this.sql.query(`UPDATE family SET version = version + 1 WHERE id = $1`, [familyId]);
  }

  async currentVersion(familyId: string): Promise<number | null> {
    const rows = await this.sql.query<{ version: number }>(`SELECT version FROM family WHERE id = $1`, [familyId]);
    return rows[0]?.version ?? null;
  }

  async updateAddress(familyId: string, address: { street: string | null; rtRw: string | null; regionCode: string | null; hkDistrict: string | null }): Promise<void> {
    await this.sql.query(`UPDATE family SET street = $2, rt_rw = $3, region_code = $4, hk_district = $5 WHERE id = $1`, [
      familyId,
      address.street,
      address.rtRw,
      address.regionCode,
      address.hkDistrict,
    ]);
  }

  async currentCard(familyId: string): Promise<CurrentCard | null> {
    const rows = await this.sql.query<CurrentCard>(
      `SELECT id, kk_number AS "kkNumber", valid_from AS "validFrom" FROM family_card
        WHERE family_id = $1 AND valid_to IS NULL FOR UPDATE`,
      [familyId],
    );
    return rows[0] ?? null;
  }

  /** Ends a card's time in force: the day the new one began and why. */
  async closeCard(cardId: string, validTo: string, reason: string): Promise<void> {
    await this.sql.query(`UPDATE family_card SET valid_to = $2, reason = $3 WHERE id = $1`, [cardId, validTo, reason]);
  }

  /** The day the family card was applied for at Dispendukcapil. */
  async setKkAppliedOn(familyId: string, appliedOn: string): Promise<void> {
    await this.sql.query(`UPDATE family SET kk_applied_on = $2 WHERE id = $1`, [familyId, appliedOn]);
  }

  async setProtection(familyId: string, protectedAddress: boolean, protectingAgencyId: string | null): Promise<void> {
    await this.sql.query(`UPDATE family SET address_protected = $2, protecting_agency_id = $3 WHERE id = $1`, [familyId, protectedAddress, protectingAgencyId]);
  }
}
