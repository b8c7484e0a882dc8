import { buildSchema, parse, validate } from 'graphql';
import { noNulLiteralsRule } from './nul-characters';

const schema = buildSchema('type Query { f(kkNumber: String, input: I): String } input I { street: String, tags: [String] }');
const check = (query: string) => validate(schema, parse(query), [noNulLiteralsRule]).map((e) => e.extensions);

describe('NUL characters in string literals', () => {
  it('refuses an escaped or raw NUL, naming the argument and input field', () => {
    expect(check('{ f(kkNumber: "a\\u0000") }')).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'kkNumber', rule: 'NUL_CHARACTER' })]);
    expect(check('{ f(input: { street: "a\u0000" }) }')).toEqual([expect.objectContaining({ field: 'input.street' })]);
    expect(check('{ f(input: { tags: ["ok", "\\u{0}"] }) }')).toEqual([expect.objectContaining({ field: 'input.tags' })]);
  });

  it('lets other text through', () => {
    expect(check('{ f(kkNumber: "3674030502260001", input: { street: "Jl. Raya Serpong \\t No. 12" }) }')).toEqual([]);
  });
});
