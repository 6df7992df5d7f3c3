import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ALERT_RAISED_EVENT, ALERT_UPDATED_EVENT, AlertAnnouncer, type AlertEvent } from '@alongside/alerts';
import { QueueService } from '@alongside/queue';
import { DISCOURSE_CONFIG, type DiscourseConfig } from '../discourse-config.js';
import { DeliveryRelay } from '../services/delivery-relay.service.js';
import { DiscourseStateService } from '../services/discourse-state.service.js';
import { FlagsService } from '../services/flags.service.js';
import { ForumMessagesService } from '../services/forum-messages.service.js';
import { ReviewDecisionsService } from '../services/review-decisions.service.js';
import { DISCOURSE_QUEUE, type DiscourseJobs } from './discourse.jobs.js';
import { jobOptions } from './job-options.js';

/**
 * In a process that runs the workers: the delivery relay, the scheduled reconciliation (one job per period
 * across all processes, by its id) and the flag sweep, run on every alert event and every period, so a flag
 * missed while the forum or this process was down is sent once both are back.
 */
@Injectable()
export class DiscourseLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DiscourseLifecycle.name);
  private timer?: NodeJS.Timeout;
  private readonly subscriptions: AsyncIterableIterator<AlertEvent>[] = [];
  private ticking?: Promise<void>;

  constructor(
    @Inject(DISCOURSE_CONFIG) private readonly config: DiscourseConfig,
    private readonly queues: QueueService,
    private readonly relay: DeliveryRelay,
    private readonly flags: FlagsService,
    private readonly state: DiscourseStateService,
    private readonly announcer: AlertAnnouncer,
    private readonly decisions: ReviewDecisionsService,
    private readonly messages: ForumMessagesService,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
    const period = this.config.reconcileSeconds * 1000;
    const tick = (): void => {
      this.ticking = this.schedule(period).catch((error: unknown) => this.logger.warn({ err: error }, 'could not schedule Discourse catch-up'));
    };
    tick();
    this.timer = setInterval(tick, period);
    for (const event of [ALERT_RAISED_EVENT, ALERT_UPDATED_EVENT] as const) {
      const events = this.announcer.events<AlertEvent>(event);
      this.subscriptions.push(events);
      void this.follow(events);
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.subscriptions.map((s) => s.return?.() ?? Promise.resolve()));
    await this.ticking;
    await this.relay.stop();
  }

  /** Queues a flag job for every alert that lacks its flag; job ids make a second sweep harmless. */
  async sweepFlags(): Promise<number> {
    if (!(await this.state.health()).healthy) return 0;
    const due = await this.flags.due();
    if (due.length === 0) return 0;
    await (await this.queue()).addBulk(
      due.map((flag) => ({
        name: 'flag' as const,
        data: flag,
        opts: { ...jobOptions, jobId: `flag-${flag.discoursePostId}-${flag.level}`, removeOnFail: true },
      })),
    );
    return due.length;
  }

  /**
   * Queues what else alerts on forum posts call for: the review action of alerts resolved here, and the optional
   * safeguarding and supportive messages. Like the flags, each job id is its idempotency key.
   */
  async sweepFollowUps(): Promise<number> {
    if (!(await this.state.health()).healthy) return 0;
    const reviews = await this.decisions.due();
    const { safeguard, support } = await this.messages.due();
    const opts = (jobId: string) => ({ ...jobOptions, jobId, removeOnFail: true });
    const jobs = [
      ...reviews.map((data) => ({ name: 'review' as const, data, opts: opts(`review-${data.alertId}`) })),
      ...safeguard.map((data) => ({ name: 'safeguard' as const, data, opts: opts(`safeguard-${data.discoursePostId}-${data.level}`) })),
      ...support.map((data) => ({ name: 'support' as const, data, opts: opts(`support-${data.discoursePostId}`) })),
    ];
    if (jobs.length > 0) await (await this.queue()).addBulk(jobs);
    return jobs.length;
  }

  private async schedule(period: number): Promise<void> {
    await (await this.queue()).add('reconcile', {}, { ...jobOptions, jobId: `reconcile-${Math.floor(Date.now() / period)}`, attempts: 1 });
    await this.sweepFlags();
    await this.sweepFollowUps();
  }

  private async follow(events: AsyncIterableIterator<AlertEvent>): Promise<void> {
    for await (const { alert } of events) {
      await this.sweepFlags().catch((error: unknown) => this.logger.warn({ err: error, alertId: alert.id }, 'flag sweep failed'));
      await this.sweepFollowUps().catch((error: unknown) => this.logger.warn({ err: error, alertId: alert.id }, 'follow-up sweep failed'));
    }
  }

  private queue() {
    return this.queues.queue<DiscourseJobs>(DISCOURSE_QUEUE);
  }
}
