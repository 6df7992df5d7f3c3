/* eslint-disable @typescript-eslint/no-restricted-imports -- the bench drives the API app exactly as the integration tests do */
/**
 * npm run bench:pipeline — end-to-end latency of the scan pipeline (post committed → `crisisAlertRaised` received by a
 * graphql-ws subscriber) and its sustained throughput, at fixed arrival rates, on each queue backend, beside a bare
 * BullMQ no-op job on the same backend in the same run. Loopback only, bounded in count and time.
 *
 * Env: BENCH_DATABASE_URL / BENCH_REDIS_URL (default TEST_DATABASE_URL / TEST_REDIS_URL, then the loopback servers),
 * BENCH_SECONDS per rate (default 4), BENCH_RATES (default 50,100,200,500), BENCH_BURST posts (default 2000),
 * BENCH_MIXED_RATES (default 100,500: posts of which one in 20 alerts), BENCH_BACKENDS (default redis,postgres,embedded),
 * BENCH_NODE_FLAGS (node flags of the worker and client processes, e.g. `--prof`; give the bench itself its own).
 * Each phase offers posts for its seconds (a burst for at most 10 s) and waits at most 15 s for the last alerts.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { DATABASE_ENDPOINT, DatabaseModule } from '@alongside/database';
import { DiscussionsModule, DiscussionsService, type Post, PostSource } from '@alongside/discussions';
import { ALL_SCOPES, type Actor, APP_CONFIG, type AppConfig, ConfigModule, loadConfig, PlatformRole } from '@alongside/platform';
import { QueueModule, QueueService, type TypedQueue } from '@alongside/queue';
import { ALERTS_QUEUE, type AlertJobs, AlertsModule, SCAN_QUEUE, type ScanJobs, scanJobId } from '@alongside/alerts';
import { community, exited, HIGH_TEXT, NONE_TEXT, type PipelineBackend, pipelineEnv, startPipelineApp, startWorker } from '../apps/api/test/pipeline.harness.js';
import type { TestApp } from '../apps/api/test/test-app.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const RATES = (process.env.BENCH_RATES ?? '50,100,200,500').split(',').map(Number);
const BURST = Number(process.env.BENCH_BURST ?? 2000);
const MIXED_RATES = (process.env.BENCH_MIXED_RATES ?? '100,500').split(',').map(Number);
const MIX = 20;
const DRAIN_MS = 15_000;
const BURST_SECONDS = 10;
const SETTLE_MS = 60_000;
const MAX_IN_FLIGHT = 64;
const TOPICS = 16;
/** Set in the bench's client process: what it needs of the app (JSON). */
const CLIENT_ENV = 'BENCH_CLIENT';
/** USER_HZ, the unit of /proc/<pid>/stat times on Linux. */
const CLOCK_TICKS = 100;
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Row {
  backend: string;
  kind: string;
  rate: string;
  sent: number;
  received: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  throughput: number;
  /** Medians (ms) of commit → queued → scan started → alert stored → event received, for the pipeline rows. */
  stages?: string;
  /** CPU ms per post sent, by process, for the pipeline rows on a server. */
  cpu?: string;
}

/** What a phase's CPU is charged to: the API, the worker, the client, the database's backends, the Redis server. */
interface CpuSources {
  readonly api: number;
  readonly worker: number;
  readonly client: number;
  readonly database: string;
  readonly redis: number;
}

/** User + system CPU ms of a process so far, from /proc (0 once it is gone). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU ms so far of the PostgreSQL backends serving `database` (they come and go; the sum is what counts). */
function cpuMsOfBackends(database: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // A backend's title: "postgres: [<cluster>: ]<user> <database> <client> <state>".
      const title = /^postgres: (?:\S+: )?\S+ (\S+) /.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      if (title?.[1] === database) total += cpuMs(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** The local Redis server's pid, or 0 (its CPU then counts as 0): the bench runs on loopback. */
function redisServerPid(): number {
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'redis-server') return Number(pid);
    } catch {
      // gone meanwhile
    }
  }
  return 0;
}

function cpuNow(sources: CpuSources): number[] {
  return [cpuMs(sources.api), cpuMs(sources.worker), cpuMs(sources.client), cpuMsOfBackends(sources.database), cpuMs(sources.redis)];
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/**
 * Offers `count` items at `rate` per second (or as fast as `MAX_IN_FLIGHT` allows when rate is Infinity); `send` resolves
 * to the item's key and start time (ms), or null for an item whose latency is not measured. `done` maps a key to its
 * completion time; `idle`, when given, says that everything sent was processed (throughput counts every item then).
 * Waits at most DRAIN_MS for stragglers.
 */
async function drive(
  label: Omit<Row, 'sent' | 'received' | 'p50' | 'p95' | 'p99' | 'max' | 'throughput'>,
  count: number,
  rate: number,
  send: (i: number) => Promise<{ key: string; at: number } | null>,
  done: Map<string, number>,
  idle?: () => Promise<boolean>,
): Promise<Row> {
  const started = new Map<string, number>();
  const begin = performance.now();
  let inFlight = 0;
  const pending: Promise<void>[] = [];
  let sent = 0;
  // Bounded in time as well as in count: a backend that cannot take the offered rate gets fewer posts, not a longer run.
  const stopAt = begin + (Number.isFinite(rate) ? (count / rate) * 1000 : BURST_SECONDS * 1000);
  for (let i = 0; i < count && performance.now() < stopAt; i++) {
    if (Number.isFinite(rate)) {
      const wait = begin + (i * 1000) / rate - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    while (inFlight >= MAX_IN_FLIGHT) await new Promise((resolve) => setImmediate(resolve));
    inFlight++;
    pending.push(
      send(i)
        .then((item) => {
          sent++;
          if (item) started.set(item.key, item.at);
        })
        .catch((error: unknown) => console.error('send failed:', error instanceof Error ? error.message : error))
        .finally(() => inFlight--),
    );
  }
  await Promise.all(pending);
  const deadline = performance.now() + DRAIN_MS;
  while ([...started.keys()].some((k) => !done.has(k)) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  let drained = NaN;
  while (idle && performance.now() < deadline) {
    if (await idle()) {
      drained = performance.now();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const latencies: number[] = [];
  let last = 0;
  for (const [key, at] of started) {
    const end = done.get(key);
    if (end === undefined) continue;
    latencies.push(end - at);
    last = Math.max(last, end);
  }
  latencies.sort((a, b) => a - b);
  return {
    ...label,
    sent: idle ? sent : started.size,
    received: idle ? (Number.isNaN(drained) ? 0 : sent) : latencies.length,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    throughput: idle ? sent / ((Math.max(last, drained) - begin) / 1000) : latencies.length / ((last - begin) / 1000),
  };
}

/** Where the time goes, from the scan jobs' own timestamps (wall clock, ms resolution), for the last 300 posts. */
async function breakdown(queue: TypedQueue<ScanJobs>, committed: Map<string, number>, received: Map<string, number>): Promise<string> {
  const parts: number[][] = [[], [], [], []];
  for (const [postId, at] of [...committed].slice(-300)) {
    const job = await queue.raw.getJob(scanJobId(postId, 1));
    const event = received.get(postId);
    if (!job?.processedOn || !job.finishedOn || event === undefined) continue;
    parts[0].push(job.timestamp - at);
    parts[1].push(job.processedOn - job.timestamp);
    parts[2].push(job.finishedOn - job.processedOn);
    parts[3].push(event - job.finishedOn);
  }
  committed.clear();
  return parts.map((p) => quantile(p.sort((x, y) => x - y), 0.5).toFixed(0)).join(' / ');
}

/** What the client needs to know of the app it loads: where to subscribe, as whom, and the topics it posts in. */
interface ClientSetup {
  readonly name: string;
  readonly wsUrl: string;
  readonly token: string;
  readonly topics: string[];
  /** Set when the API and the worker are processes of their own; the CPU spent per post is then reported. */
  readonly cpu?: Omit<CpuSources, 'api' | 'client'>;
}

/** How the client writes posts and looks at the queues: in its own process on a server, the app's on embedded. */
interface ClientPorts {
  write(topicId: string, body: string): Promise<Post>;
  readonly queues: QueueService;
}

/**
 * The load and the measure, as a client of the pipeline: posts written the way plugins write them (the same outbox
 * and pipeline, without the API's checks) and a moderator's graphql-ws subscription, with commit and receipt timed
 * on one clock.
 */
async function runClient(setup: ClientSetup, ports: ClientPorts): Promise<Row[]> {
  const { name, topics } = setup;
  const write = (topicId: string, body = HIGH_TEXT): Promise<Post> => ports.write(topicId, body);
  const rows: Row[] = [];
  const sources: CpuSources | undefined = setup.cpu && { ...setup.cpu, api: process.ppid, client: process.pid };
  // Charged from the first post to the last alert heard (the drain included): CPU ms per post, by process.
  const measured = async (phase: () => Promise<Row>): Promise<Row> => {
    const before = sources ? cpuNow(sources) : [];
    const row = await phase();
    if (sources) row.cpu = cpuNow(sources).map((ms, i) => ((ms - before[i]) / row.sent).toFixed(2)).join(' / ');
    return row;
  };
  const received = new Map<string, number>();
  const committedWall = new Map<string, number>();
  const receivedWall = new Map<string, number>();
  const client = createClient({
    url: setup.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: setup.token },
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
  });
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', () => reject(new Error('the subscription socket closed')));
  });
  const stop = client.subscribe<{ crisisAlertRaised: { post: { id: string } } }>(
    { query: 'subscription { crisisAlertRaised { id post { id } } }' },
    {
      next: ({ data, errors }) => {
        if (errors?.length) console.error('subscription event with errors:', JSON.stringify(errors).slice(0, 300));
        if (!data) return;
        received.set(data.crisisAlertRaised.post.id, performance.now());
        receivedWall.set(data.crisisAlertRaised.post.id, Date.now());
      },
      error: (error) => console.error('subscription error:', error),
      complete: () => undefined,
    },
  );
  // Measure only once an alert is known to reach the subscriber.
  const warmUp = await write(topics[0]);
  const deadline = performance.now() + 60_000;
  while (!received.has(warmUp.id)) {
    if (performance.now() > deadline) throw new Error(`${name}: the subscriber heard nothing within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  const writePost = async (i: number): Promise<{ key: string; at: number }> => {
    const created = await write(topics[i % TOPICS]);
    committedWall.set(created.id, Date.now());
    return { key: created.id, at: performance.now() }; // committed: the transaction has returned
  };
  const scanQueue = await ports.queues.queue<ScanJobs>(SCAN_QUEUE);
  // Crisis posts are rare: one in MIX alerts; latency of those, throughput of every post scanned.
  const writeMixed = async (i: number): Promise<{ key: string; at: number } | null> => {
    if (i % MIX !== 0) {
      await write(topics[i % TOPICS], NONE_TEXT);
      return null;
    }
    return writePost(i);
  };
  const idle = async (): Promise<boolean> => {
    const c = await scanQueue.raw.getJobCounts('waiting', 'active', 'prioritized');
    return (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0) === 0;
  };
  const alertsQueue = await ports.queues.queue<AlertJobs>(ALERTS_QUEUE);
  // Each phase starts on empty queues, so a backlog left by the one before is not counted against it.
  const settle = async (): Promise<void> => {
    const deadline = performance.now() + SETTLE_MS;
    while (performance.now() < deadline) {
      const c = await alertsQueue.raw.getJobCounts('waiting', 'active', 'prioritized');
      if ((await idle()) && (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.error(`${name}: the queues did not drain within ${SETTLE_MS / 1000} s; the next phase starts with a backlog`);
  };
  for (const rate of MIXED_RATES) {
    await settle();
    const row = await measured(() =>
      drive({ backend: name, kind: `mixed 1:${MIX}`, rate: `${rate}/s` }, Math.round(rate * SECONDS), rate, writeMixed, received, idle),
    );
    row.stages = await breakdown(scanQueue, committedWall, receivedWall);
    rows.push(row);
  }
  for (const rate of RATES) {
    await settle();
    const row = await measured(() => drive({ backend: name, kind: 'pipeline', rate: `${rate}/s` }, Math.round(rate * SECONDS), rate, writePost, received));
    row.stages = await breakdown(scanQueue, committedWall, receivedWall);
    rows.push(row);
  }
  await settle();
  const burst = await measured(() => drive({ backend: name, kind: 'pipeline', rate: `burst ${BURST}` }, BURST, Infinity, writePost, received));
  burst.stages = await breakdown(scanQueue, committedWall, receivedWall);
  rows.push(burst);

  await settle();
  stop();
  await client.dispose();
  return rows;
}

/** The client's own process: the libs it writes through, on the app's database and queue, and nothing else. */
@Module({})
class BenchClientModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: BenchClientModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forRoot(DATABASE_ENDPOINT), AlertsModule, DiscussionsModule],
    };
  }
}

/** In the child: boots the client's module, runs the phases, hands the rows to the parent. */
async function clientProcess(setup: ClientSetup): Promise<void> {
  const app = await NestFactory.createApplicationContext(BenchClientModule.register(loadConfig(process.env)), { logger: ['error', 'warn'] });
  try {
    const dataSource = app.get(DataSource);
    const discussions = app.get(DiscussionsService);
    const rows = await runClient(setup, {
      write: (topicId, body) =>
        dataSource.transaction((manager) => discussions.writeExternalPost(manager, { topic: { id: topicId }, body, source: PostSource.DISCOURSE })),
      queues: app.get(QueueService),
    });
    await new Promise<void>((resolve, reject) => process.send!(rows, (error: Error | null) => (error ? reject(error) : resolve())));
  } finally {
    await app.close();
  }
}

/** BENCH_NODE_FLAGS (space-separated) for the worker and the client processes, e.g. `--prof` to profile them. */
function nodeFlags(): string[] {
  return (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter((flag) => flag !== '');
}

/** The client as its own OS process, run from the sources as the worker is; resolves to its rows. */
function spawnClient(setup: ClientSetup, env: Record<string, string>): Promise<Row[]> {
  const child = spawn(process.execPath, [...nodeFlags(), '--import', './scripts/ts-register.mjs', 'scripts/bench-pipeline.ts'], {
    cwd: new URL('../', import.meta.url),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('BENCH_'))),
      ...env,
      [CLIENT_ENV]: JSON.stringify(setup),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (rows) => resolve(rows as Row[]));
    child.once('exit', (code) => reject(new Error(`${setup.name}: the bench client exited (${code}) without its figures`)));
  });
}

async function benchBackend(name: string, backend: PipelineBackend): Promise<Row[]> {
  const env = pipelineEnv(backend, {
    JOB_LOCK_SECONDS: '30',
    OUTBOX_POLL_MS: '100',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    // No alert of the run escalates while it runs: escalations would load the later phases.
    ALERT_ACK_SECONDS_HIGH: '3600',
    ALERT_ACK_SECONDS_MEDIUM: '3600',
    ...(process.env.SCAN_CONCURRENCY ? { SCAN_CONCURRENCY: process.env.SCAN_CONCURRENCY } : {}),
  });
  // As deployed: on a server the worker is its own process (the API hosts the subscriber), and so is the client that
  // writes and subscribes, so that the API's CPU is the pipeline's; embedded is one process, its database in-process.
  const separate = backend.db === 'postgres';
  const t: TestApp = await startPipelineApp(backend, separate ? { ...env, RUN_WORKER: '0' } : env);
  const processEnv = { ...env, RUN_WORKER: '0', DATABASE_URL: t.database.url, NODE_ENV: 'test' };
  const worker = separate ? startWorker(processEnv, nodeFlags()) : undefined;
  const rows: Row[] = [];
  try {
    const c = await community(t);
    const discussions = t.app.get(DiscussionsService);
    const actor: Actor = { userId: c.member.id, platformRole: PlatformRole.MEMBER, scopes: new Set(ALL_SCOPES) };
    const topics = [c.topicId];
    for (let i = 1; i < TOPICS; i++) topics.push((await discussions.createTopic(actor, c.groupId, `Topic ${i}`, 'Hello')).topic.id);
    const cpu = worker?.child.pid
      ? { worker: worker.child.pid, database: new URL(t.database.url).pathname.slice(1), redis: backend.queue === 'redis' ? redisServerPid() : 0 }
      : undefined;
    const setup: ClientSetup = { name, wsUrl: `${t.baseUrl.replace('http', 'ws')}/graphql`, token: c.moderator.token, topics, cpu };
    try {
      rows.push(
        ...(separate
          ? await spawnClient(setup, processEnv)
          : await runClient(setup, {
              write: (topicId, body) =>
                t.dataSource.transaction((manager) =>
                  discussions.writeExternalPost(manager, { topic: { id: topicId }, body, source: PostSource.DISCOURSE }),
                ),
              queues: t.app.get(QueueService),
            })),
      );
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}. ${worker?.output() ?? ''}`, { cause: error });
    }

    // The floor: a bare BullMQ job doing nothing, added → completed, on the same backend, connection and process.
    const queues = t.app.get(QueueService);
    const noop = await queues.queue<{ noop: { n: number } }>(`bench-noop-${randomBytes(3).toString('hex')}`);
    const completed = new Map<string, number>();
    const noopWorker = await queues.work(noop.name, () => Promise.resolve(), { concurrency: t.app.get<AppConfig>(APP_CONFIG).alerts.scanConcurrency });
    noopWorker.on('completed', (job: Job) => completed.set(job.id!, performance.now()));
    const addJob = async (i: number): Promise<{ key: string; at: number }> => {
      const at = performance.now();
      await noop.add('noop', { n: i }, { jobId: `n${i}`, removeOnComplete: true });
      return { key: `n${i}`, at };
    };
    let offset = 0;
    const shifted = (i: number): Promise<{ key: string; at: number }> => addJob(offset + i);
    for (const rate of RATES) {
      const count = Math.round(rate * SECONDS);
      rows.push(await drive({ backend: name, kind: 'no-op job', rate: `${rate}/s` }, count, rate, shifted, completed));
      offset += count;
    }
    rows.push(await drive({ backend: name, kind: 'no-op job', rate: `burst ${BURST}` }, BURST, Infinity, shifted, completed));
    await noopWorker.close();
    await noop.raw.obliterate({ force: true }).catch(() => undefined);
  } finally {
    worker?.child.kill('SIGTERM');
    if (worker) await exited(worker.child);
    await t.close();
  }
  return rows;
}

async function reachable(check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch {
    return false;
  }
}

function print(rows: Row[]): void {
  const ms = (n: number): string => (Number.isNaN(n) ? '-' : n.toFixed(1));
  const header = ['backend', 'kind', 'arrivals', 'sent', 'recv', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'done/s'];
  const lines = rows.map((r) => [r.backend, r.kind, r.rate, String(r.sent), String(r.received), ms(r.p50), ms(r.p95), ms(r.p99), ms(r.max), r.throughput.toFixed(0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]): string => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  console.log('\nmedian ms per stage: commit → queued / queued → scan starts / scan (alert stored) / stored → event received');
  for (const r of rows) if (r.stages) console.log(`${r.backend.padEnd(10)}  ${r.kind.padEnd(10)}  ${r.rate.padEnd(10)}  ${r.stages}`);
  console.log('\nCPU ms per post sent: API / worker / client / PostgreSQL (the bench database\'s backends) / Redis (the server, shared)');
  for (const r of rows) if (r.cpu) console.log(`${r.backend.padEnd(10)}  ${r.kind.padEnd(10)}  ${r.rate.padEnd(10)}  ${r.cpu}`);
}

async function main(): Promise<void> {
  const wanted = (process.env.BENCH_BACKENDS ?? 'redis,postgres,embedded').split(',');
  const serverUp = await reachable(async () => {
    const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2000 });
    await client.connect();
    await client.end();
  });
  const redisUp = await reachable(async () => {
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000 });
    await redis.connect();
    await redis.quit();
  });
  process.env.TEST_DATABASE_URL = DATABASE_URL; // where the harness creates its throwaway databases
  process.env.TEST_REDIS_URL = REDIS_URL;
  const plan: [string, PipelineBackend, boolean][] = [
    ['Redis', { name: 'PostgreSQL + Redis', db: 'postgres', queue: 'redis' }, serverUp && redisUp],
    ['PostgreSQL', { name: 'PostgreSQL + PostgreSQL queue', db: 'postgres', queue: 'postgres' }, serverUp],
    ['embedded', { name: 'PGlite + PostgreSQL queue', db: 'pglite', queue: 'postgres' }, true],
  ];
  const keys = ['redis', 'postgres', 'embedded'];
  console.log(`bench:pipeline — ${SECONDS} s per rate, rates ${RATES.join(', ')} posts/s, burst ${BURST}; posts written through the outbox and the alerts heard by a client process, and the worker a process of its own, on a server; one process on embedded`);
  const rows: Row[] = [];
  for (const [i, [name, backend, available]] of plan.entries()) {
    if (!wanted.includes(keys[i])) continue;
    if (!available) {
      console.log(`skipped ${name}: its server is not reachable on loopback`);
      continue;
    }
    const started = performance.now();
    rows.push(...(await benchBackend(name, backend)));
    console.error(`${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  print(rows);
}

const clientSetup = process.env[CLIENT_ENV];
if (clientSetup) await clientProcess(JSON.parse(clientSetup) as ClientSetup);
else await main();
process.exit(0);
