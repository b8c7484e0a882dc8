import type { Caller } from '../../platform';
import type { Queryable } from './activity-store';

/**
 * The families one request read, for the agency's audit log. Reads record the families as they are
 * answered; the subgraph writes one row for the request before the answer leaves, and an answer whose
 * row cannot be written fails instead of leaving, so that no read of a family goes unrecorded.
 */
export class FamilyReadAudit {
  private readonly families = new Set<string>();

  constructor(
    private readonly caller: Caller,
    private readonly requestId: string,
    private readonly clientRequestId: string | null,
  ) {}

  /** Records that these families' attendance was read. */
  record(familyIds: Iterable<string>): void {
    for (const id of familyIds) this.families.add(id.toLowerCase());
  }

  get isEmpty(): boolean {
    return this.families.size === 0;
  }

  /** Writes the request's row (nothing when no family was read). */
  async write(db: Queryable): Promise<void> {
    if (this.families.size === 0) return;
    const familyIds = [...this.families];
    this.families.clear();
    await db.query('INSERT INTO audit_log (request_id, client_request_id, subject, staff_id, agency_id, family_ids) VALUES ($1, $2, $3, $4, $5, $6::uuid[])', [
      this.requestId,
      this.clientRequestId,
      this.caller.subject,
      this.caller.staffId,
      this.caller.agencyId,
      familyIds,
    ]);
  }
}
