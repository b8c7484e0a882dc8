import { GraphQLError } from 'graphql';
import { parseNik } from '../identifiers';
import { InputProblems } from '../../../kit';

function thrown(fn: () => void): GraphQLError {
  try {
    fn();
  } catch (err) {
    return err as GraphQLError;
  }
  throw new Error('nothing was thrown');
}

describe('InputProblems', () => {
  it('does nothing when there is no problem', () => {
    expect(() => new InputProblems().throwIfAny()).not.toThrow();
  });

  it('puts the identifier parser’s message under the full path and names the rule', () => {
    const problems = new InputProblems();
    const parsed = parseNik('3273011501900000');
    if (parsed.ok) throw new Error('expected a refusal');
    problems.identifier('members[2].nik', parsed);
    const error = thrown(() => problems.throwIfAny());
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members[2].nik', rule: 'NIK_SERIAL' });
    expect(error.message).toBe('members[2].nik digits 13-16 must be a serial from 0001 to 9999 (got 0000) (rule NIK_SERIAL)');
  });

  it('reports the first problem and lists all of them', () => {
    const problems = new InputProblems();
    problems.add('address.rtRw', 'RT_RW_FORMAT', 'must be NNN/NNN');
    problems.add('members', 'HEAD_COUNT', 'must have exactly one HEAD');
    const error = thrown(() => problems.throwIfAny());
    expect(error.extensions.field).toBe('address.rtRw');
    expect(error.message).toContain('and 1 more');
    expect(error.extensions.problems).toEqual([
      { field: 'address.rtRw', rule: 'RT_RW_FORMAT', message: 'address.rtRw must be NNN/NNN (rule RT_RW_FORMAT)' },
      { field: 'members', rule: 'HEAD_COUNT', message: 'members must have exactly one HEAD (rule HEAD_COUNT)' },
    ]);
  });
});
