import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxDispatcher, QueueService, withTimeout } from '@alongside/queue';
import { DELIVERY_EVENT, DISCOURSE_QUEUE, type DiscourseJobs } from '../jobs/discourse.jobs.js';
import { jobOptions } from '../jobs/job-options.js';

const POLL_MS = 200;

/**
 * Moves accepted deliveries from the outbox into the connector's queue (as the scan relay does for posts).
 * The job id is the delivery id, so two relays queueing one delivery is harmless.
 */
@Injectable()
export class DeliveryRelay {
  private readonly dispatcher: OutboxDispatcher<{ deliveryId: string }>;

  constructor(@InjectDataSource() dataSource: DataSource, queues: QueueService) {
    this.dispatcher = new OutboxDispatcher(dataSource, {
      types: [DELIVERY_EVENT],
      pollMs: POLL_MS,
      logger: new Logger(DeliveryRelay.name),
      waitingMessage: 'deliveries wait in the outbox: the queue is away',
      queue: async (payloads) => {
        const queue = await queues.queue<DiscourseJobs>(DISCOURSE_QUEUE);
        await withTimeout(
          queue.addBulk(
            payloads.map(({ deliveryId }) => ({
              name: 'ingest' as const,
              data: { deliveryId },
              opts: { jobId: `delivery-${deliveryId}`, ...jobOptions },
            })),
          ),
          5000,
          'the Discourse queue did not accept the batch in time',
        );
      },
    });
  }

  start(): void {
    this.dispatcher.start();
  }

  stop(): Promise<void> {
    return this.dispatcher.stop();
  }

  /** After a commit that accepted a delivery in this process: relay now rather than at the next poll. */
  nudge(): void {
    this.dispatcher.nudge();
  }
}
