import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { APP_CONFIG, type AppConfig, inBatches } from '@alongside/platform';
import { AlertStatus } from '../entities/alert.enums.js';
import { type AlertMatch, CrisisAlert } from '../entities/crisis-alert.entity.js';
import { ALERT_TARGET } from './alerts.service.js';

const DAY_MS = 24 * 3600 * 1000;
/** Alerts purged per transaction: a backlog after a long outage is worked off in short transactions. */
const BATCH = 200;
export const TEXT_PURGED = 'crisis_alert.text_purged';

/**
 * Retention of crisis alerts' text: once an alert has been resolved for ALERT_TEXT_RETENTION_DAYS its
 * snapshot of the post (the text, and the spans that point into it) is erased. The alert row, its level,
 * categories, rules and timeline stay, as the safeguarding record. Run by a scheduled job; idempotent.
 */
@Injectable()
export class AlertRetentionService {
  private readonly logger = new Logger(AlertRetentionService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** The scheduled run: alerts resolved longer ago than the configured period. */
  purgeDue(now = new Date()): Promise<number> {
    return this.purgeResolvedText(new Date(now.getTime() - this.config.moderation.alertTextRetentionDays * DAY_MS));
  }

  /** Erases the text snapshot of alerts resolved before `olderThan`, one audit record (ids, no text) per alert; returns how many. */
  async purgeResolvedText(olderThan: Date): Promise<number> {
    const total = await inBatches(this.dataSource, BATCH, async (tx) => {
      // SKIP LOCKED: an alert being reopened right now is left for the next run.
      const due = await tx
        .createQueryBuilder(CrisisAlert, 'a')
        .select(['a.id', 'a.matches', 'a.resolvedAt'])
        .where('a.status = :resolved AND a.resolved_at < :olderThan', { resolved: AlertStatus.RESOLVED, olderThan })
        .andWhere(`(a.text <> '' OR EXISTS (SELECT 1 FROM jsonb_array_elements(a.matches) m WHERE (m->>'end')::int > 0))`)
        .orderBy('a.resolved_at', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const alert of due) {
        await tx.update(CrisisAlert, { id: alert.id }, { text: '', matches: withoutSpans(alert.matches) });
        await this.audit.append({
          actorId: null, action: TEXT_PURGED, targetType: ALERT_TARGET, targetId: alert.id, reason: 'retention',
          after: { resolvedAt: alert.resolvedAt?.toISOString() ?? null, olderThan: olderThan.toISOString() },
        }, tx);
      }
      return due.length;
    });
    if (total > 0) this.logger.log({ purged: total, olderThan: olderThan.toISOString() }, 'resolved alerts text purged');
    return total;
  }
}

/** The rules that fired stay (rule statistics need them); where they matched goes with the text. */
export function withoutSpans(matches: readonly AlertMatch[]): AlertMatch[] {
  return matches.map((m) => ({ ...m, start: 0, end: 0 }));
}
