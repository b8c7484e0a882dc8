import { Caller } from './caller';
import { Sql } from './database';

export type AuditOperation = 'READ' | 'WRITE';
export type AuditOutcome = 'ALLOWED' | 'DENIED';

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

  /** Records a refused access to ids the caller asked for. */
  denied(operation: AuditOperation, recordType: string, ids: readonly string[]): void {
    this.record(operation, recordType, ids.map((id) => ({ id, familyId: null })), 'DENIED');
  }

  get isEmpty(): boolean {
    return this.pending.size === 0;
  }

  /** Writes the pending entries in one statement. */
  async flush(sql: Sql): Promise<void> {
    if (this.pending.size === 0) return;
    const entries = [...this.pending.values()];
    this.pending.clear();
    await sql.query(
      `INSERT INTO audit_log (request_id, subject, agency_id, roles, operation, record_type, record_ids, family_ids, outcome)
       SELECT $1, $2, $3, $4, e.operation, e.record_type, ARRAY(SELECT jsonb_array_elements_text(e.record_ids))::uuid[],
              ARRAY(SELECT jsonb_array_elements_text(e.family_ids))::uuid[], e.outcome
         FROM jsonb_to_recordset($5::jsonb) AS e(operation text, record_type text, record_ids jsonb, family_ids jsonb, outcome text)`,
      [
        this.requestId,
        this.caller.subject,
        this.caller.agencyId,
        this.caller.roles,
        JSON.stringify(
          entries.map((e) => ({
            operation: e.operation,
            record_type: e.recordType,
            record_ids: [...e.recordIds],
            family_ids: [...e.familyIds],
            outcome: e.outcome,
          })),
        ),
      ],
      'audit_insert',
    );
  }
}
