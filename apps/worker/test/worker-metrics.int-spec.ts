import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '@alongside/platform';
import { community, eventually, HIGH_TEXT, type PipelineBackend, pipelineBackends, post } from '../../api/test/pipeline.harness.js';
import { TestApp } from '../../api/test/test-app.js';
import { WorkerMetricsListener } from '../src/metrics-listener.js';
import { WorkerModule } from '../src/worker.module.js';

describe.each(pipelineBackends())('the worker process: /metrics and /health ($name)', (backend: PipelineBackend) => {
  let t: TestApp | undefined;
  let worker: INestApplicationContext | undefined;

  afterEach(async () => {
    await worker?.close();
    await t?.close();
  });

  it('serves the scan-latency histogram once it scanned a post, and its health', async () => {
    const env = {
      RUN_WORKER: '0',
      QUEUE_PREFIX: `m${randomBytes(5).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('hex'),
      OUTBOX_POLL_MS: '50',
      ...(backend.queue === 'redis' ? { QUEUE_BACKEND: 'redis', REDIS_URL: process.env.TEST_REDIS_URL! } : { QUEUE_BACKEND: 'postgres' }),
    };
    t = await TestApp.start(backend.db, env);
    // The worker as `npm run start:worker` boots it: its own application context, no HTTP server of Nest's.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env, DATABASE_URL: t.database.url, WORKER_METRICS_PORT: '0' });
    worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
    await worker.init();
    const port = worker.get(WorkerMetricsListener).port;
    expect(port).toEqual(expect.any(Number));
    const base = `http://127.0.0.1:${port}`;

    const scanned = /^alongside_scan_latency_seconds_count\{outcome="raised"\} 1$/m;
    expect(await (await fetch(`${base}/metrics`)).text()).not.toMatch(scanned);
    const c = await community(t);
    await post(t, c, HIGH_TEXT);
    // The queue gauge is read from the backend at each scrape, so a scrape during a slow read may lack it: as
    // Prometheus does, scrape again.
    const queueGauge = /^alongside_queue_jobs\{queue="crisis-scan",state="waiting"\} \d+$/m;
    const metrics = await eventually(async () => {
      const text = await (await fetch(`${base}/metrics`)).text();
      return scanned.test(text) && queueGauge.test(text) ? text : null;
    }, 30_000, 'the scan to be measured and the scan queue to be counted');
    expect(metrics).toMatch(/^alongside_scan_latency_seconds_bucket\{le="60",outcome="raised"\} 1$/m);
    expect(metrics).toMatch(queueGauge);

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', details: { database: { status: 'up' }, queue: { status: 'up', backend: backend.queue } } });
    expect((await fetch(`${base}/graphql`)).status).toBe(404);

    await worker.close();
    worker = undefined;
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  }, 60_000);
});
