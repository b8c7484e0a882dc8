import { Caller, Sql } from '../../../kit';
import { prefixPattern, RegistryScopeSql } from '../scope/registry-scope-sql';
import { MATCHING_NAMES } from './name-match';
import type { MembershipEntity, PersonEntity, PersonNikRecordEntity } from './person.entity';

/** A person as resolvers receive it, with their current membership. */
export interface PersonRow extends Pick<PersonEntity, 'id' | 'nik' | 'hkid' | 'fullName' | 'sex' | 'birthDate' | 'birthDateApproximate' | 'nikAppliedOn' | 'deceasedOn' | 'version'> {
  familyId: string | null;
  relationship: number | null;
  jurisdiction: 'ID' | 'HK' | null;
}

/** One of a person's places on a family card. */
export type MembershipRow = Omit<MembershipEntity, 'id'>;

/** One of a person's NIK states. */
export type NikRecordRow = Omit<PersonNikRecordEntity, 'id' | 'recordedAt'>;

/** A person search, already validated. */
export interface PersonSearch {
  jurisdiction: 'ID' | 'HK';
  name: string;
  birthDate?: string | null;
  regionCode?: string | null;
}

/** The columns of a PersonRow, over PERSON_FROM's aliases (p person, m current membership, f its family). */
export const PERSON_COLUMNS = `p.id, p.nik, p.hkid, p.full_name AS "fullName", p.sex, p.birth_date AS "birthDate",
  p.birth_date_approximate AS "birthDateApproximate", p.nik_applied_on AS "nikAppliedOn", p.deceased_on AS "deceasedOn",
  m.family_id AS "familyId", m.relationship, f.jurisdiction, p.version`;
export const PERSON_FROM = `person p
  LEFT JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL
  LEFT JOIN family f ON f.id = m.family_id`;

/** The only place the families subgraph reads person rows, for one caller. */
export class PersonRepository {
  constructor(
    private readonly sql: Sql,
    private readonly caller: Caller,
  ) {}

  findByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.sql.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM ${PERSON_FROM} WHERE p.id = ANY($1::uuid[])`, [ids], 'person_by_ids');
  }

  /**
   * Current members of each family, head first (SHDK order), then eldest first. The ids filter the
   * family's own key, so the planner knows it reads a handful of families and walks the indexes from
   * them; filtered on the membership's column instead, it hashed the whole family table per page.
   */
  membersOf(familyIds: readonly string[]): Promise<PersonRow[]> {
    return this.sql.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM family f
         JOIN membership m ON m.family_id = f.id AND m.valid_to IS NULL
         JOIN person p ON p.id = m.person_id
        WHERE f.id = ANY($1::uuid[])
        ORDER BY m.relationship, p.birth_date NULLS LAST, p.id`,
      [familyIds],
      'members_by_family_ids',
    );
  }

  /** Every membership of each person, newest first. */
  membershipsOf(personIds: readonly string[]): Promise<MembershipRow[]> {
    return this.sql.query<MembershipRow>(
      `SELECT person_id AS "personId", family_id AS "familyId", relationship, valid_from AS "validFrom", valid_to AS "validTo"
         FROM membership WHERE person_id = ANY($1::uuid[])
        ORDER BY valid_from DESC, valid_to DESC NULLS FIRST`,
      [personIds],
      'memberships_by_person_ids',
    );
  }

  /** Every NIK state of each person, newest first. */
  nikRecordsOf(personIds: readonly string[]): Promise<NikRecordRow[]> {
    return this.sql.query<NikRecordRow>(
      `SELECT person_id AS "personId", nik, document_status AS "documentStatus", valid_from AS "validFrom", valid_to AS "validTo",
              recorded_by_agency_id AS "recordedByAgencyId"
         FROM person_nik_record WHERE person_id = ANY($1::uuid[])
        ORDER BY valid_from DESC, recorded_at DESC`,
      [personIds],
      'nik_records_by_person_ids',
    );
  }

  async findIdByNik(nik: string): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(`SELECT id FROM person WHERE nik = $1 ORDER BY deceased_on NULLS FIRST LIMIT 1`, [nik], 'person_id_by_nik');
    return rows[0]?.id ?? null;
  }

  /** The person holding an HKID: the living record first (an HKID is given to one living person). */
  async findIdByHkid(hkid: string): Promise<string | null> {
    const rows = await this.sql.query<{ id: string }>(`SELECT id FROM person WHERE hkid = $1 ORDER BY deceased_on NULLS FIRST LIMIT 1`, [hkid], 'person_id_by_hkid');
    return rows[0]?.id ?? null;
  }

  /** Living persons holding any of these NIKs or HKIDs (each belongs to one living person record). */
  livingByIdentifiers(niks: readonly string[], hkids: readonly string[]): Promise<PersonRow[]> {
    return this.sql.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM ${PERSON_FROM}
        WHERE p.deceased_on IS NULL AND (p.nik = ANY($1::text[]) OR p.hkid = ANY($2::text[]))`,
      [niks, hkids],
      'person_living_by_identifiers',
    );
  }

  /**
   * Persons the caller may see whose spelling-normalised name resembles `name` (see MATCHING_NAMES), best
   * first; persons on no current card are not in any jurisdiction and never found. A region filter
   * matches only persons whose family's place the caller may see.
   */
  search(search: PersonSearch, first: number): Promise<PersonRow[]> {
    const values: unknown[] = [search.jurisdiction, search.name];
    const param = (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    };
    const scope = new RegistryScopeSql(this.caller, param);
    const where = ['f.jurisdiction = $1', scope.visible];
    if (search.birthDate) where.push(`p.birth_date = ${param(search.birthDate)}::date`);
    if (search.regionCode) where.push(scope.place, `f.region_code LIKE ${param(prefixPattern(search.regionCode))}`);
    values.push(first);
    return this.sql.query<PersonRow>(
      `SELECT ${PERSON_COLUMNS} FROM (${MATCHING_NAMES('person_name_key($2)')}) nm
         JOIN person p ON p.name_key = nm.name_key
         JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL
         JOIN family f ON f.id = m.family_id
        WHERE ${where.join(' AND ')}
        ORDER BY nm.score DESC, p.full_name, p.id
        LIMIT $${values.length}`,
      values,
    );
  }
}
