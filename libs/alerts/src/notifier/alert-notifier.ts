import { Logger } from '@nestjs/common';
import type { AlertLevel } from '../entities/alert.enums.js';
import type { AlertNotificationEvent } from '../jobs/alerts.jobs.js';

/** What a notifier hears about an alert: never the post text or who wrote it. */
export interface AlertNotification {
  readonly event: AlertNotificationEvent;
  readonly alertId: string;
  readonly level: AlertLevel;
  readonly groupId: string;
  readonly groupName: string;
  /** Where a moderator opens the alert. */
  readonly link: string;
  readonly at: Date;
}

/** The interface notifier plugins implement; the alerts context picks one by configuration. */
export abstract class AlertNotifier {
  /** Throws to have the notification retried (with backoff) by the queue. */
  abstract send(notification: AlertNotification): Promise<void>;
}

/** The safe default: a log line per notification, with ids only. */
export class LoggingNotifier extends AlertNotifier {
  private readonly logger = new Logger('AlertNotifier');

  send(notification: AlertNotification): Promise<void> {
    const { event, alertId, level, groupId, link } = notification;
    this.logger.log({ event, alertId, level, groupId, link }, `crisis alert ${event}`);
    return Promise.resolve();
  }
}
