import { createHmac, timingSafeEqual } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { type AlertNotification, AlertNotifier, type AlertNotificationEvent, RecipientBook } from '@alongside/alerts';
import type { NotificationsConfig } from '@alongside/platform';

export type WebhookSettings = NonNullable<NotificationsConfig['webhook']>;

export const SIGNATURE_HEADER = 'X-Alongside-Signature';
export const TIMESTAMP_HEADER = 'X-Alongside-Timestamp';
/** A receiver refuses deliveries signed longer ago than this (replays). */
export const MAX_SIGNATURE_AGE_SECONDS = 300;
const TIMEOUT_MS = 10_000;

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver checks: the signature over the exact body bytes, and a timestamp within the allowed age. */
export function verifyWebhook(secret: string, headers: { timestamp?: string; signature?: string }, body: string, now = Date.now()): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > MAX_SIGNATURE_AGE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The JSON body: Slack-compatible `text`, and the same facts as fields. */
export function webhookPayload(n: AlertNotification): Record<string, unknown> {
  const level = n.level.toUpperCase();
  const verb = n.event === 'escalated' ? 'escalated (not acknowledged in time)' : 'raised';
  return {
    text: `${level} crisis alert ${verb} in ${n.groupName}: <${n.link}|open it> (${n.at.toISOString()})`,
    event: n.event,
    alert: { id: n.alertId, level: n.level, link: n.link, at: n.at.toISOString() },
    group: { id: n.groupId, name: n.groupName },
    ...(n.text === undefined ? {} : { postText: n.text }),
  };
}

/** ALERT_NOTIFIER=webhook: a signed JSON POST per URL; anything but a 2xx throws, and the queue retries it. */
export class WebhookNotifier extends AlertNotifier {
  private readonly logger = new Logger(WebhookNotifier.name);
  private readonly book: RecipientBook;

  constructor(private readonly settings: WebhookSettings) {
    super();
    this.book = new RecipientBook(settings.urls, settings.escalationUrls);
  }

  recipients(event: AlertNotificationEvent): readonly string[] {
    return this.book.keys(event);
  }

  async send(notification: AlertNotification, recipient: string): Promise<void> {
    const url = this.book.address(recipient);
    if (!url) {
      this.logger.warn({ alertId: notification.alertId, recipient }, 'no such recipient any more; notification dropped');
      return;
    }
    const body = JSON.stringify(webhookPayload(notification));
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Alongside',
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(this.settings.secret, timestamp, body),
      },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    // The URL stays out of the message: it may carry a token (Slack's do).
    if (!response.ok) throw new Error(`webhook ${recipient} answered ${response.status}`);
  }
}
