import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

const BATCH = 200;
const MAX_BACKOFF_MS = 5000;
/** Dispatched events are kept this long (to trace a job back to its commit), then deleted so the table stays small. */
export const OUTBOX_RETENTION_MS = 7 * 24 * 3600_000;
const PURGE_EVERY_MS = 3600_000;
const PURGE_BATCH = 5000;

export interface OutboxDispatcherOptions<P> {
  /** The outbox event types this dispatcher moves. */
  readonly types: readonly string[];
  /** Poll interval when nothing nudged it. */
  readonly pollMs: number;
  /**
   * While events keep coming (a batch was just queued and commits nudged meanwhile), how long to let them gather
   * before the next claim; 0 claims at once. A lone event after a quiet spell is always claimed at once.
   */
  readonly lingerMs?: number;
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
  private nextPurgeAt = 0;

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

  /**
   * Deletes this dispatcher's events dispatched before `before`, oldest first in short statements (walking the
   * primary key from its low end, where old rows are); pending events are never touched. Returns the number deleted.
   */
  async purgeDispatched(before = new Date(Date.now() - OUTBOX_RETENTION_MS)): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted] = await this.dataSource.query<[unknown, number]>(
        `DELETE FROM outbox_events WHERE id IN (
           SELECT id FROM outbox_events
            WHERE type = ANY($1) AND dispatched_at IS NOT NULL AND dispatched_at < $2
            ORDER BY id LIMIT $3)`,
        [this.options.types, before, PURGE_BATCH],
      );
      total += deleted;
      if (deleted < PURGE_BATCH) return total;
    }
  }

  private async run(): Promise<void> {
    const { pollMs, lingerMs = 0, logger, waitingMessage } = this.options;
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
      if (queued === BATCH) continue;
      if (this.nudged) {
        // Busy: one claim for the commits of the next few ms, not a claim and a mark per commit or two.
        if (queued > 0 && lingerMs > 0) await new Promise((resolve) => setTimeout(resolve, lingerMs));
        continue;
      }
      if (failures === 0 && Date.now() >= this.nextPurgeAt) {
        // Idle and connected: the moment to keep the outbox from growing forever.
        this.nextPurgeAt = Date.now() + PURGE_EVERY_MS;
        await this.purgeDispatched().catch((error: unknown) => logger.warn({ err: error }, 'could not purge dispatched outbox events'));
      }
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
