import { GraphQLError } from 'graphql';
import { checkedSessions } from './operating-sessions-input';

const KEPT = '11111111-1111-4111-8111-111111111111';

function extensionsOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions : err;
  }
  return null;
}

const day = (dayOfWeek: number, opens: string, closes: string, id?: string) => ({ id, dayOfWeek, opens, closes, kind: 'DAY' as const });

describe('checkedSessions', () => {
  it('accepts a ChildPRO week, keeping a known id and adding new sessions', () => {
    const week = [day(1, '09:00', '18:00', KEPT.toUpperCase()), { ...day(3, '13:00', '21:00'), kind: 'EVENING' as const }];
    expect(checkedSessions(week, new Set([KEPT]))).toEqual([
      { id: KEPT, dayOfWeek: 1, opens: '09:00', closes: '18:00', kind: 'DAY' },
      { id: null, dayOfWeek: 3, opens: '13:00', closes: '21:00', kind: 'EVENING' },
    ]);
  });

  it('accepts touching sessions and an empty week', () => {
    expect(checkedSessions([day(1, '08:00', '12:00'), day(1, '12:00', '16:00')], new Set())).toHaveLength(2);
    expect(checkedSessions([], new Set())).toEqual([]);
  });

  it('refuses overlapping sessions of one day, not of different days', () => {
    expect(extensionsOf(() => checkedSessions([day(2, '09:00', '18:00'), day(2, '13:00', '21:00')], new Set()))).toEqual({ code: 'BAD_USER_INPUT', field: 'sessions[1]', rule: 'OVERLAP' });
    expect(checkedSessions([day(2, '09:00', '18:00'), day(3, '13:00', '21:00')], new Set())).toHaveLength(2);
  });

  it('refuses bad days, times and order', () => {
    expect(extensionsOf(() => checkedSessions([day(0, '09:00', '18:00')], new Set()))).toEqual({ code: 'BAD_USER_INPUT', field: 'sessions[0].dayOfWeek', rule: 'RANGE' });
    expect(extensionsOf(() => checkedSessions([day(1, '9:00', '18:00')], new Set()))).toEqual({ code: 'BAD_USER_INPUT', field: 'sessions[0].opens', rule: 'TIME_FORMAT' });
    expect(extensionsOf(() => checkedSessions([day(1, '09:00', '24:00')], new Set()))).toEqual({ code: 'BAD_USER_INPUT', field: 'sessions[0].closes', rule: 'TIME_FORMAT' });
    expect(extensionsOf(() => checkedSessions([day(1, '18:00', '09:00')], new Set()))).toEqual({ code: 'BAD_USER_INPUT', field: 'sessions[0].closes', rule: 'CLOSES_BEFORE_OPENS' });
  });

  it('refuses ids of other agencies, ids given twice, and too many sessions', () => {
    expect(extensionsOf(() => checkedSessions([day(1, '09:00', '18:00', KEPT)], new Set()))).toEqual({ code: 'BAD_USER_INPUT', field: 'sessions[0].id', rule: 'NOT_FOUND' });
    expect(extensionsOf(() => checkedSessions([day(1, '09:00', '12:00', KEPT), day(2, '09:00', '12:00', KEPT)], new Set([KEPT])))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'sessions[1].id',
      rule: 'DUPLICATE',
    });
    const many = Array.from({ length: 43 }, (_, i) => day((i % 7) + 1, `${String(i % 24).padStart(2, '0')}:00`, `${String(i % 24).padStart(2, '0')}:30`));
    expect(extensionsOf(() => checkedSessions(many, new Set()))).toEqual({ code: 'BAD_USER_INPUT', field: 'sessions', rule: 'TOO_MANY' });
  });

  it('lists every problem of the week in one refusal, the first one named in its extensions', () => {
    const week = [day(0, '09:00', '12:00'), day(1, '9:00', '12:00'), day(2, '13:00', '12:00'), day(3, '08:00', '12:00'), day(3, '11:00', '14:00')];
    const extensions = extensionsOf(() => checkedSessions(week, new Set()));
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessions[0].dayOfWeek', rule: 'RANGE' });
    expect(((extensions as { problems: unknown }).problems as Array<{ field: string; rule: string }>).map((p) => [p.field, p.rule])).toEqual([
      ['sessions[0].dayOfWeek', 'RANGE'],
      ['sessions[1].opens', 'TIME_FORMAT'],
      ['sessions[2].closes', 'CLOSES_BEFORE_OPENS'],
      ['sessions[4]', 'OVERLAP'],
    ]);
  });
});
