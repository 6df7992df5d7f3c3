import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { AlertAction, ALERTS_QUEUE, CrisisAlert, CrisisAlertTransition, SCAN_QUEUE, scanJobId, SupportMessage } from '@alongside/alerts';
import { QueueService } from '@alongside/queue';
import { community, CuttableProxy, eventually, exited, HIGH_TEXT, post, startWorker } from './pipeline.harness.js';
import { TestApp } from './test-app.js';

interface Backend {
  readonly name: string;
  readonly queue: 'redis' | 'postgres';
}

const serverUrl = process.env.TEST_DATABASE_URL;
const backends: Backend[] = [{ name: 'PostgreSQL queue', queue: 'postgres' }];
if (process.env.TEST_REDIS_URL) backends.unshift({ name: 'Redis queue', queue: 'redis' });

// The worker runs as a separate process against a PostgreSQL server (the embedded PGlite lives inside one process).
const suite = serverUrl ? describe.each(backends) : describe.skip.each<Backend>([{ name: 'skipped: set TEST_DATABASE_URL (a PostgreSQL server) to run', queue: 'redis' }]);

/** The raised-alert webhooks the worker delivers, by alert id. */
async function receiver(): Promise<{ server: Server; url: string; raised: (alertId: string) => number }> {
  const payloads: { event: string; alert: { id: string } }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      payloads.push(JSON.parse(body) as (typeof payloads)[number]);
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/team`,
    raised: (alertId) => payloads.filter((p) => p.event === 'raised' && p.alert.id === alertId).length,
  };
}

suite('a worker process killed in the middle of a scan ($name)', (backend: Backend) => {
  const workers: ChildProcess[] = [];
  let t: TestApp | undefined;
  let blocker: pg.Client | undefined;
  let hooks: Awaited<ReturnType<typeof receiver>> | undefined;
  let proxy: CuttableProxy | undefined;

  afterEach(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await Promise.all(workers.map(exited));
    workers.length = 0;
    await blocker?.end().catch(() => undefined);
    blocker = undefined;
    await proxy?.cut();
    proxy = undefined;
    await t?.close();
    t = undefined;
    if (hooks) await new Promise<void>((resolve) => hooks!.server.close(() => resolve()));
    hooks = undefined;
  });

  function baseEnv(): Record<string, string> {
    return {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      JWT_SECRET: randomBytes(32).toString('hex'),
      QUEUE_PREFIX: `k${randomBytes(5).toString('hex')}`,
      OUTBOX_POLL_MS: '50',
      // The killed worker's lock on the job lapses after this; the next worker's stall check then takes it back.
      JOB_LOCK_SECONDS: '2',
      RUN_WORKER: '0',
      ...(backend.queue === 'redis' ? { QUEUE_BACKEND: 'redis', REDIS_URL: process.env.TEST_REDIS_URL! } : { QUEUE_BACKEND: 'postgres' }),
    };
  }

  /** Holding a SHARE lock on the alerts table lets the scan of `postId` start but stops it at its INSERT, inside its transaction. */
  async function holdScanAtInsert(app: TestApp, body: () => Promise<string>): Promise<string> {
    blocker = new pg.Client({ connectionString: app.database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE crisis_alerts IN SHARE MODE');
    const postId = await body();
    await eventually(
      async () => {
        const [{ n }] = await app.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO crisis_alerts %'`,
        );
        return n === '1';
      },
      20_000,
      'the scan to wait at its INSERT',
    );
    return postId;
  }

  async function releaseScan(): Promise<void> {
    await blocker!.query('COMMIT');
    await blocker!.end();
    blocker = undefined;
  }

  it('leaves exactly one alert once a restarted worker picks the stalled job up', async () => {
    const env = baseEnv();
    t = await TestApp.start('postgres', env);
    const workerEnv = { ...env, DATABASE_URL: t.database.url };
    const scanQueue = await t.app.get(QueueService).queue(SCAN_QUEUE);

    const first = startWorker(workerEnv);
    workers.push(first.child);
    const c = await community(t);
    await eventually(async () => (await scanQueue.raw.getJobState(scanJobId(c.postId, 1))) === 'completed', 60_000, `the worker to run (${first.output()})`);

    const postId = await holdScanAtInsert(t, () => post(t!, c, HIGH_TEXT));
    const jobId = scanJobId(postId, 1);
    expect(await scanQueue.raw.getJobState(jobId)).toBe('active');

    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    // The dead worker's transaction is rolled back once its server session sees the socket gone.
    await releaseScan();
    expect(await t.dataSource.getRepository(CrisisAlert).countBy({ postId })).toBe(0);

    const second = startWorker(workerEnv);
    workers.push(second.child);
    await eventually(async () => (await scanQueue.raw.getJobState(jobId)) === 'completed', 60_000, `the stalled job to complete (${second.output()})`);

    const alerts = await t.dataSource.getRepository(CrisisAlert).findBy({ postId });
    expect(alerts).toHaveLength(1);
    expect(alerts[0].level).toBe('high');
    const timeline = await t.dataSource.getRepository(CrisisAlertTransition).findBy({ alertId: alerts[0].id });
    expect(timeline.map((s) => s.action)).toEqual(['RAISED']);
  }, 150_000);

  describe('an alert committed while the worker cannot reach the queue', () => {
    /**
     * A worker whose queue connection goes through a proxy, and an alert committed by it after the proxy is cut:
     * its notification and supportive message can only be queued later, by whichever worker is alive then. The cut
     * holds the worker between its commit and queueing them, so a kill lands exactly there with no hook in the product.
     */
    async function alertCommittedWithQueueAway(): Promise<{ alertId: string; worker: ReturnType<typeof startWorker>; workerEnv: Record<string, string> }> {
      hooks = await receiver();
      const env = baseEnv();
      t = await TestApp.start('postgres', env);
      const queueTarget = new URL(backend.queue === 'redis' ? process.env.TEST_REDIS_URL! : t.database.url);
      proxy = new CuttableProxy({ host: queueTarget.hostname, port: Number(queueTarget.port || (backend.queue === 'redis' ? 6379 : 5432)) });
      await proxy.open();
      queueTarget.host = `127.0.0.1:${proxy.port}`;
      const workerEnv = {
        ...env,
        DATABASE_URL: t.database.url,
        ...(backend.queue === 'redis' ? { REDIS_URL: queueTarget.toString() } : { QUEUE_DATABASE_URL: queueTarget.toString() }),
        ALERT_NOTIFIER: 'webhook',
        ALERT_WEBHOOK_URLS: hooks.url,
        ALERT_WEBHOOK_SECRET: 's'.repeat(40),
      };
      const worker = startWorker(workerEnv);
      workers.push(worker.child);
      // A worker that already queued follow-ups: its connection to the queue is established when it is cut.
      const earlier = await community(t, HIGH_TEXT);
      const earlierAlert = await eventually(() => t!.dataSource.getRepository(CrisisAlert).findOneBy({ postId: earlier.postId }), 60_000, () => `the worker to run (${worker.output().slice(-2000)})`);
      await eventually(() => Promise.resolve(hooks!.raised(earlierAlert.id) === 1), 20_000, () => `the earlier notification (${worker.output().slice(-2000)})`);
      const c = await community(t);

      const postId = await holdScanAtInsert(t, () => post(t!, c, HIGH_TEXT));
      await proxy.cut();
      await releaseScan();
      const alert = await eventually(() => t!.dataSource.getRepository(CrisisAlert).findOneBy({ postId }), 20_000, () => `the alert to commit (${worker.output().slice(-2000)})`);
      return { alertId: alert.id, worker, workerEnv };
    }

    /** Exactly one notification and one supportive message, with their jobs done: nothing more is coming. */
    async function deliveredOnce(alertId: string, output: () => string): Promise<void> {
      const queue = (await t!.app.get(QueueService).queue(ALERTS_QUEUE)).raw;
      // The relay marks a batch dispatched with its next read, a moment after queueing it: the jobs may be done first.
      const pending = async (): Promise<string> =>
        (
          await t!.dataSource.query<{ pending: string }[]>(
            `SELECT count(*) AS pending FROM outbox_events WHERE dispatched_at IS NULL AND type = 'alert.follow-up' AND payload->>'alertId' = $1`,
            [alertId],
          )
        )[0].pending;
      await eventually(
        async () =>
          hooks!.raised(alertId) > 0 &&
          (await t!.dataSource.getRepository(SupportMessage).countBy({ alertId })) > 0 &&
          (await queue.getJobState(`support-${alertId}`)) === 'completed' &&
          (await queue.getJobState(`notify-${alertId}-${await transitionId(alertId)}`)) === 'completed' &&
          (await pending()) === '0',
        30_000,
        () => `the notification and the supportive message (${output().slice(-2000)})`,
      );
      expect(hooks!.raised(alertId)).toBe(1);
      expect(await t!.dataSource.getRepository(SupportMessage).countBy({ alertId })).toBe(1);
    }

    async function transitionId(alertId: string): Promise<string> {
      return (await t!.dataSource.getRepository(CrisisAlertTransition).findOneByOrFail({ alertId, action: AlertAction.RAISED })).id;
    }

    it('delivers the notification and the supportive message once, after the worker is killed before queueing them', async () => {
      const { alertId, worker, workerEnv } = await alertCommittedWithQueueAway();
      worker.child.kill('SIGKILL');
      await exited(worker.child);
      expect(worker.child.signalCode).toBe('SIGKILL');
      expect(hooks!.raised(alertId)).toBe(0);

      await proxy!.open();
      const restarted = startWorker(workerEnv);
      workers.push(restarted.child);
      await deliveredOnce(alertId, restarted.output);
    }, 120_000);

    it('delivers them once when the queue comes back, from the same worker', async () => {
      const { alertId, worker } = await alertCommittedWithQueueAway();
      // Longer than the relay's first retries: it must keep the follow-ups, not drop them after a failure.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(hooks!.raised(alertId)).toBe(0);
      await proxy!.open();
      await deliveredOnce(alertId, worker.output);
    }, 120_000);
  });
});
