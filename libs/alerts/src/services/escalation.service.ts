import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { AWAITING_ACKNOWLEDGEMENT } from '../entities/alert.enums.js';
import { CrisisAlert } from '../entities/crisis-alert.entity.js';
import { isOverdue } from '../policies/triage.policy.js';
import { AlertAnnouncer } from './alert-announcer.service.js';
import { applyTriage, type TriageServices } from './alerts.service.js';

/** Escalates alerts nobody acknowledged in time: from their delayed job, or from the periodic sweep. */
@Injectable()
export class EscalationService {
  private readonly logger = new Logger(EscalationService.name);
  private readonly triage: TriageServices;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    audit: AuditService,
    private readonly announcer: AlertAnnouncer,
  ) {
    this.triage = { audit, announcer, config };
  }

  /** Idempotent: an alert acknowledged, already escalated or not yet due is left alone. */
  async escalateIfDue(alertId: string): Promise<boolean> {
    const result = await this.dataSource.transaction(async (manager) => {
      const alert = await manager.findOne(CrisisAlert, { where: { id: alertId }, lock: { mode: 'pessimistic_write' } });
      if (!alert || !isOverdue(alert, new Date())) return null;
      return applyTriage(manager, this.triage, alert, { kind: 'escalate', actorId: null }, null);
    });
    if (!result) return false;
    this.logger.warn({ alertId, level: result.alert.level }, 'crisis alert escalated: not acknowledged in time');
    await this.announcer.publish([result]);
    return true;
  }

  /** The safety net behind the delayed jobs: every overdue alert, whether or not its timer survived. */
  async sweep(): Promise<number> {
    const overdue = await this.dataSource.manager.find(CrisisAlert, {
      select: { id: true },
      where: { status: In([...AWAITING_ACKNOWLEDGEMENT]), dueAt: LessThanOrEqual(new Date()) },
      order: { dueAt: 'ASC' },
      take: 100,
    });
    let escalated = 0;
    for (const { id } of overdue) if (await this.escalateIfDue(id)) escalated++;
    return escalated;
  }
}
