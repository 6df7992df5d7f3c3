import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueService } from '@alongside/queue';
import { ReportExpiryService } from '../services/report-expiry.service.js';
import { EXPIRY_EVERY_MS, EXPIRY_SCHEDULER_ID, MODERATION_QUEUE } from './moderation.jobs.js';

/** Expires stale reports on a job scheduler, hourly. */
@Injectable()
export class ModerationProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly expiry: ReportExpiryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.schedule(MODERATION_QUEUE, { id: EXPIRY_SCHEDULER_ID, job: 'expire-reports', everyMs: EXPIRY_EVERY_MS }, () =>
      this.expiry.expireStale());
  }
}
