import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, InsertEvent, TransactionCommitEvent } from 'typeorm';
import { OutboxEvent } from '@alongside/platform';
import { EventBus } from '@alongside/queue';
import { OutboxRelay } from './outbox-relay.service.js';

export const OUTBOX_NUDGE_EVENT = 'outboxNudge';
const WROTE_OUTBOX = 'alongside:wroteOutbox';

/** Calls back after each commit in this process that wrote an outbox event. */
class OutboxCommitSubscriber implements EntitySubscriberInterface<OutboxEvent> {
  constructor(private readonly committed: () => void) {}

  listenTo(): typeof OutboxEvent {
    return OutboxEvent;
  }

  afterInsert(event: InsertEvent<OutboxEvent>): void {
    if (event.queryRunner.isTransactionActive) event.queryRunner.data[WROTE_OUTBOX] = true;
    else this.committed();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown>;
    if (!data[WROTE_OUTBOX]) return;
    delete data[WROTE_OUTBOX];
    this.committed();
  }
}

/**
 * Wakes a relay right after a post commits, instead of at its next poll: the relay of this process, or, in
 * an API process without one, the relays of the worker processes (over the event bus, one message in flight
 * at a time). A lost nudge costs one poll interval, nothing more.
 */
@Injectable()
export class OutboxNudges implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxNudges.name);
  private publishing = false;
  private again = false;
  private heard?: AsyncIterableIterator<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly bus: EventBus,
  ) {}

  onApplicationBootstrap(): void {
    this.dataSource.subscribers.push(new OutboxCommitSubscriber(() => this.committed()));
  }

  /** In a process that runs the relay: wake it on the other processes' commits too. */
  listen(): void {
    const heard = this.bus.iterator<unknown>(OUTBOX_NUDGE_EVENT);
    this.heard = heard;
    void (async () => {
      for (let next = await heard.next(); !next.done; next = await heard.next()) this.relay.nudge();
    })().catch((error: unknown) => this.logger.warn({ err: error }, 'stopped hearing outbox nudges; the relay polls'));
  }

  async onModuleDestroy(): Promise<void> {
    await this.heard?.return?.();
  }

  private committed(): void {
    if (this.relay.active) return this.relay.nudge();
    if (this.publishing) {
      this.again = true;
      return;
    }
    this.publishing = true;
    void this.bus
      .publish(OUTBOX_NUDGE_EVENT, {})
      .catch(() => undefined)
      .finally(() => {
        this.publishing = false;
        if (this.again) {
          this.again = false;
          this.committed();
        }
      });
  }
}
