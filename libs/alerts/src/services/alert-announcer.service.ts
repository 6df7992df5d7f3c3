import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { type BulkJob, EventBus, QueueService, type TypedQueue } from '@alongside/queue';
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

/** A committed alert change and its timeline entry. */
export interface AlertChange {
  readonly alert: CrisisAlert;
  readonly transition: CrisisAlertTransition;
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

  announce(alert: CrisisAlert, transition: CrisisAlertTransition): Promise<void> {
    return this.announceAll([{ alert, transition }]);
  }

  /** Changes committed together (a scan batch): their events, and every follow-up job in one bulk add. */
  async announceAll(changes: readonly AlertChange[]): Promise<void> {
    const jobs = changes.flatMap((change) => this.followUps(change));
    const events = new Map<string, AlertEvent[]>();
    for (const { alert, transition } of changes) {
      const snapshot: AlertSnapshot = { ...alert };
      delete (snapshot as Partial<CrisisAlert>).text;
      const event = transition.action === AlertAction.RAISED ? ALERT_RAISED_EVENT : ALERT_UPDATED_EVENT;
      events.set(event, [...(events.get(event) ?? []), { alert: snapshot }]);
    }
    await Promise.all([
      ...[...events].map(([event, payloads]) =>
        this.bus.publishAll(event, payloads).catch((error: unknown) =>
          this.logger.warn({ err: error, alertIds: payloads.map((p) => p.alert.id) }, 'could not publish the alert events'),
        ),
      ),
      jobs.length === 0
        ? undefined
        : this.alertsQueue()
            .then((queue) => queue.addBulk(jobs))
            .catch((error: unknown) =>
              this.logger.warn(
                { err: error, alertIds: changes.map((c) => c.alert.id) },
                'could not queue escalation timers, notifications or supportive messages; the sweep still escalates',
              ),
            ),
    ]);
  }

  events<T extends AlertEvent>(event: typeof ALERT_RAISED_EVENT | typeof ALERT_UPDATED_EVENT): AsyncIterableIterator<T> {
    return this.bus.iterator<T>(event);
  }

  /** The escalation timer, the notification and the author's supportive message that a change calls for. */
  private followUps({ alert, transition }: AlertChange): BulkJob<AlertJobs>[] {
    const jobs: BulkJob<AlertJobs>[] = [];
    if (AWAITING_ACKNOWLEDGEMENT.includes(alert.status)) {
      const dueAt = alert.dueAt.getTime();
      jobs.push({
        name: 'escalate',
        data: { alertId: alert.id },
        opts: { jobId: `escalate-${alert.id}-${dueAt}`, delay: Math.max(0, dueAt - Date.now()), ...RETRIED },
      });
    }
    const event = transition.action === AlertAction.RAISED ? 'raised' : transition.action === AlertAction.ESCALATED ? 'escalated' : null;
    if (event !== null) {
      jobs.push({
        name: 'notify',
        data: { alertId: alert.id, event, transitionId: transition.id },
        opts: { jobId: `notify-${alert.id}-${transition.id}`, ...RETRIED },
      });
    }
    // Raised, or raised to a level that offers it: the author's supportive message (sent at most once per alert).
    const raised = transition.action === AlertAction.RAISED || transition.action === AlertAction.LEVEL_RAISED;
    if (raised && alert.authorId && offersSupport(alert.level, this.config.notifications.supportMessageLevel)) {
      jobs.push({ name: 'support', data: { alertId: alert.id }, opts: { jobId: `support-${alert.id}`, ...RETRIED } });
    }
    return jobs;
  }

  private alertsQueue(): Promise<TypedQueue<AlertJobs>> {
    return this.queues.queue<AlertJobs>(ALERTS_QUEUE);
  }
}
