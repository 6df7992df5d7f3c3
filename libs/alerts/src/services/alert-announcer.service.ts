import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { EventBus, QueueService, type TypedQueue } from '@alongside/queue';
import { AlertAction, AWAITING_ACKNOWLEDGEMENT } from '../entities/alert.enums.js';
import type { CrisisAlert } from '../entities/crisis-alert.entity.js';
import type { CrisisAlertTransition } from '../entities/crisis-alert-transition.entity.js';
import { ALERTS_QUEUE, type AlertJobs, RETRIED } from '../jobs/alerts.jobs.js';
import { offersSupport } from '../policies/support-message.policy.js';

export const ALERT_RAISED_EVENT = 'crisisAlertRaised';
export const ALERT_UPDATED_EVENT = 'crisisAlertUpdated';

/** An alert as it crosses processes: every column but the scanned text. */
export type AlertSnapshot = Omit<CrisisAlert, 'text'>;

export interface AlertEvent {
  readonly alert: AlertSnapshot;
}

/**
 * What follows a committed alert change, outside its transaction: the real-time event, the escalation
 * timer, the notification job and the author's supportive message. Each is safe to repeat (job ids are
 * deterministic); a timer lost to a crash is caught by the escalation sweep.
 */
@Injectable()
export class AlertAnnouncer {
  private readonly logger = new Logger(AlertAnnouncer.name);

  constructor(
    private readonly bus: EventBus,
    private readonly queues: QueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async announce(alert: CrisisAlert, transition: CrisisAlertTransition): Promise<void> {
    const snapshot: AlertSnapshot = { ...alert };
    delete (snapshot as Partial<CrisisAlert>).text;
    const event = transition.action === AlertAction.RAISED ? ALERT_RAISED_EVENT : ALERT_UPDATED_EVENT;
    await Promise.all([
      this.bus.publish(event, { alert: snapshot } satisfies AlertEvent).catch((error: unknown) =>
        this.logger.warn({ err: error, alertId: alert.id }, 'could not publish the alert event'),
      ),
      this.scheduleEscalation(alert).catch((error: unknown) =>
        this.logger.warn({ err: error, alertId: alert.id }, 'could not schedule the escalation; the sweep will'),
      ),
      this.notify(alert, transition).catch((error: unknown) =>
        this.logger.warn({ err: error, alertId: alert.id }, 'could not queue the notification'),
      ),
      this.offerSupport(alert, transition).catch((error: unknown) =>
        this.logger.warn({ err: error, alertId: alert.id }, 'could not queue the supportive message'),
      ),
    ]);
  }

  events<T extends AlertEvent>(event: typeof ALERT_RAISED_EVENT | typeof ALERT_UPDATED_EVENT): AsyncIterableIterator<T> {
    return this.bus.iterator<T>(event);
  }

  async scheduleEscalation(alert: Pick<CrisisAlert, 'id' | 'status' | 'dueAt'>): Promise<void> {
    if (!AWAITING_ACKNOWLEDGEMENT.includes(alert.status)) return;
    const dueAt = alert.dueAt.getTime();
    await (await this.alertsQueue()).add(
      'escalate',
      { alertId: alert.id },
      { jobId: `escalate-${alert.id}-${dueAt}`, delay: Math.max(0, dueAt - Date.now()), ...RETRIED },
    );
  }

  private async notify(alert: CrisisAlert, transition: CrisisAlertTransition): Promise<void> {
    const event = transition.action === AlertAction.RAISED ? 'raised' : transition.action === AlertAction.ESCALATED ? 'escalated' : null;
    if (event === null) return;
    await (await this.alertsQueue()).add(
      'notify',
      { alertId: alert.id, event, transitionId: transition.id },
      { jobId: `notify-${alert.id}-${transition.id}`, ...RETRIED },
    );
  }

  /** Raised, or raised to a level that offers it: the author's supportive message (sent at most once per alert). */
  private async offerSupport(alert: CrisisAlert, transition: CrisisAlertTransition): Promise<void> {
    if (transition.action !== AlertAction.RAISED && transition.action !== AlertAction.LEVEL_RAISED) return;
    if (!alert.authorId || !offersSupport(alert.level, this.config.notifications.supportMessageLevel)) return;
    await (await this.alertsQueue()).add('support', { alertId: alert.id }, { jobId: `support-${alert.id}`, ...RETRIED });
  }

  private alertsQueue(): Promise<TypedQueue<AlertJobs>> {
    return this.queues.queue<AlertJobs>(ALERTS_QUEUE);
  }
}
