import { Sql } from '../../../kit';
import type { MembershipEntity, NikDocumentStatus, PersonEntity } from './person.entity';

/** A new person row with the id chosen by the caller. */
export type NewPerson = Pick<PersonEntity, 'id' | 'nik' | 'hkid' | 'fullName' | 'sex' | 'birthDate'> & Partial<Pick<PersonEntity, 'birthDateApproximate' | 'nikAppliedOn'>>;

/** A NIK state to record for a person from a day on, by an agency. */
export interface NikState {
  personId: string;
  nik: string | null;
  documentStatus: NikDocumentStatus;
  validFrom: string;
  recordedByAgencyId: string | null;
}

/** A person's current place on a card, locked for the transaction. */
export type CurrentMembership = Pick<MembershipEntity, 'id' | 'familyId' | 'relationship' | 'validFrom'>;

/** Corrections to a person's record; undefined leaves a column unchanged. */
export interface PersonChanges {
  nik?: string;
  hkid?: string;
  fullName?: string;
  sex?: 'MALE' | 'FEMALE';
  birthDate?: string;
  deceasedOn?: string;
}

const CHANGE_COLUMNS: Record<keyof PersonChanges, string> = {
  nik: 'nik',
  hkid: 'hkid',
  fullName: 'full_name',
  sex: 'sex',
  birthDate: 'birth_date',
  deceasedOn: 'deceased_on',
};

/** Person and membership writes; always inside a transaction (`sql` is the transaction's client). */
export class PersonWriteRepository {
  constructor(private readonly sql: Sql) {}

  /** Inserts persons in one statement. */
  async insertPersons(persons: readonly NewPerson[]): Promise<void> {
    await this.sql.query(
      `INSERT INTO person (id, nik, hkid, full_name, sex, birth_date, birth_date_approximate, nik_applied_on)
       SELECT id, nik, hkid, full_name, sex, birth_date, birth_date_approximate, nik_applied_on
         FROM jsonb_to_recordset($1::jsonb)
           AS r(id uuid, nik text, hkid text, full_name text, sex text, birth_date date, birth_date_approximate boolean, nik_applied_on date)`,
      [
        JSON.stringify(
          persons.map((p) => ({
            id: p.id,
            nik: p.nik,
            hkid: p.hkid,
            full_name: p.fullName,
            sex: p.sex,
            birth_date: p.birthDate,
            birth_date_approximate: p.birthDateApproximate ?? false,
            nik_applied_on: p.nikAppliedOn ?? null,
          })),
        ),
      ],
    );
  }

  /** Opens memberships in one statement. */
  async openMemberships(rows: ReadonlyArray<{ personId: string; familyId: string; relationship: number; validFrom: string }>): Promise<void> {
    await this.sql.query(
      `INSERT INTO membership (person_id, family_id, relationship, valid_from)
       SELECT person_id, family_id, relationship, valid_from
         FROM jsonb_to_recordset($1::jsonb) AS r(person_id uuid, family_id uuid, relationship smallint, valid_from date)`,
      [JSON.stringify(rows.map((r) => ({ person_id: r.personId, family_id: r.familyId, relationship: r.relationship, valid_from: r.validFrom })))],
    );
  }

  /**
   * Records each person's NIK state from a day on: the current state (if any) closes that day and the
   * new one opens, so the history keeps every state a person had (no NIK, pending, the NIK issued).
   */
  async recordNikStates(states: readonly NikState[]): Promise<void> {
    if (states.length === 0) return;
    const json = JSON.stringify(states.map((s) => ({ person_id: s.personId, nik: s.nik, document_status: s.documentStatus, valid_from: s.validFrom, recorded_by_agency_id: s.recordedByAgencyId })));
    await this.sql.query(
      `UPDATE person_nik_record r SET valid_to = GREATEST(s.valid_from, r.valid_from)
         FROM jsonb_to_recordset($1::jsonb) AS s(person_id uuid, valid_from date)
        WHERE r.person_id = s.person_id AND r.valid_to IS NULL`,
      [json],
    );
    await this.sql.query(
      `INSERT INTO person_nik_record (person_id, nik, document_status, valid_from, recorded_by_agency_id)
       SELECT person_id, nik, document_status, valid_from, recorded_by_agency_id
         FROM jsonb_to_recordset($1::jsonb) AS s(person_id uuid, nik text, document_status text, valid_from date, recorded_by_agency_id uuid)`,
      [json],
    );
  }

  /** Gives a person the NIK issued, with the birth date and sex it settles (no longer an estimate); a new version. */
  async issueNik(personId: string, nik: string, birthDate: string | null, sex: 'MALE' | 'FEMALE' | null): Promise<void> {
    await this.sql.query(`UPDATE person SET nik = $2, birth_date = $3, sex = $4, birth_date_approximate = false, version = version + 1 WHERE id = $1`, [personId, nik, birthDate, sex]);
  }

  /** The day the NIK was applied for at Dispendukcapil; a new version. */
  async setNikAppliedOn(personIds: readonly string[], appliedOn: string): Promise<void> {
    await this.sql.query(`UPDATE person SET nik_applied_on = $2, version = version + 1 WHERE id = ANY($1::uuid[])`, [personIds, appliedOn]);
  }

  /** Optimistic concurrency, as FamilyWriteRepository.bumpVersion. */
  async bumpVersion(personId: string, expectedVersion: number): Promise<number | null> {
    const rows = await this.sql.query<{ version: number }>(`UPDATE person SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING version`, [personId, expectedVersion]);
    return rows[0]?.version ?? null;
  }

  async currentVersion(personId: string): Promise<number | null> {
    const rows = await this.sql.query<{ version: number }>(`SELECT version FROM person WHERE id = $1`, [personId]);
    return rows[0]?.version ?? null;
  }

  async update(personId: string, changes: PersonChanges): Promise<void> {
    const keys = (Object.keys(CHANGE_COLUMNS) as Array<keyof PersonChanges>).filter((k) => changes[k] !== undefined);
    if (keys.length === 0) return;
    await this.sql.query(`UPDATE person SET ${keys.map((k, i) => `${CHANGE_COLUMNS[k]} = $${i + 2}`).join(', ')} WHERE id = $1`, [personId, ...keys.map((k) => changes[k])]);
  }

  async currentMembership(personId: string): Promise<CurrentMembership | null> {
    const rows = await this.sql.query<CurrentMembership>(
      `SELECT id, family_id AS "familyId", relationship, valid_from AS "validFrom" FROM membership
        WHERE person_id = $1 AND valid_to IS NULL FOR UPDATE`,
      [personId],
    );
    return rows[0] ?? null;
  }

  async closeMembership(membershipId: string, validTo: string): Promise<void> {
    await this.sql.query(`UPDATE membership SET valid_to = $2 WHERE id = $1`, [membershipId, validTo]);
  }

  async setRelationship(membershipId: string, relationship: number): Promise<void> {
    await this.sql.query(`UPDATE membership SET relationship = $2 WHERE id = $1`, [membershipId, relationship]);
  }
}
