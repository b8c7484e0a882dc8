import { Caller } from '../../platform/caller';
import { Sql } from './database';

export type AuditOperation = 'READ' | 'WRITE';
/** ALLOWED: the records were shown or changed; DENIED: refused; CONFLICT: a write was refused because it names an existing record. */
export type AuditOutcome = 'ALLOWED' | 'DENIED' | 'CONFLICT';

interface PendingEntry {
  operation: AuditOperation;
  recordType: string;
  outcome: AuditOutcome;
  recordIds: Set<string>;
  familyIds: Set<string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who saw or changed which family's records in one request. Resolvers record as they go; the kit
 * writes one row per (operation, record type, outcome) when the request ends, before the response
 * leaves, so a read that was answered is always in the log.
 */
export class AuditTrail {
  private readonly pending = new Map<string, PendingEntry>();

  constructor(
    private readonly caller: Caller,
    private readonly requestId: string,
    private readonly clientRequestId: string | null = null,
  ) {}

  /** Records access to records, each with the family it belongs to. */
  record(operation: AuditOperation, recordType: string, records: ReadonlyArray<{ id: string; familyId: string | null }>, outcome: AuditOutcome = 'ALLOWED'): void {
    if (records.length === 0) return;
    const key = `${operation}|${recordType}|${outcome}`;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { operation, recordType, outcome, recordIds: new Set(), familyIds: new Set() };
      this.pending.set(key, entry);
    }
    for (const { id, familyId } of records) {
      if (UUID.test(id)) entry.recordIds.add(id);
      if (familyId && UUID.test(familyId)) entry.familyIds.add(familyId);
    }
  }

  /**
   * Records a refused access: to records whose family is known (so that the refusal appears in that
   * family's audit trail), or to bare ids the caller asked for.
   */
  denied(operation: AuditOperation, recordType: string, records: ReadonlyArray<string | { id: string; familyId: string | null }>): void {
    this.record(
      operation,
      recordType,
      records.map((r) => (typeof r === 'string' ? { id: r, familyId: null } : r)),
      'DENIED',
    );
  }

  get isEmpty(): boolean {
    return this.pending.size === 0;
  }

  /** Whether every pending entry is a read (reads may be written with an asynchronous commit). */
  get readsOnly(): boolean {
    return [...this.pending.values()].every((e) => e.operation === 'READ');
  }

  /**
   * Writes the pending entries. Reads go to `reads`: a ReadAuditWriter, which writes the read entries of
   * requests ending at the same time together, over a connection that commits asynchronously
   * (synchronous_commit off), or that connection itself. Either way the row is in the log before the
   * answer leaves, and only a crash of the database server itself within a fraction of a second could
   * lose it. Writes are logged in one statement of their own, with a normal, durable commit.
   */
  async flush(sql: Sql, reads: Sql | ReadAuditWriter = sql): Promise<void> {
    if (this.pending.size === 0) return;
    if (this.readsOnly && reads instanceof ReadAuditWriter) {
      const rows = [...this.pending.values()].map((e) => ({
        request_id: this.requestId,
        client_request_id: this.clientRequestId,
        subject: this.caller.subject,
        agency_id: this.caller.agencyId,
        roles: this.caller.roles,
        operation: e.operation,
        record_type: e.recordType,
        record_ids: [...e.recordIds],
        family_ids: [...e.familyIds],
        outcome: e.outcome,
      }));
      this.pending.clear();
      return reads.write(rows);
    }
    const target = this.readsOnly && !(reads instanceof ReadAuditWriter) ? reads : sql;
    const entries = [...this.pending.values()];
    this.pending.clear();
    const values: unknown[] = [this.requestId, this.caller.subject, this.caller.agencyId, this.caller.roles, this.clientRequestId];
    const rows = entries.map((e) => {
      values.push(e.operation, e.recordType, [...e.recordIds], [...e.familyIds], e.outcome);
      const n = values.length;
      return `($1, $5, $2, $3::uuid, $4::text[], $${n - 4}, $${n - 3}, $${n - 2}::uuid[], $${n - 1}::uuid[], $${n})`;
    });
    await target.query(
      `INSERT INTO audit_log (request_id, client_request_id, subject, agency_id, roles, operation, record_type, record_ids, family_ids, outcome)
       VALUES ${rows.join(', ')}`,
      values,
      `audit_insert_${entries.length}`,
    );
  }
}

/** One audit row as ReadAuditWriter sends it (the audit_log columns). */
export interface AuditRowValues {
  request_id: string;
  client_request_id: string | null;
  subject: string;
  agency_id: string | null;
  roles: string[];
  operation: AuditOperation;
  record_type: string;
  record_ids: string[];
  family_ids: string[];
  outcome: AuditOutcome;
}

const GROUPED_INSERT = `INSERT INTO audit_log (request_id, client_request_id, subject, agency_id, roles, operation, record_type, record_ids, family_ids, outcome)
  SELECT request_id, client_request_id, subject, agency_id, roles, operation, record_type, record_ids, family_ids, outcome
    FROM jsonb_to_recordset($1::jsonb) AS r(request_id text, client_request_id text, subject text, agency_id uuid, roles text[], operation text,
                                            record_type text, record_ids uuid[], family_ids uuid[], outcome text)`;

/**
 * Writes the read audit rows of requests that end at the same time in one statement: each statement
 * costs the database a transaction and a commit of its own, and under load a subgraph ends many reads
 * at once. A request's rows leave at once when fewer than `concurrency` inserts are in flight (so a
 * quiet subgraph waits for nothing); otherwise they join the next insert, with the rows of every other
 * request waiting by then. Each request still gets its own rows and still waits until they are written;
 * when a grouped insert fails, every request in it fails as its own insert would have.
 */
export class ReadAuditWriter {
  private readonly queue: Array<{ rows: AuditRowValues[]; resolve: () => void; reject: (err: unknown) => void }> = [];
  private inFlight = 0;

  constructor(
    private readonly sql: Sql,
    private readonly options: { concurrency: number; maxRows: number } = { concurrency: 2, maxRows: 500 },
  ) {}

  write(rows: AuditRowValues[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.concurrency && this.queue.length > 0) {
      const group = [this.queue.shift()!];
      let count = group[0].rows.length;
      while (this.queue.length > 0 && count + this.queue[0].rows.length <= this.options.maxRows) {
        const next = this.queue.shift()!;
        group.push(next);
        count += next.rows.length;
      }
      this.inFlight++;
      this.sql
        .query(GROUPED_INSERT, [JSON.stringify(group.flatMap((g) => g.rows))], 'audit_insert_grouped')
        .then(
          () => group.forEach((g) => g.resolve()),
          (err: unknown) => group.forEach((g) => g.reject(err)),
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }
}
