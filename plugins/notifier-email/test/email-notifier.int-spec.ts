import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SMTPServer } from 'smtp-server';
import type { AlertNotification } from '@alongside/alerts';
import { EmailNotifier } from '@alongside/notifier-email';

interface Received {
  readonly from: string;
  readonly to: string[];
  readonly data: string;
}

const NOTIFICATION: AlertNotification = {
  event: 'escalated',
  alertId: '4f1c2b9e-0000-4000-8000-000000000001',
  level: 'high',
  groupId: '4f1c2b9e-0000-4000-8000-000000000002',
  groupName: 'Young adults with cancer',
  link: 'https://alongside.test/alerts/4f1c2b9e-0000-4000-8000-000000000001',
  at: new Date('2026-11-26T10:00:00.000Z'),
};

describe('the e-mail notifier against a local SMTP server', () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          const envelope = session.envelope;
          received.push({
            from: envelope.mailFrom ? envelope.mailFrom.address : '',
            to: envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const notifier = (): EmailNotifier =>
    new EmailNotifier({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Alongside <alerts@alongside.test>',
      to: ['team@org.test'],
      escalationTo: ['lead@org.test', 'team@org.test'],
    });

  it('tells the team of a raised alert, and the escalation contacts too of an escalation', () => {
    const n = notifier();
    expect(n.recipients('raised')).toHaveLength(1);
    expect(n.recipients('escalated')).toHaveLength(2);
    expect(n.recipients('escalated').join()).not.toContain('@');
    n.close();
  });

  it('sends level, group, link and time, never the post text unless it is turned on', async () => {
    const n = notifier();
    received.length = 0;
    for (const key of n.recipients('escalated')) await n.send(NOTIFICATION, key);
    await n.send({ ...NOTIFICATION, event: 'raised', text: 'the words of the post' }, n.recipients('raised')[0]);
    n.close();
    expect(received.map((r) => r.to)).toEqual([['team@org.test'], ['lead@org.test'], ['team@org.test']]);
    expect(received[0].from).toBe('alerts@alongside.test');
    const first = received[0].data.replace(/=\r?\n/g, '').replace(/\r?\n(?=[ \t])/g, '');
    expect(first).toContain('Subject: [Alongside] HIGH crisis alert escalated in Young adults with cancer');
    expect(first).toContain(NOTIFICATION.link);
    expect(first).toContain('2026-11-26T10:00:00.000Z');
    expect(first).not.toContain('Post text');
    expect(received[2].data.replace(/=\r?\n/g, '')).toContain('the words of the post');
  });

  it('throws when the server refuses, so that the queue retries', async () => {
    const n = new EmailNotifier({ smtpUrl: 'smtp://127.0.0.1:1', from: 'alerts@alongside.test', to: ['team@org.test'], escalationTo: [] });
    await expect(n.send(NOTIFICATION, n.recipients('raised')[0])).rejects.toThrow();
    n.close();
  });
});
