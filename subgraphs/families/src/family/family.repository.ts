import { Sql } from '../../../kit';

/** A family as resolvers receive it: the row plus its current card number. */
export interface FamilyRow {
  id: string;
  jurisdiction: 'ID' | 'HK';
  caseReference: string | null;
  kkNumber: string | null;
  street: string | null;
  rtRw: string | null;
  regionCode: string | null;
  hkDistrict: string | null;
  addressProtected: boolean;
  protectingAgencyId: string | null;
  createdAt: Date;
}

/** One family card number in a family's history. */
export interface FamilyCardRow {
  familyId: string;
  kkNumber: string;
  validFrom: string;
  validTo: string | null;
  reason: string | null;
}

/** Search filters, already validated. */
export interface FamilySearch {
  jurisdiction: 'ID' | 'HK';
  name?: string | null;
  regionCode?: string | null;
  district?: string | null;
  hasChildren?: boolean | null;
}

/** A search page: rows in order, each with its sort key for the cursor. */
export interface FamilySearchPage {
  rows: Array<FamilyRow & { sortScore: number }>;
  totalCount: number;
  hasNextPage: boolean;
}

const FAMILY_COLUMNS = `f.id, f.jurisdiction, f.case_reference AS "caseReference", c.kk_number AS "kkNumber",
  f.street, f.rt_rw AS "rtRw", f.region_code AS "regionCode", f.hk_district AS "hkDistrict",
  f.address_protected AS "addressProtected", f.protecting_agency_id AS "protectingAgencyId", f.created_at AS "createdAt"`;

/** The only place the families subgraph reads family rows. */
export class FamilyRepository {
  constructor(private readonly sql: Sql) {}

  findByIds(ids: readonly string[]): Promise<FamilyRow[]> {
    return this.sql.query<FamilyRow>(
      `SELECT ${FAMILY_COLUMNS} FROM family f
         LEFT JOIN family_card c ON c.family_id = f.id AND c.valid_to IS NULL
        WHERE f.id = ANY($1::uuid[])`,
      [ids],
      'family_by_ids',
    );
  }

  /** The family that holds or held a card number. */
  async findIdByKk(kkNumber: string): Promise<string | null> {
    const rows = await this.sql.query<{ familyId: string }>(
      `SELECT family_id AS "familyId" FROM family_card WHERE kk_number = $1`,
      [kkNumber],
      'family_id_by_kk',
    );
    return rows[0]?.familyId ?? null;
  }

  cardsByFamilyIds(ids: readonly string[]): Promise<FamilyCardRow[]> {
    return this.sql.query<FamilyCardRow>(
      `SELECT family_id AS "familyId", kk_number AS "kkNumber", valid_from AS "validFrom", valid_to AS "validTo", reason
         FROM family_card WHERE family_id = ANY($1::uuid[]) ORDER BY valid_from DESC`,
      [ids],
      'family_cards_by_family_ids',
    );
  }

  /**
   * Families matching the filters. Without a name: newest first, keyset-paginated on (created_at, id),
   * which stays correct while rows are added. With a name: best trigram match first (word order and
   * spelling variants tolerated), then id.
   */
  async search(filter: FamilySearch, first: number, after: { score: number; createdAt: string; id: string } | null): Promise<FamilySearchPage> {
    const where: string[] = ['f.jurisdiction = $1'];
    const values: unknown[] = [filter.jurisdiction];
    const add = (clause: (n: string) => string, value: unknown) => {
      values.push(value);
      where.push(clause(`$${values.length}`));
    };
    if (filter.regionCode) add((n) => `f.region_code LIKE ${n} || '%'`, filter.regionCode);
    if (filter.district) add((n) => `(f.hk_district = ${n} OR f.region_code LIKE ${n} || '%')`, filter.district);
    if (filter.hasChildren != null) {
      add(
        (n) => `${n}::boolean = EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id
                 WHERE m.family_id = f.id AND m.valid_to IS NULL AND p.birth_date > current_date - interval '18 years')`,
        filter.hasChildren,
      );
    }
    let score = '0::real';
    if (filter.name) {
      values.push(filter.name);
      const n = `$${values.length}`;
      score = `(SELECT max(word_similarity(${n}, p.full_name)) FROM membership m JOIN person p ON p.id = m.person_id
                 WHERE m.family_id = f.id AND m.valid_to IS NULL)`;
      where.push(`f.id IN (SELECT m.family_id FROM person p JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL
                            WHERE ${n} <% p.full_name)`);
    }
    const base = `FROM family f LEFT JOIN family_card c ON c.family_id = f.id AND c.valid_to IS NULL WHERE ${where.join(' AND ')}`;
    const [{ count }] = await this.sql.query<{ count: string }>(`SELECT count(*) ${base}`, values);
    const pageValues = [...values];
    let keyset = '';
    if (after) {
      pageValues.push(after.score, after.createdAt, after.id);
      const [s, c, i] = [pageValues.length - 2, pageValues.length - 1, pageValues.length];
      keyset = `WHERE (q."sortScore", q."createdAt", q.id) < ($${s}::real, $${c}::timestamptz, $${i}::uuid)`;
    }
    pageValues.push(first + 1);
    const rows = await this.sql.query<FamilyRow & { sortScore: number }>(
      `SELECT * FROM (SELECT ${FAMILY_COLUMNS}, ${score}::real AS "sortScore" ${base}) q ${keyset}
        ORDER BY q."sortScore" DESC, q."createdAt" DESC, q.id DESC LIMIT $${pageValues.length}`,
      pageValues,
    );
    return { rows: rows.slice(0, first), totalCount: Number(count), hasNextPage: rows.length > first };
  }
}
