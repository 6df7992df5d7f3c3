import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, appendOutboxEvents, type OutboxRow } from '@alongside/platform';
import { EventBus } from '@alongside/queue';
import { AlertAction, AWAITING_ACKNOWLEDGEMENT } from '../entities/alert.enums.js';
import type { CrisisAlert } from '../entities/crisis-alert.entity.js';
import type { CrisisAlertTransition } from '../entities/crisis-alert-transition.entity.js';
import { FOLLOW_UP_EVENT, type FollowUpJob, type FollowUps } from '../jobs/alerts.jobs.js';
import { offersSupport } from '../policies/support-message.policy.js';

export const ALERT_RAISED_EVENT = 'crisisAlertRaised';
export const ALERT_UPDATED_EVENT = 'crisisAlertUpdated';

/** An alert as it crosses processes: every column but the scanned text. */
export type AlertSnapshot = Omit<CrisisAlert, 'text'>;

export interface AlertEvent {
  readonly alert: AlertSnapshot;
}

/** An alert change and its timeline entry. */
export interface AlertChange {
  readonly alert: CrisisAlert;
  readonly transition: CrisisAlertTransition;
}

/**
 * What follows an alert change. Its follow-up jobs (escalation timer, notification, the author's supportive message)
 * are outbox rows of the change's own transaction, so no process dying after the commit can lose them: the
 * follow-up relay queues them under deterministic job ids, which make a second relay harmless.
 *
 * Its real-time event is published after the commit, best effort, not through the outbox: pub/sub reaches only
 * who listens at that moment, so a durable publish would still miss a disconnected subscriber (subscribers catch up
 * from the `crisisAlerts` query, and the notification, which is durable, tells the moderators anyway), while the
 * relay's claim round trip, and from an API process its nudge hop, would sit in every post → subscriber latency.
 */
@Injectable()
export class AlertAnnouncer {
  private readonly logger = new Logger(AlertAnnouncer.name);

  constructor(
    private readonly bus: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In the changes' transaction: their follow-up jobs, one outbox row per change, in one INSERT. */
  async recordFollowUps(manager: EntityManager, changes: readonly AlertChange[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('alert follow-ups must be written in the transaction of the alert change');
    const rows = changes.flatMap((change): OutboxRow[] => {
      const followUps: FollowUps = { alertId: change.alert.id, jobs: this.followUps(change) };
      return followUps.jobs.length === 0 ? [] : [{ type: FOLLOW_UP_EVENT, dedupKey: `alert-transition:${change.transition.id}`, payload: followUps }];
    });
    await appendOutboxEvents(manager, rows);
  }

  /** After the changes committed: their real-time events (raised or updated), best effort. */
  publish(changes: readonly AlertChange[]): Promise<void> {
    const raised = changes.filter((c) => c.transition.action === AlertAction.RAISED).map((c) => c.alert);
    const updated = changes.filter((c) => c.transition.action !== AlertAction.RAISED).map((c) => c.alert);
    return this.publishEvents([
      [ALERT_RAISED_EVENT, raised],
      [ALERT_UPDATED_EVENT, updated],
    ]);
  }

  /** After a change that has no timeline entry (alerts moved to another group): `crisisAlertUpdated`, best effort. */
  publishUpdated(alerts: readonly CrisisAlert[]): Promise<void> {
    return this.publishEvents([[ALERT_UPDATED_EVENT, alerts]]);
  }

  events<T extends AlertEvent>(event: typeof ALERT_RAISED_EVENT | typeof ALERT_UPDATED_EVENT): AsyncIterableIterator<T> {
    return this.bus.iterator<T>(event);
  }

  private async publishEvents(events: [string, readonly CrisisAlert[]][]): Promise<void> {
    await Promise.all(
      events
        .filter(([, alerts]) => alerts.length > 0)
        .map(([event, alerts]) => {
          const payloads: AlertEvent[] = alerts.map((alert) => {
            const snapshot: AlertSnapshot = { ...alert };
            delete (snapshot as Partial<CrisisAlert>).text;
            return { alert: snapshot };
          });
          return this.bus.publishAll(event, payloads).catch((error: unknown) =>
            this.logger.warn({ err: error, alertIds: alerts.map((a) => a.id) }, 'could not publish the alert events; subscribers catch up from the queue'),
          );
        }),
    );
  }

  /** The escalation timer, the notification and the author's supportive message that a change calls for. */
  private followUps({ alert, transition }: AlertChange): FollowUpJob[] {
    const jobs: FollowUpJob[] = [];
    if (AWAITING_ACKNOWLEDGEMENT.includes(alert.status)) {
      const dueAt = alert.dueAt.getTime();
      jobs.push({ name: 'escalate', data: { alertId: alert.id }, jobId: `escalate-${alert.id}-${dueAt}`, dueAt });
    }
    const event = transition.action === AlertAction.RAISED ? 'raised' : transition.action === AlertAction.ESCALATED ? 'escalated' : null;
    if (event !== null) {
      jobs.push({ name: 'notify', data: { alertId: alert.id, event, transitionId: transition.id }, jobId: `notify-${alert.id}-${transition.id}` });
    }
    // Raised, or raised to a level that offers it: the author's supportive message (sent at most once per alert).
    const raised = transition.action === AlertAction.RAISED || transition.action === AlertAction.LEVEL_RAISED;
    if (raised && alert.authorId && offersSupport(alert.level, this.config.notifications.supportMessageLevel)) {
      jobs.push({ name: 'support', data: { alertId: alert.id }, jobId: `support-${alert.id}` });
    }
    return jobs;
  }
}
