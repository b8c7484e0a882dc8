/** The outcome of one conformance check: PASS, FAIL (the subgraph may not join as it is) or WARN (it may, but should look). */
export type CheckStatus = 'PASS' | 'FAIL' | 'WARN';

/** One row of the conformance table: what was checked, its outcome, and one line saying why. */
export interface CheckRow {
  name: string;
  status: CheckStatus;
  detail: string;
}

export const pass = (name: string, detail: string): CheckRow => ({ name, status: 'PASS', detail });
export const fail = (name: string, detail: string): CheckRow => ({ name, status: 'FAIL', detail });
export const warn = (name: string, detail: string): CheckRow => ({ name, status: 'WARN', detail });
