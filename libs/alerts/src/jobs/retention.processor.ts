import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { QueueService } from '@alongside/queue';
import { AlertRetentionService } from '../services/alert-retention.service.js';
import { PURGE_SCHEDULER_ID, RETENTION_QUEUE } from './alerts.jobs.js';

/** Purges resolved alerts' text on a job scheduler, every ALERT_TEXT_PURGE_SECONDS. */
@Injectable()
export class RetentionProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly retention: AlertRetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const everyMs = this.config.moderation.alertTextPurgeSeconds * 1000;
    await this.queues.schedule(RETENTION_QUEUE, { id: PURGE_SCHEDULER_ID, job: 'purge-text', everyMs }, () => this.retention.purgeDue());
  }
}
