/* eslint-disable @typescript-eslint/no-unsafe-return -- GraphQL responses are untyped JSON, as in the other specs */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CrisisAlert, SCAN_QUEUE, scanJobId, ScanService } from '@alongside/alerts';
import { APP_CONFIG, type AppConfig, OutboxEvent, PlatformRole } from '@alongside/platform';
import { QueueService } from '@alongside/queue';
import { IsNull } from 'typeorm';
import {
  alertOf,
  community,
  CuttableProxy,
  eventually,
  HIGH_TEXT,
  NONE_TEXT,
  pipelineBackends,
  pipelineEnv,
  post,
  startPipelineApp,
} from './pipeline.harness.js';
import type { TestApp } from './test-app.js';

const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id revision } }`;
const LOW_TEXT = 'Everyone would be better off without me';

describe.each(pipelineBackends())('scan pipeline ($name)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startPipelineApp(backend, pipelineEnv(backend));
  }, 120_000); // a first start of the embedded default, migrations included: slow on a loaded 2-core machine
  afterAll(() => t.close());

  const alertsOf = (postId: string): Promise<CrisisAlert[]> => t.dataSource.getRepository(CrisisAlert).findBy({ postId });

  it('makes one alert of a job delivered twice, in parallel and again later', async () => {
    const c = await community(t);
    const postId = await post(t, c, HIGH_TEXT);
    await eventually(async () => (await alertsOf(postId)).length === 1, 10_000, 'the alert');
    const scans = t.app.get(ScanService);
    expect(await Promise.all([scans.scan(postId, 1), scans.scan(postId, 1)])).toEqual(['ignored', 'ignored']);
    // The same job under another id (the relay's dedup lost), through the queue.
    const queue = await t.app.get(QueueService).queue(SCAN_QUEUE);
    await queue.add('scan', { postId, revision: 1 }, { jobId: `again-${postId}` });
    await eventually(async () => (await queue.raw.getJobState(`again-${postId}`)) === 'completed', 10_000, 'the second job');
    expect(await alertsOf(postId)).toHaveLength(1);
  });

  it('scans a batch with a poisoned post: the others are alerted, the poisoned one fails alone, retries and is listed as failed', async () => {
    const c = await community(t);
    const admin = await t.user(PlatformRole.ADMIN);
    const marker = `poison${Date.now()}`;
    // A real failure of the database for one post only: its alert cannot be inserted.
    await t.dataSource.query(
      `CREATE OR REPLACE FUNCTION test_poison_alert() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN IF NEW.text LIKE '%${marker}%' THEN RAISE EXCEPTION 'poisoned post'; END IF; RETURN NEW; END $$`,
    );
    await t.dataSource.query(`CREATE TRIGGER test_poison_alert BEFORE INSERT ON crisis_alerts FOR EACH ROW EXECUTE FUNCTION test_poison_alert()`);
    const queue = await t.app.get(QueueService).queue(SCAN_QUEUE);
    try {
      // The worker leaves the jobs alone while the batch is scanned here, so the batch is exactly these three.
      await queue.raw.pause();
      const [first, poisoned, last] = [await post(t, c, HIGH_TEXT), await post(t, c, `${HIGH_TEXT} ${marker}`), await post(t, c, HIGH_TEXT)];
      const outcomes = await t.app.get(ScanService).scanAll([first, poisoned, last].map((postId) => ({ postId, revision: 1 })));
      expect(outcomes.map((o) => (o.ok ? o.value : 'failed'))).toEqual(['raised', 'failed', 'raised']);
      expect(String((outcomes[1] as { error: unknown }).error)).toContain('poisoned post');
      expect((await alertsOf(first)).map((a) => a.level)).toEqual(['high']);
      expect(await alertsOf(poisoned)).toEqual([]);
      expect((await alertsOf(last)).map((a) => a.level)).toEqual(['high']);

      // Through the queue: the others' jobs change nothing more, the poisoned one is retried and then listed.
      await queue.raw.resume();
      const listed = await eventually(async () => {
        const { failedJobs } = await t.ok(`{ failedJobs(queue: SCAN) { id attemptsMade failedReason } }`, {}, admin.token);
        return (failedJobs as { id: string; attemptsMade: number; failedReason: string }[]).find((j) => j.id === scanJobId(poisoned, 1));
      }, 30_000, 'the poisoned job in the failed list');
      expect(listed).toMatchObject({ attemptsMade: t.app.get<AppConfig>(APP_CONFIG).alerts.scanAttempts, failedReason: 'poisoned post' });
      for (const postId of [first, last]) expect(await queue.raw.getJobState(scanJobId(postId, 1))).toBe('completed');
      expect((await alertsOf(first)).length + (await alertsOf(last)).length).toBe(2);
      expect(await alertsOf(poisoned)).toEqual([]);
    } finally {
      await queue.raw.resume();
      await t.dataSource.query(`DROP TRIGGER test_poison_alert ON crisis_alerts`);
    }
  }, 60_000);

  it('rescans an edit: a higher level updates the open alert, a lower one never closes it', async () => {
    const c = await community(t);
    const postId = await post(t, c, LOW_TEXT);
    const low = await eventually(() => alertOf(t, c.moderator, postId), 10_000, 'the low alert');
    expect(low.level).toBe('LOW');
    await t.ok(EDIT, { input: { postId, body: HIGH_TEXT } }, c.member.token);
    await eventually(async () => (await alertOf(t, c.moderator, postId))?.level === 'HIGH', 10_000, 'the raised level');
    await t.ok(EDIT, { input: { postId, body: NONE_TEXT } }, c.member.token);
    const noted = await eventually<any>(async () => {
      const a = await alertOf(t, c.moderator, postId);
      return a.timeline.length === 3 ? a : null;
    }, 10_000, 'the rescan note');
    expect(noted).toMatchObject({ id: low.id, level: 'HIGH', status: 'OPEN' });
    expect(noted.timeline.map((s: { action: string }) => s.action)).toEqual(['RAISED', 'LEVEL_RAISED', 'RESCANNED']);
    expect(await alertsOf(postId)).toHaveLength(1);
  });
});

describe.each(pipelineBackends())('escalation and outages across restarts ($name)', (backend) => {
  it('escalates an unacknowledged alert at its due time, even when every process restarted meanwhile', async () => {
    const env = pipelineEnv(backend, { ALERT_ACK_SECONDS_HIGH: '2', ALERT_ESCALATION_SWEEP_SECONDS: '3600' });
    let t = await startPipelineApp(backend, env);
    const database = t.database;
    try {
      const c = await community(t);
      const postId = await post(t, c, HIGH_TEXT);
      const alert = await eventually(() => alertOf(t, c.moderator, postId), 20_000, 'the alert');
      expect(alert.status).toBe('OPEN');
      await t.app.close();
      t = await startPipelineApp(backend, env, database);
      const escalated = await eventually<any>(async () => {
        const a = await alertOf(t, c.moderator, postId);
        return a?.status === 'ESCALATED' ? a : null;
      }, 30_000, 'the escalation');
      expect(escalated.overdue).toBe(true);
      expect(escalated.timeline.map((s: { action: string }) => s.action)).toEqual(['RAISED', 'ESCALATED']);
      const { crisisAlerts } = await t.ok(`{ crisisAlerts(first: 1) { edges { node { id } } } }`, {}, c.moderator.token);
      expect(crisisAlerts.edges[0].node.id).toBe(alert.id);
    } finally {
      await t.close();
    }
  }, 120_000); // two full app starts and two deadlines: generous on a loaded 2-core machine

  // On the PostgreSQL backend the queue is the database itself: when it is away, no post is saved either.
  (backend.queue === 'redis' ? it : it.skip)('saves posts while Redis is unreachable, and scans every one once it returns', async () => {
    const proxy = new CuttableProxy(hostPort(process.env.TEST_REDIS_URL!));
    await proxy.open();
    const redisUrl = `redis://127.0.0.1:${proxy.port}`;
    const t = await startPipelineApp(backend, pipelineEnv(backend, { REDIS_URL: redisUrl }));
    try {
      const c = await community(t);
      await proxy.cut();
      const postIds: string[] = [];
      for (let i = 0; i < 3; i++) postIds.push(await post(t, c, HIGH_TEXT));
      const pending = await t.dataSource.getRepository(OutboxEvent).countBy({ dispatchedAt: IsNull() });
      expect(pending).toBeGreaterThanOrEqual(3);
      await proxy.open();
      await eventually(async () => (await Promise.all(postIds.map((id) => alertOf(t, c.moderator, id)))).every(Boolean), 20_000, 'every alert');
    } finally {
      await t.close();
      await proxy.cut();
    }
  });
});

function hostPort(url: string): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 6379) };
}
