import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

const BATCH = 200;
const MAX_BACKOFF_MS = 5000;

export interface OutboxDispatcherOptions<P> {
  /** The outbox event types this dispatcher moves. */
  readonly types: readonly string[];
  /** Poll interval when nothing nudged it. */
  readonly pollMs: number;
  readonly logger: Logger;
  /** What is logged while the queue is away. */
  readonly waitingMessage: string;
  /** Queues one claimed batch; job ids derived from the payloads make queueing twice harmless. */
  readonly queue: (payloads: P[]) => Promise<void>;
}

/**
 * Moves undispatched outbox events of some types into a queue. A batch is claimed with FOR UPDATE SKIP LOCKED,
 * queued, then marked dispatched. The claim is not held while queueing (on PGlite an open transaction would block
 * the queue's own connection), so two dispatchers may queue one event twice: the queue's job ids make that harmless.
 * Events stay in the outbox while the queue is away, polled with backoff.
 */
export class OutboxDispatcher<P> {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private nudged = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: OutboxDispatcherOptions<P>,
  ) {}

  /** Whether this process runs the loop. */
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
    const claimed = await this.dataSource.query<{ id: string; payload: P }[]>(
      `WITH claimed AS (
         UPDATE outbox_events SET attempts = attempts + 1
          WHERE id IN (SELECT id FROM outbox_events
                        WHERE dispatched_at IS NULL AND type = ANY($1)
                        ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, payload)
       SELECT id, payload FROM claimed ORDER BY id`,
      [this.options.types, BATCH],
    );
    if (claimed.length === 0) return 0;
    await this.options.queue(claimed.map((e) => e.payload));
    await this.dataSource.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1)`, [claimed.map((e) => e.id)]);
    return claimed.length;
  }

  private async run(): Promise<void> {
    const { pollMs, logger, waitingMessage } = this.options;
    let failures = 0;
    while (this.running) {
      this.nudged = false;
      let queued = 0;
      try {
        queued = await this.dispatchOnce();
        failures = 0;
      } catch (error) {
        failures++;
        if (failures === 1 || failures % 50 === 0) logger.warn({ err: error, failures }, waitingMessage);
      }
      if (queued === BATCH || this.nudged) continue;
      const delay = failures > 0 ? Math.min(MAX_BACKOFF_MS, pollMs * 2 ** Math.min(failures, 6)) : pollMs;
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
