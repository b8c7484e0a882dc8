import { outcomeOfErrors } from './request-metrics';

describe('outcomeOfErrors', () => {
  it('is ok without errors', () => {
    expect(outcomeOfErrors(undefined)).toBe('ok');
    expect(outcomeOfErrors([])).toBe('ok');
  });

  it('is refused when every error is the caller’s (a rule, an identity, a document)', () => {
    const codes = ['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND'];
    expect(outcomeOfErrors(codes.map((code) => ({ message: 'no', extensions: { code } })))).toBe('refused');
  });

  it('is an error when SatuPintu failed any part, or an error has no code', () => {
    for (const code of ['INTERNAL_SERVER_ERROR', 'SUBGRAPH_UNAVAILABLE', 'SUBGRAPH_TIMEOUT', 'SOURCE_UNAVAILABLE', 'REQUEST_TIMEOUT']) {
      expect(
        outcomeOfErrors([
          { message: 'no', extensions: { code: 'FORBIDDEN' } },
          { message: 'failed', extensions: { code } },
        ]),
      ).toBe('error');
    }
    expect(outcomeOfErrors([{ message: 'failed' }])).toBe('error');
  });
});
