import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { CrisisAlert, CrisisAlertTransition, SCAN_QUEUE, scanJobId } from '@alongside/alerts';
import { QueueService } from '@alongside/queue';
import { community, eventually, exited, HIGH_TEXT, post, startWorker } from './pipeline.harness.js';
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

suite('a worker process killed in the middle of a scan ($name)', (backend: Backend) => {
  const workers: ChildProcess[] = [];
  let t: TestApp | undefined;
  let blocker: pg.Client | undefined;

  afterEach(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await Promise.all(workers.map(exited));
    await blocker?.end().catch(() => undefined);
    await t?.close();
  });

  it('leaves exactly one alert once a restarted worker picks the stalled job up', async () => {
    const env = {
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
    t = await TestApp.start('postgres', env);
    const workerEnv = { ...env, DATABASE_URL: t.database.url };
    const scanQueue = await t.app.get(QueueService).queue(SCAN_QUEUE);

    const first = startWorker(workerEnv);
    workers.push(first.child);
    const c = await community(t);
    await eventually(async () => (await scanQueue.raw.getJobState(scanJobId(c.postId, 1))) === 'completed', 20_000, `the worker to run (${first.output()})`);

    // Holding a SHARE lock on the alerts table lets the scan start but stops it at its INSERT, inside its transaction.
    blocker = new pg.Client({ connectionString: t.database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE crisis_alerts IN SHARE MODE');
    const postId = await post(t, c, HIGH_TEXT);
    const jobId = scanJobId(postId, 1);
    await eventually(
      async () => {
        const [{ n }] = await t!.dataSource.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO "crisis_alerts"%'`,
        );
        return n === '1';
      },
      20_000,
      'the scan to wait at its INSERT',
    );
    expect(await scanQueue.raw.getJobState(jobId)).toBe('active');

    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(first.child.signalCode).toBe('SIGKILL');
    // The dead worker's transaction is rolled back once its server session sees the socket gone.
    await blocker.query('COMMIT');
    await blocker.end();
    blocker = undefined;
    expect(await t.dataSource.getRepository(CrisisAlert).countBy({ postId })).toBe(0);

    const second = startWorker(workerEnv);
    workers.push(second.child);
    await eventually(async () => (await scanQueue.raw.getJobState(jobId)) === 'completed', 30_000, `the stalled job to complete (${second.output()})`);

    const alerts = await t.dataSource.getRepository(CrisisAlert).findBy({ postId });
    expect(alerts).toHaveLength(1);
    expect(alerts[0].level).toBe('high');
    const timeline = await t.dataSource.getRepository(CrisisAlertTransition).findBy({ alertId: alerts[0].id });
    expect(timeline.map((s) => s.action)).toEqual(['RAISED']);
  });
});
