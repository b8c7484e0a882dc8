import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { HandWrittenIndex } from './entity-columns';
import type { AuditOperation, AuditOutcome } from './audit';

/**
 * A row of the append-only audit log every subgraph database keeps (the kit's migrations create it in
 * each): who read or wrote which families' records, and whether it was allowed.
 */
@Entity({ name: 'audit_log' })
@Check('audit_log_outcome_check', `outcome IN ('ALLOWED', 'DENIED', 'CONFLICT')`)
@HandWrittenIndex('audit_log_family_ids', ['familyIds'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'at', type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  /** The gateway's request id, which every subgraph's row of one request shares. */
  @Column({ name: 'request_id', type: 'text' })
  requestId!: string;

  /** The request id the caller sent, when it sent one. */
  @Column({ name: 'client_request_id', type: 'text', nullable: true })
  clientRequestId!: string | null;

  @Column({ name: 'subject', type: 'text' })
  subject!: string;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Column({ name: 'roles', type: 'text', array: true })
  roles!: string[];

  @Column({ name: 'operation', type: 'text' })
  operation!: AuditOperation;

  @Column({ name: 'record_type', type: 'text' })
  recordType!: string;

  @Column({ name: 'record_ids', type: 'uuid', array: true })
  recordIds!: string[];

  @Column({ name: 'family_ids', type: 'uuid', array: true })
  familyIds!: string[];

  @Column({ name: 'outcome', type: 'text' })
  outcome!: AuditOutcome;
}

/** The entities of the kit's own tables, which every subgraph's database holds. */
export const AUDIT_LOG_ENTITIES = [AuditLogEntity];
