import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { type BulkJob, OutboxDispatcher, QueueService, withTimeout } from '@alongside/queue';
import { ALERTS_QUEUE, type AlertJobs, FOLLOW_UP_EVENT, type FollowUpJob, type FollowUps, RETRIED } from '../jobs/alerts.jobs.js';

const FOLLOW_UP_LINGER_MS = 50;

/**
 * Moves alerts' follow-up jobs from the outbox into the alerts queue, a claimed batch in one bulk add. Their job ids
 * are deterministic, so a batch queued twice (a relay killed before marking it dispatched, or two relays) adds each
 * job once.
 */
@Injectable()
export class FollowUpRelay extends OutboxDispatcher<FollowUps> {
  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig, queues: QueueService) {
    super(dataSource, {
      types: [FOLLOW_UP_EVENT],
      pollMs: config.alerts.outboxPollMs,
      // Under a stream of alerts, a read, a bulk add and a mark per few scan batches, not one per batch. Longer than the
      // scan relay's: no one watches this hop's latency to the millisecond (the real-time event does not wait for it).
      lingerMs: FOLLOW_UP_LINGER_MS,
      logger: new Logger(FollowUpRelay.name),
      waitingMessage: 'alert follow-ups wait in the outbox: the alerts queue is away',
      queue: async (followUps) => {
        const queue = await queues.queue<AlertJobs>(ALERTS_QUEUE);
        const now = Date.now();
        const jobs = followUps.flatMap((f) => f.jobs.map((job) => toJob(job, now)));
        await withTimeout(queue.addBulk(jobs), 5000, 'the alerts queue did not accept the follow-ups in time');
      },
    });
  }
}

function toJob(followUp: FollowUpJob, now: number): BulkJob<AlertJobs> {
  const opts = { jobId: followUp.jobId, ...RETRIED };
  switch (followUp.name) {
    case 'escalate':
      return { name: 'escalate', data: followUp.data, opts: { ...opts, delay: Math.max(0, followUp.dueAt - now) } };
    case 'notify':
      return { name: 'notify', data: followUp.data, opts };
    case 'support':
      return { name: 'support', data: followUp.data, opts };
  }
}
