import { CheckRow } from './check-row';

/** The conformance table: one line per row, columns padded, and a summary line. */
export function formatReport(subgraph: string, url: string, rows: readonly CheckRow[]): string {
  const nameWidth = Math.max(5, ...rows.map((r) => r.name.length));
  const lines = [`Subgraph conformance: ${subgraph} at ${url}`, '', `${'check'.padEnd(nameWidth)}  result  detail`, `${'-'.repeat(nameWidth)}  ------  ------`];
  for (const row of rows) lines.push(`${row.name.padEnd(nameWidth)}  ${row.status.padEnd(6)}  ${row.detail}`);
  const count = (status: CheckRow['status']) => rows.filter((r) => r.status === status).length;
  lines.push('', `${count('PASS')} passed, ${count('WARN')} warned, ${count('FAIL')} failed`);
  return lines.join('\n');
}

/** Whether any row failed: the script's exit code is then 1. */
export function anyFailed(rows: readonly CheckRow[]): boolean {
  return rows.some((r) => r.status === 'FAIL');
}
