import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, InsertEvent, TransactionCommitEvent } from 'typeorm';
import { APP_CONFIG, type AppConfig, OutboxEvent } from '@alongside/platform';
import { EscalationService } from '../services/escalation.service.js';
import { OutboxRelay } from '../services/outbox-relay.service.js';

const WROTE_OUTBOX = 'alongside:wroteOutbox';

/** Nudges the relay right after a commit in this process that wrote an outbox event. */
class OutboxCommitSubscriber implements EntitySubscriberInterface<OutboxEvent> {
  constructor(private readonly relay: OutboxRelay) {}

  listenTo(): typeof OutboxEvent {
    return OutboxEvent;
  }

  afterInsert(event: InsertEvent<OutboxEvent>): void {
    if (event.queryRunner.isTransactionActive) event.queryRunner.data[WROTE_OUTBOX] = true;
    else this.relay.nudge();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown>;
    if (!data[WROTE_OUTBOX]) return;
    delete data[WROTE_OUTBOX];
    this.relay.nudge();
  }
}

/** Runs the relay and the escalation sweep in a process that runs the workers. */
@Injectable()
export class PipelineLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(PipelineLifecycle.name);
  private sweepTimer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
    private readonly escalation: EscalationService,
  ) {}

  onApplicationBootstrap(): void {
    this.dataSource.subscribers.push(new OutboxCommitSubscriber(this.relay));
    this.relay.start();
    const sweep = (): void => {
      this.sweeping = this.escalation
        .sweep()
        .then((n) => n > 0 && this.logger.warn({ escalated: n }, 'the sweep escalated overdue alerts'))
        .catch((error: unknown) => this.logger.warn({ err: error }, 'escalation sweep failed'));
    };
    sweep();
    this.sweepTimer = setInterval(sweep, this.config.alerts.escalationSweepSeconds * 1000);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.sweeping;
    await this.relay.stop();
  }
}
