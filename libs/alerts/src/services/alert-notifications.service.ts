import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Group } from '@alongside/groups';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { QueueService } from '@alongside/queue';
import { CrisisAlert } from '../entities/crisis-alert.entity.js';
import { ALERTS_QUEUE, type AlertJobs, RETRIED } from '../jobs/alerts.jobs.js';
import { AlertNotifier } from '../notifier/alert-notifier.js';

/**
 * Tells the configured notifier about a raised or escalated alert: level, group, link and time (the text only
 * when the organization turned that on). Each recipient is its own job, retried with backoff.
 */
@Injectable()
export class AlertNotificationsService {
  private readonly logger = new Logger(AlertNotificationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: AlertNotifier,
    private readonly queues: QueueService,
  ) {}

  /** The `notify` job: one `deliver` job per recipient (ids make a repeated fan-out harmless); a lone one is delivered here. */
  async fanOut(job: AlertJobs['notify']): Promise<void> {
    const recipients = this.notifier.recipients(job.event);
    if (recipients.length === 0) return;
    if (recipients.length === 1) return this.deliver({ ...job, recipient: recipients[0] });
    const queue = await this.queues.queue<AlertJobs>(ALERTS_QUEUE);
    await queue.addBulk(
      recipients.map((recipient) => ({
        name: 'deliver' as const,
        data: { ...job, recipient },
        opts: { jobId: `deliver-${job.alertId}-${job.transitionId}-${recipient}`, ...RETRIED },
      })),
    );
  }

  /** The `deliver` job: one notification to one recipient; a failure throws, and the queue retries it. */
  async deliver({ alertId, event, recipient }: AlertJobs['deliver']): Promise<void> {
    const query = this.dataSource.manager
      .createQueryBuilder(CrisisAlert, 'a')
      .leftJoin(Group, 'g', 'g.id = a.group_id')
      .addSelect('g.name', 'group_name')
      .where('a.id = :alertId', { alertId });
    if (this.config.notifications.includeText) query.addSelect('a.text');
    const {
      entities: [alert],
      raw: [row],
    } = await query.getRawAndEntities<{ group_name: string | null }>();
    if (!alert) return;
    await this.notifier.send(
      {
        event,
        alertId,
        level: alert.level,
        groupId: alert.groupId,
        groupName: row.group_name ?? '',
        link: `${this.config.server.publicUrl}/alerts/${alertId}`,
        at: event === 'escalated' ? (alert.escalatedAt ?? alert.updatedAt) : alert.createdAt,
        ...(this.config.notifications.includeText ? { text: alert.text } : {}),
      },
      recipient,
    );
    this.logger.log({ alertId, event, recipient }, 'alert notification delivered');
  }
}
