import { Caller, Sql } from '../../../kit';
import { RegistryScopeSql } from '../scope/registry-scope-sql';
import { PERSON_COLUMNS, PersonRow } from '../person/person.repository';
import type { SafetyLink } from './safety-filter';

/** A person being checked against the registry; `key` ties candidates back to them. */
export interface Probe {
  key: string;
  fullName: string;
  nik: string | null;
  hkid: string | null;
  birthDate: string | null;
}

/** A registry person who may be a probe's duplicate, with what the database compared. */
export interface CandidateRow extends PersonRow {
  probe: string;
  nameSimilarity: number;
  regionCode: string | null;
  hkDistrict: string | null;
}

/**
 * Besides identifier and birth-date matches, record linkage looks at the persons bearing the few names
 * most similar to each probe's (a common name is borne by many: the persons are capped too).
 */
const NEAREST_NAMES = 5;
const NEAREST_PERSONS = 20;
/** pg_trgm's default similarity threshold (the `%` operator's), for the persons born the same day. */
const SIMILAR_ENOUGH = 0.3;

/** Record-linkage reads for one caller, and the safety links that bar some suggestions. */
export class DuplicateRepository {
  constructor(
    private readonly sql: Sql,
    private readonly caller: Caller,
  ) {}

  /**
   * Candidates for each probe among persons on a current card of the jurisdiction: the same NIK, the
   * same HKID, a similar name (trigram similarity of at least 0.3 on the spelling-normalised names)
   * born the same day, and the most similarly named persons whatever their birth date. Index-backed
   * throughout (NIK, HKID and birth-date indexes; the trigram index of the person_name dictionary), so
   * it stays fast on a large registry. Only persons the caller may see are candidates, and a
   * candidate's place is compared only where the caller may see it (so SAME_REGION never points to a
   * protected family).
   */
  candidates(probes: readonly Probe[], jurisdiction: 'ID' | 'HK', excludePersonIds: readonly string[]): Promise<CandidateRow[]> {
    const values: unknown[] = [JSON.stringify(probes.map((p) => ({ probe: p.key, full_name: p.fullName, nik: p.nik, hkid: p.hkid, birth_date: p.birthDate }))), jurisdiction, excludePersonIds];
    const scope = new RegistryScopeSql(this.caller, (value) => {
      values.push(value);
      return `$${values.length}`;
    });
    return this.sql.query<CandidateRow>(
      `SELECT k.probe, similarity(person_name_key(k.full_name), p.name_key)::float8 AS "nameSimilarity",
              CASE WHEN ${scope.place} THEN f.region_code END AS "regionCode",
              CASE WHEN ${scope.place} THEN f.hk_district END AS "hkDistrict", ${PERSON_COLUMNS}
         FROM jsonb_to_recordset($1::jsonb) AS k(probe text, full_name text, nik text, hkid text, birth_date date)
         CROSS JOIN LATERAL (
               SELECT id FROM person WHERE nik = k.nik
         UNION SELECT id FROM person WHERE hkid = k.hkid
         UNION SELECT id FROM person WHERE birth_date = k.birth_date AND similarity(name_key, person_name_key(k.full_name)) >= ${SIMILAR_ENOUGH}
         UNION (SELECT p.id
                  FROM (SELECT name_key, similarity(name_key, person_name_key(k.full_name)) AS s FROM person_name
                         WHERE name_key % person_name_key(k.full_name) ORDER BY s DESC LIMIT ${NEAREST_NAMES}) n
                  JOIN person p ON p.name_key = n.name_key
                 ORDER BY n.s DESC, p.id LIMIT ${NEAREST_PERSONS})
         ) c
         JOIN person p ON p.id = c.id
         JOIN membership m ON m.person_id = p.id AND m.valid_to IS NULL
         JOIN family f ON f.id = m.family_id
        WHERE f.jurisdiction = $2 AND p.id <> ALL($3::uuid[]) AND ${scope.visible}`,
      values,
    );
  }

  /** The safety links protecting any of these persons. */
  linksProtecting(personIds: readonly string[]): Promise<SafetyLink[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.sql.query<SafetyLink>(
      `SELECT protected_person_id AS "protectedPersonId", restricted_person_id AS "restrictedPersonId", restricted_family_id AS "restrictedFamilyId"
         FROM person_safety_link WHERE protected_person_id = ANY($1::uuid[])`,
      [personIds],
      'safety_links_protecting',
    );
  }
}
