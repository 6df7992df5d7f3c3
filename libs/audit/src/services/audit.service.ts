import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { jsonRows } from '@alongside/platform';
import { AuditRecord } from '../entities/audit-record.entity.js';

export interface AuditEntry {
  readonly actorId: string | null;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly reason?: string | null;
  readonly before?: Record<string, unknown> | null;
  readonly after?: Record<string, unknown> | null;
}

/** Writes the audit log (the database refuses changes to written lines) and reads it back. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends inside the caller's transaction when `manager` is one, so the record exists exactly when the change does. */
  async append(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.appendAll([entry], manager);
  }

  /**
   * Several records in one statement (a batch of changes committed together), like {@link append}: the rows as one
   * JSON parameter, numbered in the order given. Plain SQL, as it runs for every alert: TypeORM's `save` and `insert`
   * cost more to build than the statement costs to run.
   */
  async appendAll(entries: readonly AuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map((entry) => ({
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      reason: entry.reason ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    }));
    await manager.query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, reason, before, after)
       SELECT actor_id, action, target_type, target_id, reason, before, after
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb)
                AS (actor_id uuid, action varchar, target_type varchar, target_id varchar, reason text, before jsonb, after jsonb))
              WITH ORDINALITY AS r(actor_id, action, target_type, target_id, reason, before, after, n)
        ORDER BY n`,
      [jsonRows(rows)],
    );
  }

  /** A thing's records, oldest first. */
  forTarget(targetType: string, targetId: string): Promise<AuditRecord[]> {
    return this.dataSource.manager.find(AuditRecord, { where: { targetType, targetId }, order: { id: 'ASC' } });
  }
}
