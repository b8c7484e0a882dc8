import { closeSync, openSync, writeSync } from 'node:fs';
import { BULK_TABLES, BulkRow, BulkTable, Cell } from './bulk-tables';

/** Flush to disk at about this many characters: few system calls, bounded memory. */
const FLUSH_AT = 1 << 15;

/** Backslash escapes of COPY's text format (PostgreSQL docs, COPY "Text Format"). */
function escapeText(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : value;
}

/** An array literal ({a,b}); elements are quoted when they hold characters the array syntax reserves. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => (item === '' || /[{},"\\\s]/.test(item) || item.toUpperCase() === 'NULL' ? `"${item.replace(/["\\]/g, '\\$&')}"` : item)).join(',')}}`;
}

/** One cell in COPY text format: \N for NULL, t/f for booleans. */
export function encodeCell(cell: Cell): string {
  if (cell === null) return '\\N';
  if (typeof cell === 'boolean') return cell ? 't' : 'f';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return escapeText(cell);
  return escapeText(arrayLiteral(cell));
}

/**
 * Writes one bulk table's rows to a file in COPY's text format (tab-separated, one row a line), in the
 * column order of BULK_TABLES, for `COPY table (columns) FROM 'file'` run by the server.
 */
export class CopyFileWriter<T extends BulkTable> {
  private readonly fd: number;
  private readonly columns: ReadonlyArray<keyof BulkRow<T>>;
  private buffer = '';
  rows = 0;

  constructor(
    readonly table: T,
    readonly path: string,
  ) {
    this.fd = openSync(path, 'w', 0o644);
    this.columns = BULK_TABLES[table].columns as ReadonlyArray<keyof BulkRow<T>>;
  }

  write(row: BulkRow<T>): void {
    let line = '';
    for (let i = 0; i < this.columns.length; i++) {
      if (i > 0) line += '\t';
      line += encodeCell(row[this.columns[i]]);
    }
    this.buffer += line + '\n';
    this.rows++;
    if (this.buffer.length >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.buffer.length) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
