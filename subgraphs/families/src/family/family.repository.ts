import { Caller, Sql } from '../../../kit';
import { placesCovered } from '../../../../domain/area-coverage';
import { prefixPattern, RegistryScopeSql } from '../scope/registry-scope-sql';
import { MATCHING_NAMES } from '../person/name-match';
import { todayIn } from '../person/person-age';
import type { FamilyCardEntity, FamilyEntity } from './family.entity';

/** A family as resolvers receive it: the row plus its current card number. */
export interface FamilyRow extends FamilyEntity {
  kkNumber: string | null;
  /** Whether the caller's agency works with the family (registered it, or holds a record or granted access). */
  worksWith: boolean;
}

/** One family card number in a family's history. */
export type FamilyCardRow = Omit<FamilyCardEntity, 'id'>;

/** Search filters, already validated. */
export interface FamilySearch {
  jurisdiction: 'ID' | 'HK';
  name?: string | null;
  regionCode?: string | null;
  district?: string | null;
  hasChildren?: boolean | null;
}

/**
 * A family's place in a search: match score, creation time and id, as text written by PostgreSQL. The
 * creation time keeps its microseconds (a JavaScript Date would drop them, and a page boundary inside
 * one millisecond would then skip rows); the score is a real printed exactly (shortest round-trip form).
 */
export interface SearchPosition {
  score: string;
  createdAt: string;
  id: string;
}

/** A search page: rows in order, each with its position for the cursor. */
export interface FamilySearchPage {
  rows: Array<FamilyRow & { position: SearchPosition }>;
  /** Null when the matches were not counted. */
  totalCount: number | null;
  hasNextPage: boolean;
}

/** A row of the search statement: a family with its sort position, and the count of all matches when counted. */
type SearchRow = FamilyRow & { total?: number; sortScore: string; sortCreatedAt: string };

/** The columns of a FamilyRow over `f` (family) and `c` (its current card), with the caller's agency as `agency`. */
function familyColumns(agency: string): string {
  return `f.id, f.jurisdiction, f.case_reference AS "caseReference", c.kk_number AS "kkNumber",
  f.street, f.rt_rw AS "rtRw", f.region_code AS "regionCode", f.hk_district AS "hkDistrict",
  f.address_protected AS "addressProtected", f.protecting_agency_id AS "protectingAgencyId", f.kk_applied_on AS "kkAppliedOn",
  EXISTS (SELECT 1 FROM family_agency fa WHERE fa.family_id = f.id AND fa.agency_id = ${agency}::uuid) AS "worksWith",
  f.created_at AS "createdAt", f.version`;
}

/** The only place the families subgraph reads family rows, for one caller. */
export class FamilyRepository {
  constructor(
    private readonly sql: Sql,
    private readonly caller: Caller,
  ) {}

  findByIds(ids: readonly string[]): Promise<FamilyRow[]> {
    return this.sql.query<FamilyRow>(
      `SELECT ${familyColumns('$2')} FROM family f
         LEFT JOIN family_card c ON c.family_id = f.id AND c.valid_to IS NULL
        WHERE f.id = ANY($1::uuid[])`,
      [ids, this.caller.agencyId],
      'family_by_ids',
    );
  }

  /** The family that holds or held a card number. */
  async findIdByKk(kkNumber: string): Promise<string | null> {
    return (await this.findCardByKk(kkNumber))?.familyId ?? null;
  }

  /** The families of a jurisdiction filed under a case reference, earliest registered first (a reference is an agency's file number, not unique). */
  async findIdsByCaseReference(caseReference: string, jurisdiction: 'ID' | 'HK'): Promise<string[]> {
    const rows = await this.sql.query<{ id: string }>(
      `SELECT id FROM family WHERE case_reference = $1 AND jurisdiction = $2 ORDER BY created_at, id LIMIT 20`,
      [caseReference, jurisdiction],
      'family_ids_by_case_reference',
    );
    return rows.map((r) => r.id);
  }

  /** The card row of a number, current or superseded (a number is never given to two families). */
  async findCardByKk(kkNumber: string): Promise<FamilyCardRow | null> {
    const rows = await this.sql.query<FamilyCardRow>(
      `SELECT family_id AS "familyId", kk_number AS "kkNumber", valid_from AS "validFrom", valid_to AS "validTo", reason
         FROM family_card WHERE kk_number = $1`,
      [kkNumber],
      'family_card_by_kk',
    );
    return rows[0] ?? null;
  }

  cardsByFamilyIds(ids: readonly string[]): Promise<FamilyCardRow[]> {
    return this.sql.query<FamilyCardRow>(
      `SELECT family_id AS "familyId", kk_number AS "kkNumber", valid_from AS "validFrom", valid_to AS "validTo", reason
         FROM family_card WHERE family_id = ANY($1::uuid[]) ORDER BY valid_from DESC, valid_to DESC NULLS FIRST`,
      [ids],
      'family_cards_by_family_ids',
    );
  }

  /**
   * Families matching the filters among those the caller may see, in one statement (the count and the
   * page share the match, so neither sees past the caller's view); a place filter matches only families
   * whose place the caller may see, so a protected family is never found by where it lives. Without a
   * name: newest first. With a name: best member match first (MATCHING_NAMES over spelling-normalised
   * names, so spelling variants, the old spelling and word order are tolerated), then newest. Keyset-paginated
   * on (score, created_at, id), which stays correct while rows are added.
   */
  async search(filter: FamilySearch, first: number, after: SearchPosition | null, withCount: boolean): Promise<FamilySearchPage> {
    const where: string[] = ['f.jurisdiction = $1'];
    const values: unknown[] = [filter.jurisdiction];
    const param = (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    };
    const scope = new RegistryScopeSql(this.caller, param);
    const agency = param(this.caller.agencyId);
    where.push(scope.visible);
    if (filter.regionCode || filter.district) where.push(scope.place);
    if (filter.regionCode) where.push(`f.region_code LIKE ${param(prefixPattern(filter.regionCode))}`);
    if (filter.district) {
      // A Hong Kong district also finds the families of the service areas inside it (Sai Kung: Tseung Kwan O).
      const places = param(placesCovered([filter.district]));
      where.push(`(f.hk_district = ANY(${places}::text[]) OR f.region_code LIKE ${param(prefixPattern(filter.district))})`);
    }
    if (filter.hasChildren != null) {
      const today = param(todayIn(filter.jurisdiction));
      where.push(`${param(filter.hasChildren)}::boolean = EXISTS (SELECT 1 FROM membership m JOIN person p ON p.id = m.person_id
                   WHERE m.family_id = f.id AND m.valid_to IS NULL AND p.birth_date > ${today}::date - interval '18 years')`);
    }
    let hits = '';
    let from = 'family f';
    let score = '0::real';
    if (filter.name) {
      const k = `person_name_key(${param(filter.name)})`;
      hits = `hits AS (
        SELECT m.family_id, max(nm.score) AS score
          FROM (${MATCHING_NAMES(k)}) nm
          JOIN person p ON p.name_key = nm.name_key
          JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL
         GROUP BY m.family_id),`;
      from = 'hits h JOIN family f ON f.id = h.family_id';
      score = 'h.score';
    }
    let keyset = '';
    if (after) keyset = `WHERE (x.score, x.created_at, x.id) < (${param(after.score)}::real, ${param(after.createdAt)}::timestamptz, ${param(after.id)}::uuid)`;
    const limit = param(first + 1);
    const matched = `SELECT f.id, f.created_at, ${score} AS score FROM ${from} WHERE ${where.join(' AND ')}`;
    // The page is cut from the matches before the families are read, so only its rows are joined.
    const pageRows = `SELECT ${familyColumns(agency)}, x.score::text AS "sortScore",
                to_char(x.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortCreatedAt"
           FROM (SELECT * FROM matched x ${keyset} ORDER BY x.score DESC, x.created_at DESC, x.id DESC LIMIT ${limit}) x
           JOIN family f ON f.id = x.id
           LEFT JOIN family_card c ON c.family_id = f.id AND c.valid_to IS NULL
          ORDER BY x.score DESC, x.created_at DESC, x.id DESC`;
    // Counted, every match is read once for both; uncounted, the planner may stop at the page's last row.
    const rows = withCount
      ? await this.sql.query<SearchRow>(
          `WITH ${hits} matched AS MATERIALIZED (${matched})
           SELECT t.total, r.* FROM (SELECT count(*)::int AS total FROM matched) t LEFT JOIN LATERAL (${pageRows}) r ON true`,
          values,
        )
      : await this.sql.query<SearchRow>(`WITH ${hits} matched AS (${matched}) ${pageRows}`, values);
    const found = rows.filter((r) => r.id !== null);
    const page = found.slice(0, first).map(({ total: _total, sortScore, sortCreatedAt, ...row }) => ({
      ...row,
      position: { score: sortScore, createdAt: sortCreatedAt, id: row.id },
    }));
    return { rows: page, totalCount: withCount ? (rows[0]?.total ?? 0) : null, hasNextPage: found.length > first };
  }
}
