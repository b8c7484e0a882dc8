import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { getOperationAST, parse } from 'graphql';
import { rootFieldNames } from './root-field-names';

/** The part of a resolved request that rootFieldNames reads. */
function resolved(text: string, operationName?: string): GraphQLRequestContextDidResolveOperation<object> {
  const document = parse(text);
  return { document, operation: getOperationAST(document, operationName) ?? undefined } as unknown as GraphQLRequestContextDidResolveOperation<object>;
}

describe('rootFieldNames', () => {
  it('names root fields by their schema names, not their aliases', () => {
    expect(rootFieldNames(resolved('query Anything { mine: family(id: "1") { id } other: family(id: "2") { id } agencies { id } }'))).toEqual(['family', 'agencies']);
  });

  it('looks through inline fragments and fragment spreads, each spread once', () => {
    const text = 'query Q { ...Roots ...Roots ... on Query { personByNik(nik: "x") { id } } } fragment Roots on Query { _entities(representations: []) { __typename } }';
    expect(rootFieldNames(resolved(text))).toEqual(['_entities', 'personByNik']);
  });

  it('reads the operation that runs, not the other operations of the document', () => {
    expect(rootFieldNames(resolved('query A { family(id: "1") { id } } mutation B { startReferral(input: {}) { referral { id } } }', 'B'))).toEqual(['startReferral']);
  });
});
