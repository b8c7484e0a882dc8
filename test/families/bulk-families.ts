import { KNOWN_REGIONS, HK_DISTRICTS } from '../../subgraphs/families/src/identifiers';
import { NAMES } from '../../demo/reference/names';
import type { Database } from '../../subgraphs/kit';

/** The words of the demo world's Indonesian names, by sex: generated names recombine them. */
function nameWords(sex: 'male' | 'female'): { first: string[]; last: string[] } {
  const pools = [NAMES.sundanese, NAMES.javanese, NAMES.madurese, NAMES.sasak, NAMES.betawi];
  const names = pools.flatMap((p) => p[sex]);
  const first = [...new Set(names.map((n) => n.split(' ')[0]))];
  const last = [...new Set(names.flatMap((n) => n.split(' ').slice(1)))];
  return { first, last };
}

/**
 * Writes `count` generated families into the registry in a few INSERT ... SELECT generate_series
 * statements: 90% Indonesian (a known village, a No. KK and NIKs in the Dukcapil layout), 10% Hong
 * Kong; 2 to 6 members each (4 on average): a head, a wife, children. Names recombine the words of the
 * demo world's names (first word x later words, tens of thousands of distinct names), so a name search
 * meets the repetition real registries have. Ends with VACUUM (ANALYZE), as autovacuum would.
 */
export async function bulkInsertFamilies(db: Database, count: number): Promise<void> {
  const men = nameWords('male');
  const women = nameWords('female');
  const villages = KNOWN_REGIONS.filter((r) => r.level === 'VILLAGE').map((r) => r.code);
  await db.transaction(async (sql) => {
    await sql.query(`SET LOCAL statement_timeout = 0`);
    await sql.query(
      `CREATE TEMP TABLE bulk_family ON COMMIT DROP AS
       SELECT i, gen_random_uuid() AS id, i % 10 <> 0 AS indonesian,
              ($2::text[])[1 + (hashint4(i) & 2147483647) % cardinality($2::text[])] AS village,
              ($3::text[])[1 + (hashint4(i + 7) & 2147483647) % cardinality($3::text[])] AS hk_district,
              date '2010-01-01' + (hashint4(i + 11) & 2147483647) % 5400 AS issued_on,
              now() - ((hashint4(i + 13) & 2147483647) % 63072000) * interval '1 second' - (i * interval '1 microsecond') AS created_at
         FROM generate_series(1, $1::int) AS i`,
      [count, villages, HK_DISTRICTS],
    );
    await sql.query(
      `INSERT INTO family (id, jurisdiction, case_reference, street, rt_rw, region_code, hk_district, created_at)
       SELECT id, CASE WHEN indonesian THEN 'ID' ELSE 'HK' END, CASE WHEN indonesian THEN NULL ELSE 'BULK/' || i END,
              'Jl. Bulk No. ' || (i % 180 + 1), CASE WHEN indonesian THEN lpad((i % 15 + 1)::text, 3, '0') || '/' || lpad((i % 12 + 1)::text, 3, '0') END,
              CASE WHEN indonesian THEN village END, CASE WHEN indonesian THEN NULL ELSE hk_district END, created_at
         FROM bulk_family`,
    );
    await sql.query(
      `INSERT INTO family_card (family_id, kk_number, valid_from)
       SELECT id, left(village, 6) || to_char(issued_on, 'DDMMYY')
                  || lpad((row_number() OVER (PARTITION BY left(village, 6), issued_on ORDER BY i) + 5000)::text, 4, '0'), issued_on
         FROM bulk_family WHERE indonesian`,
    );
    await sql.query(
      `CREATE TEMP TABLE bulk_person ON COMMIT DROP AS
       SELECT f.id AS family_id, f.indonesian, f.village, f.issued_on, j, gen_random_uuid() AS id,
              CASE WHEN j = 1 THEN 1 WHEN j = 2 THEN 3 ELSE 4 END AS relationship,
              CASE WHEN j = 2 OR (j > 2 AND hashint4(f.i * 7 + j) % 2 = 0) THEN 'FEMALE' ELSE 'MALE' END AS sex,
              CASE WHEN j <= 2 THEN date '1950-01-01' + (hashint4(f.i * 31 + j) & 2147483647) % 14000
                   ELSE date '2000-01-01' + (hashint4(f.i * 31 + j) & 2147483647) % 8000 END AS birth_date,
              (hashint4(f.i * 17 + j) & 2147483647) AS h1, (hashint4(f.i * 19 + j) & 2147483647) AS h2
         FROM bulk_family f, generate_series(1, 2 + f.i % 5) AS j`,
    );
    await sql.query(
      `INSERT INTO person (id, nik, hkid, full_name, sex, birth_date)
       SELECT id,
              CASE WHEN indonesian THEN left(village, 6)
                   || lpad((extract(day FROM birth_date)::int + CASE WHEN sex = 'FEMALE' THEN 40 ELSE 0 END)::text, 2, '0')
                   || to_char(birth_date, 'MMYY')
                   || lpad((row_number() OVER (PARTITION BY indonesian, left(village, 6), birth_date, sex ORDER BY id) + 5000)::text, 4, '0') END,
              NULL,
              CASE WHEN sex = 'MALE' THEN ($1::text[])[1 + h1 % cardinality($1::text[])] || ' ' || ($2::text[])[1 + h2 % cardinality($2::text[])]
                   ELSE ($3::text[])[1 + h1 % cardinality($3::text[])] || ' ' || ($4::text[])[1 + h2 % cardinality($4::text[])] END,
              sex, birth_date
         FROM bulk_person`,
      [men.first, men.last, women.first, women.last],
    );
    await sql.query(
      `INSERT INTO membership (person_id, family_id, relationship, valid_from)
       SELECT id, family_id, relationship, CASE WHEN indonesian THEN greatest(issued_on, birth_date) ELSE birth_date END FROM bulk_person`,
    );
  });
  // What autovacuum would have done by the time anyone searched a registry of this size: statistics,
  // hint bits and the visibility map, so the measurement is of searching, not of a first read after a load.
  for (const table of ['family', 'family_card', 'person', 'person_name', 'membership']) await db.query(`VACUUM (ANALYZE) ${table}`);
}
