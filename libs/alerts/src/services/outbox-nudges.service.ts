import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, InsertEvent, TransactionCommitEvent } from 'typeorm';
import { OutboxEvent } from '@alongside/platform';
import { EventBus } from '@alongside/queue';
import { FOLLOW_UP_EVENT } from '../jobs/alerts.jobs.js';
import { FollowUpRelay } from './follow-up-relay.service.js';
import { OutboxRelay } from './outbox-relay.service.js';

export const OUTBOX_NUDGE_EVENT = 'outboxNudge';
const WROTE_OUTBOX = 'alongside:wroteOutbox';

/** Which relay a nudge wakes: the alert follow-ups' relay for their rows, the scan relay for any other. */
type RelayName = 'scan' | 'followUp';

interface Nudge {
  readonly relay?: RelayName;
}

function relayOf(type: unknown): RelayName {
  return type === FOLLOW_UP_EVENT ? 'followUp' : 'scan';
}

/** Calls back after each commit in this process that wrote outbox events, with the relays they are for. */
class OutboxCommitSubscriber implements EntitySubscriberInterface<OutboxEvent> {
  constructor(private readonly committed: (relays: ReadonlySet<RelayName>) => void) {}

  listenTo(): typeof OutboxEvent {
    return OutboxEvent;
  }

  afterInsert(event: InsertEvent<OutboxEvent>): void {
    const relay = relayOf((event.entity as Partial<OutboxEvent> | undefined)?.type);
    if (!event.queryRunner.isTransactionActive) return this.committed(new Set([relay]));
    const data = event.queryRunner.data as Record<string, Set<RelayName> | undefined>;
    (data[WROTE_OUTBOX] ??= new Set()).add(relay);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, Set<RelayName> | undefined>;
    const relays = data[WROTE_OUTBOX];
    if (!relays) return;
    delete data[WROTE_OUTBOX];
    this.committed(relays);
  }
}

/**
 * Wakes a relay right after its outbox rows commit, instead of at its next poll: the relay of this process, or, in
 * an API process without one, the relays of the worker processes (over the event bus, one message per relay in
 * flight at a time). A lost nudge costs one poll interval, nothing more.
 */
@Injectable()
export class OutboxNudges implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxNudges.name);
  private readonly publishing = new Set<RelayName>();
  private readonly again = new Set<RelayName>();
  private heard?: AsyncIterableIterator<Nudge>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scanRelay: OutboxRelay,
    private readonly followUpRelay: FollowUpRelay,
    private readonly bus: EventBus,
  ) {}

  onApplicationBootstrap(): void {
    this.dataSource.subscribers.push(new OutboxCommitSubscriber((relays) => relays.forEach((r) => this.committed(r))));
  }

  /** In a process that runs the relays: wake them on the other processes' commits too. */
  listen(): void {
    const heard = this.bus.iterator<Nudge>(OUTBOX_NUDGE_EVENT);
    this.heard = heard;
    void (async () => {
      for (let next = await heard.next(); !next.done; next = await heard.next()) this.relay(next.value.relay ?? 'scan').nudge();
    })().catch((error: unknown) => this.logger.warn({ err: error }, 'stopped hearing outbox nudges; the relays poll'));
  }

  async onModuleDestroy(): Promise<void> {
    await this.heard?.return?.();
  }

  private relay(name: RelayName): { readonly active: boolean; nudge(): void } {
    return name === 'followUp' ? this.followUpRelay : this.scanRelay;
  }

  private committed(name: RelayName): void {
    const relay = this.relay(name);
    if (relay.active) return relay.nudge();
    if (this.publishing.has(name)) {
      this.again.add(name);
      return;
    }
    this.publishing.add(name);
    void this.bus
      .publish(OUTBOX_NUDGE_EVENT, { relay: name } satisfies Nudge)
      .catch(() => undefined)
      .finally(() => {
        this.publishing.delete(name);
        if (this.again.delete(name)) this.committed(name);
      });
  }
}
