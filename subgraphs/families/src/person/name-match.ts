/**
 * The SQL of a name match, shared by the family search, the person search and record linkage. `k` is a
 * spelling-normalised name (`person_name_key(...)`, see the RegistryWrites migration). Names are matched
 * in the `person_name` dictionary of distinct keys, which carries the trigram index; persons are then
 * joined on `person.name_key`.
 */

/**
 * How well `k` matches the name key `column`: the mean of word similarity (the query as part of the
 * name: "Aminah" finds "Siti Aminah") and similarity (the whole names: an exact name ranks above a longer
 * one containing it). Both compare trigram sets, so word order does not matter.
 */
export const NAME_SCORE = (k: string, column: string): string => `least(1, (word_similarity(${k}, ${column}) + similarity(${k}, ${column})) / 2)::real`;

/**
 * The dictionary names matching `k`, each with its score: word similarity of at least 0.6 (pg_trgm's
 * default for `<%`) or similarity of at least 0.3 (the default for `%`, which catches transposed and
 * dropped letters). Both operators are served by the trigram index of person_name.
 */
export const MATCHING_NAMES = (k: string): string => `SELECT n.name_key, ${NAME_SCORE(k, 'n.name_key')} AS score FROM person_name n WHERE ${k} <% n.name_key OR n.name_key % ${k}`;
