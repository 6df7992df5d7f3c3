import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type OutboxEvents } from '@alongside/platform';
import { OutboxDispatcher, QueueService, withTimeout } from '@alongside/queue';
import { SCAN_QUEUE, type ScanJobs, scanJobId } from '../jobs/alerts.jobs.js';

/** While busy, how long the scan relay lets events gather before its next read (a lone event goes at once). */
const RELAY_LINGER_MS = 20;
const RELAYED_TYPES = ['post.created', 'post.edited'] as const satisfies readonly (keyof OutboxEvents)[];

/** Moves post events from the outbox into the scan queue; the job id (post id + revision) dedupes redelivery. */
@Injectable()
export class OutboxRelay {
  private readonly dispatcher: OutboxDispatcher<OutboxEvents['post.created']>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    queues: QueueService,
  ) {
    this.dispatcher = new OutboxDispatcher(dataSource, {
      types: RELAYED_TYPES,
      pollMs: config.alerts.outboxPollMs,
      // At hundreds of posts a second, a read, a bulk add and a mark per 20 ms (a scan batch's worth) instead of per
      // commit or two; a lone post goes at once.
      lingerMs: RELAY_LINGER_MS,
      logger: new Logger(OutboxRelay.name),
      waitingMessage: 'outbox relay could not queue; the events wait in the outbox',
      queue: async (payloads) => {
        const queue = await queues.queue<ScanJobs>(SCAN_QUEUE);
        await withTimeout(
          queue.addBulk(
            payloads.map(({ postId, revision }) => ({
              name: 'scan' as const,
              data: { postId, revision },
              opts: {
                jobId: scanJobId(postId, revision),
                attempts: config.alerts.scanAttempts,
                backoff: { type: 'exponential', delay: 500 },
                removeOnComplete: { age: 3600, count: 10_000 },
                removeOnFail: false,
              },
            })),
          ),
          5000,
          'the scan queue did not accept the batch in time',
        );
      },
    });
  }

  /** Whether this process runs the relay loop. */
  get active(): boolean {
    return this.dispatcher.active;
  }

  start(): void {
    this.dispatcher.start();
  }

  stop(): Promise<void> {
    return this.dispatcher.stop();
  }

  /** Looks at the outbox now instead of at the next poll (called after a commit that wrote to it). */
  nudge(): void {
    this.dispatcher.nudge();
  }
}
