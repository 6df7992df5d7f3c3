import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
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

  /** Several records in one statement (a batch of changes committed together), like {@link append}. */
  async appendAll(entries: readonly AuditEntry[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    const records = entries.map((entry) =>
      manager.create(AuditRecord, {
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        reason: entry.reason ?? null,
        before: entry.before ?? null,
        after: entry.after ?? null,
      }),
    );
    await manager.save(AuditRecord, records, { reload: false });
  }

  /** A thing's records, oldest first. */
  forTarget(targetType: string, targetId: string): Promise<AuditRecord[]> {
    return this.dataSource.manager.find(AuditRecord, { where: { targetType, targetId }, order: { id: 'ASC' } });
  }
}
