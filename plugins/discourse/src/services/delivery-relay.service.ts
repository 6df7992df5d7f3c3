import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QueueService, withTimeout } from '@alongside/queue';
import { DELIVERY_EVENT, DISCOURSE_QUEUE, type DiscourseJobs } from '../jobs/discourse.jobs.js';
import { jobOptions } from '../jobs/job-options.js';

const BATCH = 200;
const POLL_MS = 200;

/**
 * Moves accepted deliveries from the outbox into the connector's queue (as the scan relay does for posts).
 * The job id is the delivery id, so two relays queueing one delivery is harmless.
 */
@Injectable()
export class DeliveryRelay {
  private readonly logger = new Logger(DeliveryRelay.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** After a commit that accepted a delivery in this process: relay now rather than at the next poll. */
  nudge(): void {
    this.wake?.();
  }

  async dispatchOnce(): Promise<number> {
    const claimed = await this.dataSource.query<{ id: string; payload: { deliveryId: string } }[]>(
      `WITH claimed AS (
         UPDATE outbox_events SET attempts = attempts + 1
          WHERE id IN (SELECT id FROM outbox_events WHERE dispatched_at IS NULL AND type = $1
                        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, payload)
       SELECT id, payload FROM claimed ORDER BY id`,
      [DELIVERY_EVENT, BATCH],
    );
    if (claimed.length === 0) return 0;
    const queue = await this.queues.queue<DiscourseJobs>(DISCOURSE_QUEUE);
    await withTimeout(
      queue.addBulk(claimed.map(({ payload }) => ({
        name: 'ingest' as const,
        data: { deliveryId: payload.deliveryId },
        opts: { jobId: `delivery-${payload.deliveryId}`, ...jobOptions },
      }))),
      5000,
      'the Discourse queue did not accept the batch in time',
    );
    await this.dataSource.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1)`, [claimed.map((e) => e.id)]);
    return claimed.length;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let queued = 0;
      try {
        queued = await this.dispatchOnce();
        failures = 0;
      } catch (error) {
        failures++;
        if (failures === 1 || failures % 50 === 0) this.logger.warn({ err: error, failures }, 'deliveries wait in the outbox: the queue is away');
      }
      if (queued === BATCH) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, failures > 0 ? Math.min(5000, POLL_MS * 2 ** Math.min(failures, 5)) : POLL_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
