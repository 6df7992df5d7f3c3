import { Injectable, Logger } from '@nestjs/common';
import { EventBus, QueueService, type TypedQueue } from '@alongside/queue';
import { AlertAction, AWAITING_ACKNOWLEDGEMENT } from '../entities/alert.enums.js';
import type { CrisisAlert } from '../entities/crisis-alert.entity.js';
import type { CrisisAlertTransition } from '../entities/crisis-alert-transition.entity.js';
import { ALERTS_QUEUE, type AlertJobs } from '../jobs/alerts.jobs.js';

export const ALERT_RAISED_EVENT = 'crisisAlertRaised';
export const ALERT_UPDATED_EVENT = 'crisisAlertUpdated';

/** An alert as it crosses processes: every column but the scanned text. */
export type AlertSnapshot = Omit<CrisisAlert, 'text'>;

export interface AlertEvent {
  readonly alert: AlertSnapshot;
}

/**
 * What follows a committed alert change, outside its transaction: the real-time event, the escalation
 * timer and the notification job. Each is safe to repeat (job ids are deterministic); a timer lost to a
 * crash is caught by the escalation sweep.
 */
@Injectable()
export class AlertAnnouncer {
  private readonly logger = new Logger(AlertAnnouncer.name);

  constructor(
    private readonly bus: EventBus,
    private readonly queues: QueueService,
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
      { jobId: `escalate-${alert.id}-${dueAt}`, delay: Math.max(0, dueAt - Date.now()), ...RETRIES },
    );
  }

  private async notify(alert: CrisisAlert, transition: CrisisAlertTransition): Promise<void> {
    const event = transition.action === AlertAction.RAISED ? 'raised' : transition.action === AlertAction.ESCALATED ? 'escalated' : null;
    if (event === null) return;
    await (await this.alertsQueue()).add(
      'notify',
      { alertId: alert.id, event, transitionId: transition.id },
      { jobId: `notify-${alert.id}-${transition.id}`, ...RETRIES },
    );
  }

  private alertsQueue(): Promise<TypedQueue<AlertJobs>> {
    return this.queues.queue<AlertJobs>(ALERTS_QUEUE);
  }
}

const RETRIES = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
