import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Histogram } from 'prom-client';
import { DataSource } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { Post, PostRevision } from '@alongside/discussions';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { Metrics } from '@alongside/queue';
import { AlertAction, AlertStatus, LEVEL_RANK } from '../entities/alert.enums.js';
import { CrisisAlert } from '../entities/crisis-alert.entity.js';
import { decideScan } from '../policies/scan.policy.js';
import { dueAtFor } from '../policies/triage.policy.js';
import { type CrisisScan, CrisisScanner } from '../scanner/crisis-scanner.js';
import { AlertAnnouncer } from './alert-announcer.service.js';
import { recordTransition } from './alerts.service.js';

export type ScanOutcome = 'raised' | 'level-raised' | 'noted' | 'ignored' | 'post-gone';

/** The scan step of the pipeline: one post revision in, at most one alert change out, in one transaction. */
@Injectable()
export class ScanService {
  private readonly logger = new Logger(ScanService.name);
  private readonly latency: Histogram<'outcome'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scanner: CrisisScanner,
    private readonly audit: AuditService,
    private readonly announcer: AlertAnnouncer,
    metrics: Metrics,
  ) {
    this.latency = new Histogram({
      name: 'alongside_scan_latency_seconds',
      help: 'From a post revision being committed to its alert being stored.',
      labelNames: ['outcome'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [metrics.registry],
    });
  }

  /** Compiles the engine before the first post waits for it; a broken lexicon is logged and retried per job. */
  warmUp(): void {
    try {
      this.scanner.scan('');
    } catch (error) {
      this.logger.error({ err: error }, 'the crisis engine does not load; scan jobs will fail until it does');
    }
  }

  /** Idempotent: a revision already scanned changes nothing, so a job may be delivered any number of times. */
  async scan(postId: string, revision: number): Promise<ScanOutcome> {
    const text = await this.dataSource.manager.findOneBy(PostRevision, { postId, revision });
    if (!text) return 'post-gone';
    const scan = this.scanner.scan(text.body);
    // Most posts: nothing found and no alert to note it on. Deciding that needs no lock, since any serial
    // order of this scan with a concurrent one would ignore it too.
    if (scan.level === 'none' && !(await this.dataSource.manager.existsBy(CrisisAlert, { postId }))) return 'ignored';

    const result = await this.dataSource.transaction(async (manager) => {
      // Serializes the scans of one post: two deliveries or two revisions never decide on the same state.
      const post = await manager.findOne(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
      if (!post) return null;
      const alerts = await manager.find(CrisisAlert, { where: { postId }, order: { createdAt: 'DESC' }, take: 2 });
      const active = alerts.find((a) => a.status !== AlertStatus.RESOLVED) ?? null;
      const lastResolved = alerts.find((a) => a.status === AlertStatus.RESOLVED) ?? null;
      const decision = decideScan(scan, revision, active, lastResolved);
      const now = new Date();
      switch (decision.kind) {
        case 'ignore':
          return null;
        case 'raise': {
          const alert = manager.create(CrisisAlert, {
            postId,
            groupId: post.groupId,
            authorId: post.authorId,
            ...evidence(scan, decision.level, text.body, revision),
            status: AlertStatus.OPEN,
            assigneeId: null,
            dueAt: dueAtFor(decision.level, now, this.config.alerts.ackSeconds),
          });
          await manager.insert(CrisisAlert, alert);
          const stored = await manager.findOneByOrFail(CrisisAlert, { id: alert.id });
          const transition = await recordTransition(manager, this.audit, stored, {
            action: AlertAction.RAISED,
            fromStatus: null,
            actorId: null,
            note: null,
            postRevision: revision,
          });
          return { alert: stored, transition, outcome: 'raised' as const };
        }
        case 'raise-level': {
          const due = dueAtFor(decision.level, now, this.config.alerts.ackSeconds);
          await manager.update(CrisisAlert, { id: active!.id }, {
            ...evidence(scan, decision.level, text.body, revision),
            dueAt: due < active!.dueAt ? due : active!.dueAt,
          });
          const stored = await manager.findOneByOrFail(CrisisAlert, { id: active!.id });
          const transition = await recordTransition(manager, this.audit, stored, {
            action: AlertAction.LEVEL_RAISED,
            fromStatus: active!.status,
            actorId: null,
            note: `${active!.level} → ${decision.level}`,
            postRevision: revision,
            before: { level: active!.level },
          });
          return { alert: stored, transition, outcome: 'level-raised' as const };
        }
        case 'note': {
          await manager.update(CrisisAlert, { id: active!.id }, { scannedRevision: revision });
          const stored = await manager.findOneByOrFail(CrisisAlert, { id: active!.id });
          const transition = await recordTransition(manager, this.audit, stored, {
            action: AlertAction.RESCANNED,
            fromStatus: active!.status,
            actorId: null,
            note: `revision ${revision} scanned at level ${scan.level}`,
            postRevision: revision,
          });
          return { alert: stored, transition, outcome: 'noted' as const };
        }
      }
    });
    if (!result) return 'ignored';
    this.latency.observe({ outcome: result.outcome }, (result.alert.updatedAt.getTime() - text.createdAt.getTime()) / 1000);
    this.logger.log({ alertId: result.alert.id, postId, revision, level: result.alert.level, outcome: result.outcome }, 'post scanned');
    await this.announcer.announce(result.alert, result.transition);
    return result.outcome;
  }
}

function evidence(scan: CrisisScan, level: CrisisAlert['level'], text: string, revision: number) {
  return {
    level,
    levelRank: LEVEL_RANK[level],
    categories: [...scan.categories],
    matches: scan.matches.map(({ rule, start, end, category, severity }) => ({ rule, start, end, category, severity })),
    text,
    postRevision: revision,
    scannedRevision: revision,
  };
}
