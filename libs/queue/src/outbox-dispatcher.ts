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
   * After a batch was queued, how long to let events gather before the next read (which marks that batch); 0 reads
   * at once. A lone event after a quiet spell is always read at once.
   */
  readonly lingerMs?: number;
  readonly logger: Logger;
  /** What is logged while the queue is away. */
  readonly waitingMessage: string;
  /** Queues one claimed batch; job ids derived from the payloads make queueing twice harmless. */
  readonly queue: (payloads: P[]) => Promise<void>;
}

/**
 * Moves undispatched outbox events of some types into a queue. A batch is read, queued, then marked dispatched (with
 * the next read, or at once when idle). It is read without a lock or a write, since no claim could be held while
 * queueing (on PGlite an open transaction would block the queue's own connection): two dispatchers may queue one
 * event twice, and the queue's job ids make that harmless. Events stay in the outbox while the queue is away, polled
 * with backoff.
 */
export class OutboxDispatcher<P> {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private nudged = false;
  private nextPurgeAt = 0;
  /** The ids of the last batch queued, until they are marked dispatched. */
  private unmarked: string[] = [];

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

  /**
   * One batch: the number of events queued. The batch queued before it is marked dispatched in the statement that
   * reads this one (one round trip per batch under a stream of events); the loop marks the last one once it is idle.
   */
  async dispatchOnce(): Promise<number> {
    // One snapshot for both parts: the rows being marked are still pending to the read, hence their exclusion.
    const claimed = await this.dataSource.query<{ id: string; payload: P }[]>(
      `WITH marked AS (UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($3::bigint[]))
       SELECT id, payload FROM outbox_events
        WHERE dispatched_at IS NULL AND type = ANY($1) AND NOT (id = ANY($3::bigint[]))
        ORDER BY id LIMIT $2`,
      [this.options.types, BATCH, this.unmarked],
    );
    this.unmarked = [];
    if (claimed.length === 0) return 0;
    await this.options.queue(claimed.map((e) => e.payload));
    this.unmarked = claimed.map((e) => e.id);
    return claimed.length;
  }

  /** Marks the last batch queued dispatched now, instead of with the next read. */
  private async markQueued(): Promise<void> {
    if (this.unmarked.length === 0) return;
    await this.dataSource.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [this.unmarked]);
    this.unmarked = [];
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
      if (queued > 0) {
        // Busy, or a lone event: the next read marks this batch, after the events of the next few ms gathered (one
        // read per batch of them, not a read and a mark per commit or two). It finds nothing once the stream ends.
        if (queued < BATCH && lingerMs > 0) await new Promise((resolve) => setTimeout(resolve, lingerMs));
        continue;
      }
      if (this.nudged && failures === 0) continue;
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
    // Stopping: no read follows to mark the last batch (if this fails, the next relay queues it again, harmlessly).
    await this.markQueued().catch((error: unknown) => logger.warn({ err: error }, 'could not mark queued outbox events dispatched'));
  }
}
