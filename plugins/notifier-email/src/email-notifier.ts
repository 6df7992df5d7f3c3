import { Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { type AlertNotification, AlertNotifier, type AlertNotificationEvent, RecipientBook } from '@alongside/alerts';
import type { NotificationsConfig } from '@alongside/platform';

export type EmailSettings = NonNullable<NotificationsConfig['email']>;

/** A plain-text e-mail per recipient: level, group, link and time (the post text only when turned on). */
export function alertEmail(n: AlertNotification): { subject: string; text: string } {
  const level = n.level.toUpperCase();
  const what = n.event === 'escalated' ? 'escalated: nobody acknowledged it in time' : 'raised';
  const subject = `[Alongside] ${level} crisis alert ${n.event === 'escalated' ? 'escalated' : 'raised'} in ${n.groupName}`;
  const text = [
    `A ${level} crisis alert was ${what}, in ${n.groupName}.`,
    `Open it: ${n.link}`,
    `Time: ${n.at.toISOString()}`,
    ...(n.text === undefined ? [] : ['', 'Post text (your organization chose to include it):', n.text]),
  ].join('\n');
  return { subject, text };
}

/** ALERT_NOTIFIER=email: nodemailer over SMTP. A refused or failed send throws, and the queue retries it. */
export class EmailNotifier extends AlertNotifier {
  private readonly logger = new Logger(EmailNotifier.name);
  private readonly book: RecipientBook;
  private readonly transport: Transporter;

  constructor(private readonly settings: EmailSettings) {
    super();
    this.book = new RecipientBook(settings.to, settings.escalationTo);
    this.transport = nodemailer.createTransport(settings.smtpUrl);
  }

  recipients(event: AlertNotificationEvent): readonly string[] {
    return this.book.keys(event);
  }

  async send(notification: AlertNotification, recipient: string): Promise<void> {
    const to = this.book.address(recipient);
    if (!to) {
      this.logger.warn({ alertId: notification.alertId, recipient }, 'no such recipient any more; notification dropped');
      return;
    }
    await this.transport.sendMail({ from: this.settings.from, to, ...alertEmail(notification) });
  }

  close(): void {
    this.transport.close();
  }
}
