import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Group } from '@alongside/groups';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { CrisisAlert } from '../entities/crisis-alert.entity.js';
import type { AlertJobs } from '../jobs/alerts.jobs.js';
import { AlertNotifier } from '../notifier/alert-notifier.js';

/** Tells the configured notifier about a raised or escalated alert: level, group, link and time only. */
@Injectable()
export class AlertNotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: AlertNotifier,
  ) {}

  async send({ alertId, event }: AlertJobs['notify']): Promise<void> {
    const alert = await this.dataSource.manager.findOneBy(CrisisAlert, { id: alertId });
    if (!alert) return;
    const group = await this.dataSource.manager.findOneBy(Group, { id: alert.groupId });
    await this.notifier.send({
      event,
      alertId,
      level: alert.level,
      groupId: alert.groupId,
      groupName: group?.name ?? '',
      link: `${this.config.server.publicUrl}/alerts/${alertId}`,
      at: event === 'escalated' ? (alert.escalatedAt ?? alert.updatedAt) : alert.createdAt,
    });
  }
}
