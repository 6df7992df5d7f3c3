import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { APP_CONFIG, type AppConfig, inBatches } from '@alongside/platform';
import { ReviewKind, ReviewStatus } from '../entities/moderation.enums.js';
import { ReviewItem } from '../entities/review-item.entity.js';

const DAY_MS = 24 * 3600 * 1000;
const BATCH = 200;

/**
 * Reports nobody has touched for REPORT_EXPIRY_DAYS (no new report, no claim) leave the queue as EXPIRED,
 * each with an audit record by the system. Held posts never expire: their author waits on a decision.
 * Run by a scheduled job; idempotent.
 */
@Injectable()
export class ReportExpiryService {
  private readonly logger = new Logger(ReportExpiryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Expires open reports last touched before `now` minus the configured period; returns how many. */
  async expireStale(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.moderation.reportExpiryDays * DAY_MS);
    const total = await inBatches(this.dataSource, BATCH, async (tx) => {
      // SKIP LOCKED: an item a moderator is claiming right now is theirs, not stale.
      const stale = await tx
        .createQueryBuilder(ReviewItem, 'r')
        .where('r.status = :open AND r.kind IN (:...kinds) AND r.updated_at < :cutoff', {
          open: ReviewStatus.OPEN, kinds: [ReviewKind.REPORTED_POST, ReviewKind.REPORTED_MEMBER], cutoff,
        })
        .orderBy('r.updated_at', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const item of stale) {
        await tx.update(ReviewItem, { id: item.id }, { status: ReviewStatus.EXPIRED, resolution: 'expired', resolvedAt: now });
        await this.audit.append({
          actorId: null, action: 'review_item.expired', targetType: 'review_item', targetId: item.id, reason: 'expired',
          before: { status: item.status, lastActivityAt: item.updatedAt.toISOString() }, after: { status: ReviewStatus.EXPIRED },
        }, tx);
      }
      return stale.length;
    });
    if (total > 0) this.logger.log({ expired: total, cutoff: cutoff.toISOString() }, 'stale reports expired');
    return total;
  }
}
