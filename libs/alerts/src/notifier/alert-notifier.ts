import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { AlertLevel } from '../entities/alert.enums.js';
import type { AlertNotificationEvent } from '../jobs/alerts.jobs.js';

/** What a notifier hears about an alert: never who wrote it, and the post text only when the organization turned that on. */
export interface AlertNotification {
  readonly event: AlertNotificationEvent;
  readonly alertId: string;
  readonly level: AlertLevel;
  readonly groupId: string;
  readonly groupName: string;
  /** Where a moderator opens the alert. */
  readonly link: string;
  readonly at: Date;
  /** The scanned text, only with ALERT_NOTIFY_INCLUDE_TEXT=1. */
  readonly text?: string;
}

/** The interface notifier plugins implement; the alerts context picks one by configuration (ALERT_NOTIFIER). */
export abstract class AlertNotifier {
  /**
   * Who hears of `event`, as opaque keys (addresses stay out of job data): each is delivered, and retried with
   * backoff, as its own job, so one failing address never repeats a delivery to the others.
   */
  abstract recipients(event: AlertNotificationEvent): readonly string[];

  /** Throws to have this delivery retried (with backoff) by the queue. */
  abstract send(notification: AlertNotification, recipient: string): Promise<void>;
}

/** Where a configured notifier plugin puts itself; without one the logging default is used. */
export const NOTIFIER_PLUGIN = Symbol('NOTIFIER_PLUGIN');

/** The safe default: a log line per notification, with ids only. */
export class LoggingNotifier extends AlertNotifier {
  private readonly logger = new Logger('AlertNotifier');

  recipients(): readonly string[] {
    return ['log'];
  }

  send(notification: AlertNotification): Promise<void> {
    const { event, alertId, level, groupId, link } = notification;
    this.logger.log({ event, alertId, level, groupId, link }, `crisis alert ${event}`);
    return Promise.resolve();
  }
}

/**
 * A plugin's addresses (e-mail addresses, URLs) by opaque key: those told of every alert, and the escalation
 * contacts, told of escalations too.
 */
export class RecipientBook {
  private readonly byKey = new Map<string, string>();
  private readonly told: string[];
  private readonly escalation: string[];

  constructor(told: readonly string[], escalationContacts: readonly string[]) {
    const key = (address: string): string => {
      const k = createHash('sha256').update(address).digest('hex').slice(0, 16);
      this.byKey.set(k, address);
      return k;
    };
    this.told = told.map(key);
    this.escalation = escalationContacts.map(key);
  }

  keys(event: AlertNotificationEvent): string[] {
    return event === 'escalated' ? [...new Set([...this.told, ...this.escalation])] : this.told;
  }

  /** `undefined` for a key queued before the configuration changed. */
  address(key: string): string | undefined {
    return this.byKey.get(key);
  }
}
