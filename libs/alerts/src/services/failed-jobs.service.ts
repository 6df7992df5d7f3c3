import { Injectable } from '@nestjs/common';
import { AccessException, type Actor, ApiScope, isPlatformAdmin, requireActor } from '@alongside/platform';
import { QueueService } from '@alongside/queue';
import { AlertsErrorReason, AlertsException } from '../alerts.exception.js';
import type { AlertQueueName } from '../jobs/alerts.jobs.js';

export interface FailedJob {
  readonly queue: AlertQueueName;
  readonly id: string;
  readonly name: string;
  /** The payload as JSON: ids only, never post text. */
  readonly data: string;
  readonly failedReason: string;
  readonly attemptsMade: number;
  readonly failedAt: Date | null;
}

/** Jobs that used up their retries, for admins to inspect and send back to the queue. */
@Injectable()
export class FailedJobsService {
  constructor(private readonly queues: QueueService) {}

  async list(actor: Actor | null, queue: AlertQueueName, first: number): Promise<FailedJob[]> {
    requireAdmin(actor);
    const jobs = await (await this.queues.queue(queue)).raw.getFailed(0, first - 1);
    return jobs.map((job) => ({
      queue,
      id: job.id ?? '',
      name: job.name,
      data: JSON.stringify(job.data),
      failedReason: job.failedReason,
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    }));
  }

  async retry(actor: Actor | null, queue: AlertQueueName, jobId: string): Promise<void> {
    requireAdmin(actor);
    const job = await (await this.queues.queue(queue)).raw.getJob(jobId);
    if (!job || !(await job.isFailed())) throw new AlertsException(AlertsErrorReason.JOB_NOT_FOUND, 'No such failed job.');
    await job.retry('failed');
  }
}

function requireAdmin(actor: Actor | null): void {
  const me = requireActor(actor, ApiScope.ADMIN);
  if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins manage failed jobs.');
}
