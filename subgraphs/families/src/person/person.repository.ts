import { Sql } from '../../../kit';

/** A person as resolvers receive it, with their current membership. */
export interface PersonRow {
  id: string;
  nik: string | null;
  hkid: string | null;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string | null;
  familyId: string | null;
  relationship: number | null;
  jurisdiction: 'ID' | 'HK' | null;
}

const PERSON_COLUMNS = `p.id, p.nik, p.hkid, p.full_name AS "fullName", p.sex, p.birth_date AS "birthDate",
  m.family_id AS "familyId", m.relationship, f.jurisdiction`;
const PERSON_FROM = `person p
  LEFT JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL
  LEFT JOIN family f ON f.id = m.family_id`;

/** The only place the families subgraph reads person rows. */
export class PersonRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.sql.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM ${PERSON_FROM} WHERE p.id = ANY($1::uuid[])`, [ids], 'person_by_ids');
  }

  /** Current members of each family, head first (SHDK order), then eldest first. */
  membersOf(familyIds: readonly string[]): Promise<PersonRow[]> {
    return this.sql.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM membership m
         JOIN person p ON p.id = m.person_id
         JOIN family f ON f.id = m.family_id
        WHERE m.family_id = ANY($1::uuid[]) AND m.valid_to IS NULL
        ORDER BY m.relationship, p.birth_date NULLS LAST, p.id`,
      [familyIds],
      'members_by_family_ids',
    );
  }

  async findIdByNik(nik: string): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(
      `SELECT id FROM person WHERE nik = $1 ORDER BY deceased_on NULLS FIRST LIMIT 1`,
      [nik],
      'person_id_by_nik',
    );
    return rows[0]?.id ?? null;
  }
}
