import { parse } from 'graphql';
import { failedPaths, failureErrors, refusalOf, SubgraphRefusal } from './subgraph-failure';

describe('subgraph failures', () => {
  it("passes a 4xx with GraphQL errors through as the caller's refusal", () => {
    const errors = [{ message: 'Date must be a calendar date YYYY-MM-DD', extensions: { code: 'BAD_USER_INPUT', field: 'from', rule: 'DATE_FORMAT' } }];
    const refusal = refusalOf(400, { errors });
    expect(refusal).toBeInstanceOf(SubgraphRefusal);
    expect(failureErrors('scheduling', refusal, { request: {} } as never)).toEqual(errors);
  });

  it('counts 5xx, a refused gateway identity and a body without errors as outages', () => {
    expect(refusalOf(500, { errors: [{ message: 'x' }] })).toBeUndefined();
    expect(refusalOf(401, { errors: [{ message: 'x' }] })).toBeUndefined();
    expect(refusalOf(400, 'Bad Request')).toBeUndefined();
  });

  it('puts a timeout at every path the call leaves empty', () => {
    const document = parse('query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { __typename appointments { id } } } }');
    expect(failedPaths(document, { representations: [{}, {}] })).toEqual([
      ['_entities', 0, 'appointments'],
      ['_entities', 1, 'appointments'],
    ]);
    const timeout = Object.assign(new Error('subgraph request timeout after 500 ms'), { name: 'AbortError' });
    const [error] = failureErrors('scheduling', timeout, { request: { variables: {} }, document: parse('{ holidays(jurisdiction: ID, from: "2026-01-01", to: "2026-01-02") { date } }') } as never);
    expect(error).toEqual({ message: 'the scheduling service did not answer in time', path: ['holidays'], extensions: { code: 'SUBGRAPH_TIMEOUT' } });
  });
});
