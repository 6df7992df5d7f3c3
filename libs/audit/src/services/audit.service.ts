import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { insertJsonRows } from '@alongside/platform';
import { AuditRecord } from '../entities/audit-record.entity.js';

/** `audit_log`'s columns as `appendAll` writes them. */
const AUDIT_COLUMNS = {
  actor_id: 'uuid',
  action: 'varchar',
  target_type: 'varchar',
  target_id: 'varchar',
  reason: 'text',
  before: 'jsonb',
  after: 'jsonb',
};

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
   * Several records in one statement (a batch of changes committed together), like {@link append}, numbered in the
   * order given ({@link insertJsonRows}: this runs for every alert).
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
    await insertJsonRows(manager, 'audit_log', AUDIT_COLUMNS, rows);
  }

  /** A thing's records, oldest first. */
  forTarget(targetType: string, targetId: string): Promise<AuditRecord[]> {
    return this.dataSource.manager.find(AuditRecord, { where: { targetType, targetId }, order: { id: 'ASC' } });
  }
}
