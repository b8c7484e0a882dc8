import { HEAD_CODE, relationshipCode, relationshipOf } from './kk-relationship';

describe('SHDK relationship codes', () => {
  it('numbers the family card relationships 1-11', () => {
    expect(relationshipCode('HEAD')).toBe(HEAD_CODE);
    expect(relationshipCode('WIFE')).toBe(3);
    expect(relationshipCode('CHILD')).toBe(4);
    expect(relationshipCode('HOUSEHOLD_HELPER')).toBe(10);
    expect(relationshipCode('OTHER')).toBe(11);
  });

  it('reads codes back and refuses codes outside 1-11', () => {
    expect(relationshipOf(7)).toBe('PARENT');
    expect(relationshipOf(0)).toBeNull();
    expect(relationshipOf(12)).toBeNull();
    expect(relationshipOf(null)).toBeNull();
  });
});
