/* eslint-disable @typescript-eslint/no-unsafe-return -- GraphQL responses are untyped JSON, as in the other specs */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AlertAction, ALERTS_QUEUE, CrisisAlert, CrisisAlertTransition, SupportMessage } from '@alongside/alerts';
import { verifyWebhook } from '@alongside/notifier-webhook';
import { QueueService } from '@alongside/queue';
import { alertOf, community, eventually, HIGH_TEXT, pipelineBackends, pipelineEnv, post, startPipelineApp } from './pipeline.harness.js';
import type { TestApp } from './test-app.js';

const SECRET = 'w'.repeat(40);
const SUPPORT = `{ supportMessages { id body region language emergencyNumber lines { name contact } createdAt } }`;

interface Delivery {
  readonly path: string;
  readonly status: number;
  readonly verified: boolean;
  readonly payload: { event: string; alert: { id: string; level: string }; text: string; postText?: string };
}

/** A receiver that fails the first delivery to each path with 500, to prove the queue retries it. */
async function receiver(): Promise<{ server: Server; base: string; deliveries: Delivery[] }> {
  const deliveries: Delivery[] = [];
  const failed = new Set<string>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = req.url ?? '';
      const status = failed.has(path) ? 200 : 500;
      failed.add(path);
      const verified = verifyWebhook(SECRET, {
        timestamp: req.headers['x-alongside-timestamp'] as string,
        signature: req.headers['x-alongside-signature'] as string,
      }, body);
      deliveries.push({ path, status, verified, payload: JSON.parse(body) as Delivery['payload'] });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}`, deliveries };
}

// The embedded default only: what is tested here sits above the queue backend, which the pipeline suite covers.
const [backend] = pipelineBackends();

describe(`reaching people (${backend.name})`, () => {
  let t: TestApp;
  let hooks: Awaited<ReturnType<typeof receiver>>;

  beforeAll(async () => {
    hooks = await receiver();
    t = await startPipelineApp(backend, pipelineEnv(backend, {
      ALERT_NOTIFIER: 'webhook',
      ALERT_WEBHOOK_URLS: `${hooks.base}/team`,
      ALERT_ESCALATION_WEBHOOK_URLS: `${hooks.base}/lead`,
      ALERT_WEBHOOK_SECRET: SECRET,
      ALERT_ACK_SECONDS_HIGH: '3',
      ALERT_ESCALATION_SWEEP_SECONDS: '3600',
    }));
  }, 120_000); // a first start of the embedded default, migrations included: slow on a loaded 2-core machine
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => hooks.server.close(() => resolve()));
  });

  it('signs webhooks, retries a failed one as a queued job, and tells the escalation contacts of an escalation', async () => {
    const c = await community(t);
    const postId = await post(t, c, HIGH_TEXT);
    const alert = await eventually(() => alertOf(t, c.moderator, postId), 10_000, 'the alert');
    const of = (path: string, event: string): Delivery[] =>
      hooks.deliveries.filter((d) => d.path === path && d.payload.alert.id === alert.id && d.payload.event === event);
    await eventually(() => Promise.resolve(of('/team', 'raised').some((d) => d.status === 200)), 15_000, 'the retried delivery');
    expect(of('/team', 'raised').map((d) => d.status)).toEqual([500, 200]);
    await eventually(() => Promise.resolve(of('/lead', 'escalated').some((d) => d.status === 200) && of('/team', 'escalated').length > 0), 20_000, 'the escalation');
    expect(of('/lead', 'raised')).toEqual([]);
    const all = hooks.deliveries.filter((d) => d.payload.alert.id === alert.id);
    expect(all.every((d) => d.verified)).toBe(true);
    expect(all[0].payload.text).toContain('HIGH crisis alert raised');
    expect(all.some((d) => 'postText' in d.payload || JSON.stringify(d.payload).includes('pills'))).toBe(false);
  });

  it('queues the follow-ups of an alert once when the relay delivers them twice', async () => {
    const c = await community(t);
    const postId = await post(t, c, HIGH_TEXT);
    const alert = await eventually(() => alertOf(t, c.moderator, postId), 10_000, 'the alert');
    const raised = (): Delivery[] => hooks.deliveries.filter((d) => d.path === '/team' && d.payload.alert.id === alert.id && d.payload.event === 'raised');
    await eventually(() => Promise.resolve(raised().some((d) => d.status === 200)), 15_000, 'the notification');
    const queue = (await t.app.get(QueueService).queue(ALERTS_QUEUE)).raw;
    const transition = await t.dataSource.getRepository(CrisisAlertTransition).findOneByOrFail({ alertId: alert.id, action: AlertAction.RAISED });
    const jobs = [`notify-${alert.id}-${transition.id}`, `support-${alert.id}`];
    await eventually(async () => (await Promise.all(jobs.map((id) => queue.getJobState(id)))).every((s) => s === 'completed'), 15_000, 'the follow-ups');
    const delivered = raised().length;

    // What a relay killed after queueing a batch and before marking it dispatched leaves behind.
    const followUps = `type = 'alert.follow-up' AND payload->>'alertId' = $1`;
    await t.dataSource.query(`UPDATE outbox_events SET dispatched_at = NULL WHERE ${followUps}`, [alert.id]);
    await eventually(async () => {
      const [{ pending }] = await t.dataSource.query<{ pending: string }[]>(`SELECT count(*) AS pending FROM outbox_events WHERE dispatched_at IS NULL AND ${followUps}`, [alert.id]);
      return pending === '0';
    }, 10_000, 'the relay to queue them again');
    await eventually(async () => {
      const counts = await queue.getJobCounts('waiting', 'active');
      return counts.waiting === 0 && counts.active === 0;
    }, 10_000, 'the alerts queue to be idle');
    // Queued again under the same ids, they stay the jobs that already ran.
    expect(await Promise.all(jobs.map((id) => queue.getJobState(id)))).toEqual(['completed', 'completed']);
    expect(raised()).toHaveLength(delivered);
    expect(await t.dataSource.getRepository(SupportMessage).countBy({ alertId: alert.id })).toBe(1);
  });

  it('sends the author one private supportive message with the lines of their region, once per period', async () => {
    const c = await community(t);
    await t.ok(`mutation { updateProfile(input: { region: "GB", locale: "en" }) { region } }`, {}, c.member.token);
    const first = await post(t, c, HIGH_TEXT);
    const firstAlert = await eventually(() => alertOf(t, c.moderator, first), 10_000, 'the first alert');
    const [message] = (await eventually(async () => {
      const { supportMessages } = await t.ok(SUPPORT, {}, c.member.token);
      return supportMessages.length > 0 ? supportMessages : null;
    }, 15_000, 'the supportive message')) as any[];
    expect(message).toMatchObject({ region: 'GB', language: 'en', emergencyNumber: '999' });
    // A medical emergency leads with the emergency number; otherwise the lines come first.
    if (firstAlert.categories.includes('MEDICAL_EMERGENCY')) expect(message.body.split('\n')[0]).toContain('call 999 now');
    else expect(message.body).toContain('If you are in immediate danger, call 999.');
    expect(message.body).toContain('Samaritans: call 116 123');
    expect(message.body).not.toMatch(/pills|took|high|risk/i);
    expect(message.lines.map((l: { name: string }) => l.name)).toEqual(['Samaritans', 'Shout']);

    // A second alert within the period: its support job runs, and sends nothing.
    const second = await post(t, c, HIGH_TEXT);
    await eventually(() => alertOf(t, c.moderator, second), 10_000, 'the second alert');
    const secondAlert = await t.dataSource.getRepository(CrisisAlert).findOneByOrFail({ postId: second });
    const queue = await t.app.get(QueueService).queue(ALERTS_QUEUE);
    await eventually(async () => (await queue.raw.getJobState(`support-${secondAlert.id}`)) === 'completed', 10_000, 'the second support job');
    expect((await t.ok(SUPPORT, {}, c.member.token)).supportMessages).toHaveLength(1);
    expect((await t.ok(SUPPORT, {}, c.moderator.token)).supportMessages).toEqual([]);
  });
});
