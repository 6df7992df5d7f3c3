import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { QueueService } from '@alongside/queue';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { CatchUpService } from '../services/catch-up.service.js';
import { DeliveriesService } from '../services/deliveries.service.js';
import { FlagsService } from '../services/flags.service.js';
import { ForumMessagesService } from '../services/forum-messages.service.js';
import { ReviewDecisionsService } from '../services/review-decisions.service.js';
import { DISCOURSE_QUEUE, type DiscourseJobs } from './discourse.jobs.js';

/** Runs the connector's jobs; a refused API key stops retrying (the connector is marked unhealthy), as does a backfill running elsewhere. */
@Injectable()
export class DiscourseProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly deliveries: DeliveriesService,
    private readonly catchUp: CatchUpService,
    private readonly flags: FlagsService,
    private readonly decisions: ReviewDecisionsService,
    private readonly messages: ForumMessagesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.work<DiscourseJobs>(
      DISCOURSE_QUEUE,
      async (job) => {
        try {
          switch (job.name) {
            case 'ingest':
              return await this.deliveries.process(job.data.deliveryId);
            case 'refetch':
              return await this.deliveries.refetchFirstPost(job.data.discourseTopicId);
            case 'reconcile':
              return await this.catchUp.reconcile();
            case 'backfill':
              return await this.catchUp.runBackfill();
            case 'flag':
              return await this.flags.flag(job.data);
            case 'review':
              return await this.decisions.perform(job.data.alertId);
            case 'safeguard':
              return await this.messages.safeguard(job.data);
            case 'support':
              return await this.messages.support(job.data);
          }
        } catch (error) {
          // A refused key, or a backfill the command line is running (the job fails and is removed, so starting the
          // backfill again once that run stopped queues it anew): retrying would not help.
          if (error instanceof DiscourseException && (error.reason === DiscourseErrorReason.FORUM_FORBIDDEN || error.reason === DiscourseErrorReason.BACKFILL_RUNNING)) {
            throw new UnrecoverableError(error.message);
          }
          throw error;
        }
      },
      { concurrency: 2 },
    );
  }
}
