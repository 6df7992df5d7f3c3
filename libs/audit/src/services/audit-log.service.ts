import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AccessException, type Actor, ApiScope, InvalidInputException, isPlatformAdmin, type Page, requireActor, toPage } from '@alongside/platform';
import { AuditRecord } from '../entities/audit-record.entity.js';

export interface AuditFilter {
  readonly actorId?: string;
  /** Exact action, or a prefix ending in `.`: `post.` for every post action. */
  readonly action?: string;
  readonly targetType?: string;
  readonly targetId?: string;
  readonly from?: Date;
  readonly to?: Date;
}

export type AuditExportFormat = 'csv' | 'jsonl';

/** Rows one export may hold; narrow the filter (a time range) for more. */
export const MAX_EXPORT_ROWS = 50_000;

const CSV_COLUMNS = ['id', 'createdAt', 'actorId', 'action', 'targetType', 'targetId', 'reason', 'before', 'after'] as const;

/** Reading the audit log: admins only, newest first, never a way to change it. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Keyset on the record id (monotonic): `after` is the id of the last record seen. */
  async list(actor: Actor | null, filter: AuditFilter, page: { first: number; after?: string }): Promise<Page<AuditRecord>> {
    requireAdmin(actor);
    const query = this.query(filter).orderBy('r.id', 'DESC').limit(page.first + 1);
    if (page.after !== undefined) {
      if (!/^\d{1,19}$/.test(page.after)) throw new InvalidInputException('The cursor is not valid.', { after: 'is not a cursor this API returned' });
      query.andWhere('r.id < :after', { after: page.after });
    }
    return toPage(await query.getMany(), page.first);
  }

  /** The matching records, oldest first, as CSV (with a header) or JSON lines. */
  async export(actor: Actor | null, filter: AuditFilter, format: AuditExportFormat): Promise<string> {
    requireAdmin(actor);
    const rows = await this.query(filter).orderBy('r.id', 'ASC').limit(MAX_EXPORT_ROWS).getMany();
    const plain = rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt.toISOString(),
      actorId: r.actorId,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      reason: r.reason,
      before: r.before,
      after: r.after,
    }));
    if (format === 'jsonl') return plain.map((r) => JSON.stringify(r)).join('\n') + (plain.length ? '\n' : '');
    const lines = plain.map((r) => CSV_COLUMNS.map((c) => csvField(r[c])).join(','));
    return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
  }

  private query(filter: AuditFilter): SelectQueryBuilder<AuditRecord> {
    const query = this.dataSource.manager.createQueryBuilder(AuditRecord, 'r').where('TRUE');
    if (filter.actorId) query.andWhere('r.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action?.endsWith('.')) query.andWhere('starts_with(r.action, :action)', { action: filter.action });
    else if (filter.action) query.andWhere('r.action = :action', { action: filter.action });
    if (filter.targetType) query.andWhere('r.target_type = :targetType', { targetType: filter.targetType });
    if (filter.targetId) query.andWhere('r.target_id = :targetId', { targetId: filter.targetId });
    if (filter.from) query.andWhere('r.created_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('r.created_at < :to', { to: filter.to });
    return query;
  }
}

function requireAdmin(actor: Actor | null): void {
  const me = requireActor(actor, ApiScope.ADMIN);
  if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins read the audit log.');
}

/** RFC 4180 quoting; a leading formula character is prefixed so spreadsheets show it as text. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
