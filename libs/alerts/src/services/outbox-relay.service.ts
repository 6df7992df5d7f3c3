import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type OutboxEvents } from '@alongside/platform';
import { QueueService, withTimeout } from '@alongside/queue';
import { SCAN_QUEUE, type ScanJobs, scanJobId } from '../jobs/alerts.jobs.js';

const BATCH = 200;
const RELAYED_TYPES = ['post.created', 'post.edited'] as const satisfies readonly (keyof OutboxEvents)[];

interface PendingEvent {
  id: string;
  payload: OutboxEvents['post.created'];
}

/**
 * Moves undispatched post events from the outbox into the scan queue. A batch is claimed with
 * FOR UPDATE SKIP LOCKED, queued, then marked dispatched. The claim is not held while queueing (on PGlite an
 * open transaction would block the queue's own connection), so two relays may queue one event twice:
 * the job id (post id + revision) makes that harmless. Events stay in the outbox while the queue is away.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private nudged = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
  ) {}

  /** Whether this process runs the relay loop. */
  get active(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.nudge();
    await this.loop;
  }

  /** Looks at the outbox now instead of at the next poll (called after a commit that wrote to it). */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** One batch: the number of events queued. */
  async dispatchOnce(): Promise<number> {
    const claimed = await this.dataSource.query<PendingEvent[]>(
      `WITH claimed AS (
         UPDATE outbox_events SET attempts = attempts + 1
          WHERE id IN (SELECT id FROM outbox_events
                        WHERE dispatched_at IS NULL AND type = ANY($1)
                        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, payload)
       SELECT id, payload FROM claimed ORDER BY id`,
      [RELAYED_TYPES, BATCH],
    );
    if (claimed.length === 0) return 0;
    const queue = await this.queues.queue<ScanJobs>(SCAN_QUEUE);
    const { scanAttempts } = this.config.alerts;
    await withTimeout(
      queue.addBulk(
        claimed.map(({ payload }) => ({
          name: 'scan' as const,
          data: { postId: payload.postId, revision: payload.revision },
          opts: {
            jobId: scanJobId(payload.postId, payload.revision),
            attempts: scanAttempts,
            backoff: { type: 'exponential', delay: 500 },
            removeOnComplete: { age: 3600, count: 10_000 },
            removeOnFail: false,
          },
        })),
      ),
      5000,
      'the scan queue did not accept the batch in time',
    );
    await this.dataSource.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1)`, [claimed.map((e) => e.id)]);
    return claimed.length;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      this.nudged = false;
      let queued = 0;
      try {
        queued = await this.dispatchOnce();
        failures = 0;
      } catch (error) {
        failures++;
        if (failures === 1 || failures % 50 === 0) {
          this.logger.warn({ err: error, failures }, 'outbox relay could not queue; the events wait in the outbox');
        }
      }
      if (queued === BATCH || this.nudged) continue;
      const delay = failures > 0 ? Math.min(5000, this.config.alerts.outboxPollMs * 2 ** Math.min(failures, 6)) : this.config.alerts.outboxPollMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
