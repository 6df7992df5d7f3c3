import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { type ItemOutcome, JobBatcher, QueueService } from '@alongside/queue';
import type { AlertLevel } from '../entities/alert.enums.js';
import { ALERTS_QUEUE, type AlertJobs, RETRIED } from '../jobs/alerts.jobs.js';
import { AlertNotifier } from '../notifier/alert-notifier.js';

/** Deliveries read together: as many as the alerts queue's worker runs at once. */
export const ALERTS_CONCURRENCY = 16;

/** What a notification says of its alert, read when it is delivered. */
interface NotifiedAlert {
  readonly id: string;
  readonly level: AlertLevel;
  readonly group_id: string;
  readonly group_name: string | null;
  readonly created_at: Date;
  readonly updated_at: Date;
  readonly escalated_at: Date | null;
  readonly text?: string;
}

/**
 * Tells the configured notifier about a raised or escalated alert: level, group, link and time (the text only
 * when the organization turned that on). Each recipient is its own job, retried with backoff.
 */
@Injectable()
export class AlertNotificationsService {
  private readonly logger = new Logger(AlertNotificationsService.name);
  /** The deliveries the worker runs at once read their alerts in one query; each is sent, and fails, on its own. */
  private readonly deliveries = new JobBatcher((jobs: AlertJobs['deliver'][]) => this.deliverAll(jobs), ALERTS_CONCURRENCY);

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
  deliver(job: AlertJobs['deliver']): Promise<void> {
    return this.deliveries.add(job);
  }

  private async deliverAll(jobs: readonly AlertJobs['deliver'][]): Promise<ItemOutcome<void>[]> {
    const { includeText } = this.config.notifications;
    const rows = await this.dataSource.query<NotifiedAlert[]>(
      `SELECT a.id, a.level, a.group_id, g.name AS group_name, a.created_at, a.updated_at, a.escalated_at${includeText ? ', a.text' : ''}
         FROM crisis_alerts a LEFT JOIN groups g ON g.id = a.group_id
        WHERE a.id = ANY($1)`,
      [[...new Set(jobs.map((job) => job.alertId))]],
    );
    const alerts = new Map(rows.map((row) => [row.id, row]));
    return Promise.all(
      jobs.map(async ({ alertId, event, recipient }): Promise<ItemOutcome<void>> => {
        const alert = alerts.get(alertId);
        if (!alert) return { ok: true, value: undefined };
        try {
          await this.notifier.send(
            {
              event,
              alertId,
              level: alert.level,
              groupId: alert.group_id,
              groupName: alert.group_name ?? '',
              link: `${this.config.server.publicUrl}/alerts/${alertId}`,
              at: event === 'escalated' ? (alert.escalated_at ?? alert.updated_at) : alert.created_at,
              ...(includeText ? { text: alert.text } : {}),
            },
            recipient,
          );
        } catch (error) {
          return { ok: false, error };
        }
        this.logger.log({ alertId, event, recipient }, 'alert notification delivered');
        return { ok: true, value: undefined };
      }),
    );
  }
}
