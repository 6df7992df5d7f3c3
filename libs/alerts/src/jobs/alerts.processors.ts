import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { JobBatcher, QueueService } from '@alongside/queue';
import { ALERTS_CONCURRENCY, AlertNotificationsService } from '../services/alert-notifications.service.js';
import { EscalationService } from '../services/escalation.service.js';
import { ScanService } from '../services/scan.service.js';
import { SupportMessagesService } from '../services/support-messages.service.js';
import { ALERTS_QUEUE, type AlertJobs, SCAN_QUEUE, type ScanJobs } from './alerts.jobs.js';

/** Scans each post revision the relay queued; the jobs this worker holds at once are scanned as one batch. */
@Injectable()
export class ScanProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly scans: ScanService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.scans.warmUp();
    const { scanConcurrency } = this.config.alerts;
    const batches = new JobBatcher((requests: ScanJobs['scan'][]) => this.scans.scanAll(requests), scanConcurrency);
    await this.queues.work<ScanJobs>(SCAN_QUEUE, (job) => batches.add(job.data), { concurrency: scanConcurrency });
  }
}

/** Escalation timers, notifications and supportive messages. */
@Injectable()
export class AlertsProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly escalation: EscalationService,
    private readonly notifications: AlertNotificationsService,
    private readonly support: SupportMessagesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.work<AlertJobs>(
      ALERTS_QUEUE,
      async (job) => {
        switch (job.name) {
          case 'escalate':
            return this.escalation.escalateIfDue(job.data.alertId);
          case 'notify':
            return this.notifications.fanOut(job.data);
          case 'deliver':
            return this.notifications.deliver(job.data);
          case 'support':
            return this.support.offerFor(job.data.alertId);
        }
      },
      { concurrency: ALERTS_CONCURRENCY },
    );
  }
}
