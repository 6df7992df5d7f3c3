import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { EscalationService } from '../services/escalation.service.js';
import { FollowUpRelay } from '../services/follow-up-relay.service.js';
import { OutboxNudges } from '../services/outbox-nudges.service.js';
import { OutboxRelay } from '../services/outbox-relay.service.js';

/** Runs the relays (posts to scan, alerts' follow-ups) and the escalation sweep in a process that runs the workers. */
@Injectable()
export class PipelineLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(PipelineLifecycle.name);
  private sweepTimer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
    private readonly followUps: FollowUpRelay,
    private readonly escalation: EscalationService,
    private readonly nudges: OutboxNudges,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
    this.followUps.start();
    this.nudges.listen();
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
    await Promise.all([this.relay.stop(), this.followUps.stop()]);
  }
}
