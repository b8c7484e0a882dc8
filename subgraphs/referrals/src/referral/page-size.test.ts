import { DEFAULT_PAGE, MAX_PAGE, pageSize } from './page-size';

describe('pageSize', () => {
  it('defaults when first is absent or null', () => {
    expect(pageSize(undefined)).toBe(DEFAULT_PAGE);
    expect(pageSize(null)).toBe(DEFAULT_PAGE);
  });

  it('accepts 1 to MAX_PAGE', () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(MAX_PAGE)).toBe(MAX_PAGE);
  });

  it.each([0, -1, MAX_PAGE + 1])('refuses %p with BAD_USER_INPUT on first', (first) => {
    expect(() => pageSize(first)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }));
  });
});
