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
   * Writes the pending entries in one statement. Reads go through `reads`, a connection that commits
   * asynchronously (synchronous_commit off): the row is in the log before the answer leaves, and only a
   * crash of the database server itself within a fraction of a second could lose it; writes are logged
   * with a normal, durable commit.
   */
  async flush(sql: Sql, reads: Sql = sql): Promise<void> {
    if (this.pending.size === 0) return;
    const target = this.readsOnly ? reads : sql;
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
