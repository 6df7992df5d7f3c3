import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AlertNotification } from '@alongside/alerts';
import { signWebhook, verifyWebhook, WebhookNotifier } from '@alongside/notifier-webhook';

const SECRET = 's'.repeat(40);
const NOTIFICATION: AlertNotification = {
  event: 'raised',
  alertId: '4f1c2b9e-0000-4000-8000-000000000001',
  level: 'medium',
  groupId: '4f1c2b9e-0000-4000-8000-000000000002',
  groupName: 'Carers',
  link: 'https://alongside.test/alerts/4f1c2b9e-0000-4000-8000-000000000001',
  at: new Date('2026-11-26T10:00:00.000Z'),
};

describe('the webhook notifier', () => {
  const deliveries: { headers: IncomingHttpHeaders; body: string }[] = [];
  let status = 200;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, body });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('POSTs Slack-compatible JSON signed over "<timestamp>.<body>"', async () => {
    const notifier = new WebhookNotifier({ urls: [`${base}/team`], escalationUrls: [], secret: SECRET });
    deliveries.length = 0;
    await notifier.send(NOTIFICATION, notifier.recipients('raised')[0]);
    const [{ headers, body }] = deliveries;
    const timestamp = headers['x-alongside-timestamp'] as string;
    expect(headers['x-alongside-signature']).toBe(signWebhook(SECRET, Number(timestamp), body));
    expect(verifyWebhook(SECRET, { timestamp, signature: headers['x-alongside-signature'] as string }, body)).toBe(true);
    const payload = JSON.parse(body) as Record<string, any>;
    expect(payload.text).toBe(`MEDIUM crisis alert raised in Carers: <${NOTIFICATION.link}|open it> (2026-11-26T10:00:00.000Z)`);
    expect(payload).toMatchObject({ event: 'raised', alert: { id: NOTIFICATION.alertId, level: 'medium' }, group: { name: 'Carers' } });
    expect(payload).not.toHaveProperty('postText');
  });

  it('refuses a replayed, stale or altered delivery', () => {
    const now = Date.now();
    const timestamp = Math.floor(now / 1000) - 3600;
    const signature = signWebhook(SECRET, timestamp, '{}');
    expect(verifyWebhook(SECRET, { timestamp: String(timestamp), signature }, '{}', now)).toBe(false);
    const fresh = Math.floor(now / 1000);
    expect(verifyWebhook(SECRET, { timestamp: String(fresh), signature: signWebhook(SECRET, fresh, '{}') }, '{"x":1}', now)).toBe(false);
    expect(verifyWebhook('t'.repeat(40), { timestamp: String(fresh), signature: signWebhook(SECRET, fresh, '{}') }, '{}', now)).toBe(false);
  });

  it('throws on anything but a 2xx, so that the queue retries, without the URL in the message', async () => {
    const notifier = new WebhookNotifier({ urls: [`${base}/secret-token`], escalationUrls: [], secret: SECRET });
    status = 503;
    try {
      await expect(notifier.send(NOTIFICATION, notifier.recipients('raised')[0])).rejects.toThrow(/answered 503/);
      await expect(notifier.send(NOTIFICATION, notifier.recipients('raised')[0])).rejects.not.toThrow(/secret-token/);
    } finally {
      status = 200;
    }
  });
});
