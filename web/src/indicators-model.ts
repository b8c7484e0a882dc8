/**
 * The indicators page's pure parts: who is offered it, the time ranges it counts over, and the CSV a
 * list is exported as. Kept apart from the page so that they read without React.
 */

/** Whether the token's roles include AREA_MANAGER: the indicators are a cross-agency manager's page. */
export function isAreaManager(token: string): boolean {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { roles?: unknown };
    return Array.isArray(payload.roles) && payload.roles.includes('AREA_MANAGER');
  } catch {
    return false;
  }
}

/** The ranges offered, in days back from now. The API counts at most 366 days. */
export const RANGE_DAYS = [30, 90, 365] as const;
export type RangeDays = (typeof RANGE_DAYS)[number];

/** Workload is counted over the last four weeks of local dates (the API takes at most 93 days). */
export const WORKLOAD_DAYS = 28;

/** A local date (YYYY-MM-DD) in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The figures' range: [now - days, now), as ISO instants; and the workload's local dates. */
export function rangeOf(days: RangeDays, now: Date, timeZone: string) {
  const from = new Date(now.getTime() - days * 86_400_000);
  return {
    from: from.toISOString(),
    to: now.toISOString(),
    workFrom: localDate(new Date(now.getTime() - (WORKLOAD_DAYS - 1) * 86_400_000), timeZone),
    workTo: localDate(now, timeZone),
  };
}

/** One CSV field: quoted when it holds a comma, a quote or a line break; a leading = + - @ is neutralised so a spreadsheet does not run it. */
function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document (RFC 4180, CRLF) of a header row and the rows shown. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Starts a download of a CSV document in the browser, nothing sent anywhere. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
