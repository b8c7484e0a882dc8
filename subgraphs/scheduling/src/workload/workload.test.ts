import { WeeklySession } from '../calendar/day-calendar';
import { GraphQLError } from 'graphql';
import { checkWorkloadRange, computeWorkload, WorkloadInput } from './workload';

const OFFICE: WeeklySession[] = [1, 2, 3, 4, 5].map((d) => ({ dayOfWeek: d, opens: '08:00', closes: '16:00' })).concat([{ dayOfWeek: 6, opens: '08:00', closes: '12:00' }]);

function input(overrides: Partial<WorkloadInput> = {}): WorkloadInput {
  // Monday 30 November to Sunday 6 December 2026, in Mataram.
  return { from: '2026-11-30', to: '2026-12-06', timeZone: 'Asia/Makassar', rosterSessions: OFFICE, closedDates: new Set(), appointments: [], ...overrides };
}

const appt = (kind: WorkloadInput['appointments'][number]['kind'], status: WorkloadInput['appointments'][number]['status'], start: string, minutes: number) => ({
  kind,
  status,
  startsAt: new Date(start),
  endsAt: new Date(Date.parse(start) + minutes * 60_000),
});

describe('computeWorkload', () => {
  it('rosters five 8-hour days and a 4-hour Saturday', () => {
    expect(computeWorkload(input())).toEqual({ from: '2026-11-30', to: '2026-12-06', bookedHours: 0, rosteredHours: 44, utilisation: 0, appointmentCount: 0, byKind: [] });
  });

  it('leaves closed days out of the rostered hours', () => {
    expect(computeWorkload(input({ closedDates: new Set(['2026-12-01', '2026-12-05']) })).rosteredHours).toBe(32);
  });

  it('counts scheduled and completed appointments by kind, not cancelled or no-show ones', () => {
    const workload = computeWorkload(
      input({
        appointments: [
          appt('HOME_VISIT', 'SCHEDULED', '2026-11-30T01:00:00Z', 90),
          appt('HOME_VISIT', 'COMPLETED', '2026-12-01T01:00:00Z', 60),
          appt('ESCORT', 'SCHEDULED', '2026-12-02T01:00:00Z', 120),
          appt('CONSULTATION', 'CANCELLED', '2026-12-02T04:00:00Z', 60),
          appt('CONSULTATION', 'NO_SHOW', '2026-12-03T04:00:00Z', 60),
        ],
      }),
    );
    expect(workload.bookedHours).toBe(4.5);
    expect(workload.appointmentCount).toBe(3);
    expect(workload.byKind).toEqual([
      { kind: 'HOME_VISIT', count: 2 },
      { kind: 'ESCORT', count: 1 },
    ]);
    expect(workload.utilisation).toBeCloseTo(4.5 / 44, 3);
  });

  it('counts by the local date of the start: 23:30 UTC on Sunday 6 December is Monday 7:30 in Mataram', () => {
    const workload = computeWorkload(input({ appointments: [appt('HOME_VISIT', 'SCHEDULED', '2026-12-06T23:30:00Z', 60), appt('HOME_VISIT', 'SCHEDULED', '2026-11-29T16:30:00Z', 60)] }));
    expect(workload.appointmentCount).toBe(1);
  });

  it('has no utilisation without rostered hours, and can exceed 1 with emergency bookings', () => {
    expect(computeWorkload(input({ rosterSessions: [] })).utilisation).toBeNull();
    const over = computeWorkload(input({ from: '2026-12-05', to: '2026-12-05', appointments: [appt('ESCORT', 'SCHEDULED', '2026-12-05T00:00:00Z', 300)] }));
    expect(over.utilisation).toBe(1.25);
  });
});

describe('checkWorkloadRange', () => {
  function extensionsOf(fn: () => void): unknown {
    try {
      fn();
    } catch (err) {
      return err instanceof GraphQLError ? err.extensions : err;
    }
    return null;
  }

  it('accepts one day and a quarter of 93 days', () => {
    expect(extensionsOf(() => checkWorkloadRange('2026-12-01', '2026-12-01'))).toBeNull();
    expect(extensionsOf(() => checkWorkloadRange('2026-10-01', '2026-12-31'))).toBeNull();
  });

  it('refuses a backward range and one of 94 days', () => {
    expect(extensionsOf(() => checkWorkloadRange('2026-12-02', '2026-12-01'))).toEqual({ code: 'BAD_USER_INPUT', field: 'to', rule: 'DATE_RANGE' });
    expect(extensionsOf(() => checkWorkloadRange('2026-10-01', '2027-01-02'))).toEqual({ code: 'BAD_USER_INPUT', field: 'to', rule: 'DATE_RANGE' });
  });
});
