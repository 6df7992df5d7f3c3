/* eslint-disable @typescript-eslint/no-restricted-imports -- the bench drives the API app and the Discourse double exactly as the integration tests do */
/**
 * npm run bench:discourse — signed Discourse webhooks accepted per second, and accept latency (request sent → 200
 * received), against the real app in this process (`POST /discourse/webhooks`: signature over the raw bytes, the
 * delivery and its outbox row in one statement), beside a bare node:http handler that only verifies the signature,
 * measured with the same client just before each app (the machine's load drifts; each ratio compares neighbours). Each delivery is a new post (no duplicate shortcut) on a new
 * connection (`Connection: close`, as Discourse sends it), sent by a client process of its own, as the forum is: a
 * client on the app's event loop would take the app's CPU and add its own pauses to the latencies. Beside the
 * latencies, the CPU this process spent per delivery accepted (the app's, with the worker's when in-process; the bare
 * handler's): what a delivery costs, which the machine's load moves far less than it moves the tail. The worker runs in each layout of BENCH_LAYOUTS:
 * `in-process` (as `npm start`), `separate` (its own process, as docker/ runs it; PostgreSQL only) and `none` (the API
 * alone, the deliveries left in the outbox).
 *
 * Env: BENCH_SECONDS per phase (default 5), BENCH_RATE for the fixed-rate phase (default 300/s), BENCH_CONCURRENCY for
 * the saturation phase (default 32), BENCH_LAYOUTS (default in-process,separate,none), BENCH_BACKENDS (default
 * embedded,redis; redis needs BENCH_DATABASE_URL / TEST_DATABASE_URL and BENCH_REDIS_URL / TEST_REDIS_URL, then the
 * loopback servers). Targets: ≥ 300/s, p99 ≤ 50 ms.
 * Measured figures: README, "Connect Discourse".
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import pg from 'pg';
import { Redis } from 'ioredis';
import { DISCOURSE_QUEUE, verifyWebhook } from '@alongside/discourse';
import { QueueService } from '@alongside/queue';
import { exited, type PipelineBackend, pipelineEnv, startPipelineApp, startWorker } from '../apps/api/test/pipeline.harness.js';
import type { TestApp } from '../apps/api/test/test-app.js';
import { DiscourseDouble } from '../plugins/discourse/test/discourse-double.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RATE = Number(process.env.BENCH_RATE ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SETTLE_MS = 60_000;
/** Where the worker runs: `in-process` (as `npm start`), `separate` (its own process, as docker/ runs it; PostgreSQL only), `none` (the API alone). */
type Layout = 'in-process' | 'separate' | 'none';
const LAYOUTS = (process.env.BENCH_LAYOUTS ?? 'in-process,separate,none').split(',') as Layout[];
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const TARGET_RATE = 300;
const TARGET_P99_MS = 50;
/** Set in the bench's client process: the webhook secret it signs with. */
const CLIENT_ENV = 'BENCH_DISCOURSE_CLIENT';

interface Delivery {
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** One phase for the client process: `count` deliveries from post id `firstId`, at `rate` per second, or with `concurrency` in flight when rate is null. */
interface Phase {
  readonly url: string;
  readonly firstId: number;
  readonly count: number;
  readonly rate: number | null;
  readonly concurrency: number;
}

/** What the client measured of a phase. */
interface Sent {
  sent: number;
  accepted: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

interface Row extends Sent {
  target: string;
  load: string;
  /** This process's event-loop delay p99 during the phase (the app's loop, or the bare handler's). */
  loopP99: number;
  /** This process's CPU time per delivery accepted, in ms. */
  cpuMs: number;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** Signed post_created deliveries of distinct posts, made before the clock starts. */
function deliveries(double: DiscourseDouble, count: number, firstId: number): Delivery[] {
  const template = double.addPost({ raw: 'Finished my second round today; tired but the nurses were lovely.' });
  double.posts.delete(template.id);
  return Array.from({ length: count }, (_, i) => double.delivery('post_created', { ...template, id: firstId + i, topic_id: 100_000 + ((firstId + i) % 500) }, String(firstId + i)));
}

/** One POST on a new connection; resolves to the status, or 0 on a transport error. */
function post(url: URL, delivery: Delivery): Promise<number> {
  return new Promise((resolve) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent: false, headers: { ...delivery.headers, Connection: 'close' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(delivery.body);
  });
}

/** Sends `pool` at `rate` per second (or with `concurrency` in flight when rate is null) for SECONDS. */
async function drive(url: URL, pool: Delivery[], rate: number | null, concurrency: number): Promise<Sent> {
  const latencies: number[] = [];
  let sent = 0;
  let accepted = 0;
  const begin = performance.now();
  const stopAt = begin + SECONDS * 1000;
  const one = async (delivery: Delivery): Promise<void> => {
    const at = performance.now();
    const status = await post(url, delivery);
    if (status === 200) {
      accepted++;
      latencies.push(performance.now() - at);
    }
  };
  if (rate !== null) {
    const pending: Promise<void>[] = [];
    for (let i = 0; i < pool.length && performance.now() < stopAt; i++) {
      const wait = begin + (i * 1000) / rate - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sent++;
      pending.push(one(pool[i]));
    }
    await Promise.all(pending);
  } else {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (performance.now() < stopAt && next < pool.length) {
        sent++;
        await one(pool[next++]);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
  }
  const elapsed = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return { sent, accepted, perSecond: accepted / elapsed, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: latencies.at(-1) ?? NaN };
}

/**
 * The client process: for each phase the parent sends, builds its deliveries (before the clock), answers `ready`, and
 * on `go` sends them and answers what it measured.
 */
function clientProcess(secret: string): void {
  const double = new DiscourseDouble(undefined, undefined, secret); // not started: it only signs deliveries
  let ready: { url: URL; pool: Delivery[]; phase: Phase } | undefined;
  process.on('message', (message: Phase | 'go') => {
    void (async () => {
      if (message !== 'go') {
        ready = { url: new URL(message.url), pool: deliveries(double, message.count, message.firstId), phase: message };
        process.send!('ready');
        return;
      }
      const { url, pool, phase } = ready!;
      ready = undefined;
      process.send!(await drive(url, pool, phase.rate, phase.concurrency));
    })();
  });
}

/** The client as its own OS process, run from the sources as the worker is. */
class LoadClient {
  private constructor(private readonly child: ChildProcess) {}

  static start(secret: string): LoadClient {
    const child = spawn(process.execPath, ['--import', './scripts/ts-register.mjs', 'scripts/bench-discourse.ts'], {
      cwd: new URL('../', import.meta.url),
      env: { ...process.env, [CLIENT_ENV]: secret },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new LoadClient(child);
  }

  /** One phase against `url`, with this process's event-loop delay and CPU measured while the client sends. */
  async run(target: string, url: URL, firstId: number, count: number, rate: number, concurrency: number): Promise<Row> {
    await this.ask({ url: url.toString(), firstId, count, rate: Number.isFinite(rate) ? rate : null, concurrency });
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const cpu = process.cpuUsage();
    const sent = (await this.ask('go')) as Sent;
    const used = process.cpuUsage(cpu);
    loop.disable();
    return {
      target,
      load: Number.isFinite(rate) ? `${rate}/s offered` : `${concurrency} in flight`,
      ...sent,
      loopP99: loop.percentile(99) / 1e6,
      cpuMs: (used.user + used.system) / 1000 / sent.accepted,
    };
  }

  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await exited(this.child);
  }

  private ask(message: Phase | 'go'): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const exit = (code: number | null): void => reject(new Error(`the bench client exited (${code})`));
      this.child.once('exit', exit);
      this.child.once('message', (reply) => {
        this.child.off('exit', exit);
        resolve(reply);
      });
      this.child.send(message);
    });
  }
}

/** The floor: a node:http handler that reads the body and verifies its signature, nothing else. */
async function bareHandler(secret: string): Promise<{ url: URL; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const header = req.headers['x-discourse-event-signature'];
      const ok = verifyWebhook(secret, Buffer.concat(chunks), typeof header === 'string' ? header : undefined);
      res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' });
      res.end(ok ? '{"outcome":"accepted"}' : '{"error":"BAD_SIGNATURE"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/discourse/webhooks`), server };
}

/** Both phases on one target: the target rate first (so no backlog of the other phase weighs on it), then as many as it takes. */
async function phases(client: LoadClient, target: string, url: URL, firstId: number, settle: () => Promise<void>): Promise<Row[]> {
  const fixed = await client.run(target, url, firstId + 40_000, Math.ceil(RATE * SECONDS), RATE, Infinity);
  await settle();
  const saturation = await client.run(target, url, firstId, 40_000, Infinity, CONCURRENCY);
  await settle();
  return [fixed, saturation];
}

async function benchApp(client: LoadClient, name: string, backend: PipelineBackend, layout: Layout, double: DiscourseDouble, firstId: number): Promise<Row[]> {
  const env = pipelineEnv(backend, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    OUTBOX_POLL_MS: '100',
    JOB_LOCK_SECONDS: '30',
    DISCOURSE_URL: double.url,
    DISCOURSE_API_KEY: double.apiKey,
    DISCOURSE_API_USERNAME: double.apiUsername,
    DISCOURSE_WEBHOOK_SECRET: double.webhookSecret,
    DISCOURSE_RECONCILE_SECONDS: '3600',
    RUN_WORKER: layout === 'in-process' ? '1' : '0',
  });
  const t: TestApp = await startPipelineApp(backend, env);
  // The worker as docker/ runs it: its own process (from the sources) on the same database and queue.
  const worker = layout === 'separate' ? startWorker({ ...env, DATABASE_URL: t.database.url }) : undefined;
  try {
    const queue = await t.app.get(QueueService).queue(DISCOURSE_QUEUE);
    // Each phase starts with the previous one's deliveries processed, so its backlog is not counted against it.
    const settle = async (): Promise<void> => {
      if (layout === 'none') return;
      const deadline = performance.now() + SETTLE_MS;
      while (performance.now() < deadline) {
        const c = await queue.raw.getJobCounts('waiting', 'active', 'prioritized', 'delayed');
        const [outbox] = await t.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM outbox_events WHERE dispatched_at IS NULL`);
        if ((c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0) + (c.delayed ?? 0) === 0 && outbox.n === '0') return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      console.error(`${name}: the worker did not catch up within ${SETTLE_MS / 1000} s; the next phase starts with a backlog${worker ? ` (${worker.output()})` : ''}`);
    };
    const url = new URL(`${t.baseUrl}/discourse/webhooks`);
    // Warm up (JIT, pools, prepared statements) outside the measurement.
    await client.run(`${name} warm-up`, url, firstId - 1000, 200, Infinity, 8);
    await settle();
    return await phases(client, `app, ${name}, worker ${layout}`, url, firstId, settle);
  } finally {
    if (worker) {
      worker.child.kill('SIGTERM');
      await exited(worker.child);
    }
    await t.close();
  }
}

/** PostgreSQL and Redis both answer (the Redis backend needs both). */
async function serversUp(): Promise<boolean> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2000 });
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000 });
  try {
    await Promise.all([client.connect(), redis.connect()]);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
    redis.disconnect();
  }
}

function print(rows: Row[]): void {
  const ms = (n: number): string => (Number.isNaN(n) ? '-' : n.toFixed(1));
  const header = ['target', 'load', 'sent', 'accepted', 'accepted/s', 'p50 ms', 'p99 ms', 'max ms', 'loop p99 ms', 'CPU ms/delivery'];
  const lines = rows.map((r) => [r.target, r.load, String(r.sent), String(r.accepted), r.perSecond.toFixed(0), ms(r.p50), ms(r.p99), ms(r.max), ms(r.loopP99), r.cpuMs.toFixed(2)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]): string => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
  console.log('\nthe app beside the bare handler run just before it, same load (throughput ratio app/bare; p99 ratio app/bare):');
  const bare = new Map<string, Row>();
  for (const r of rows) {
    if (r.target === 'bare handler') {
      bare.set(r.load, r);
      continue;
    }
    const floor = bare.get(r.load);
    if (!floor) continue;
    const verdict = r.load.endsWith('in flight') ? (r.perSecond >= TARGET_RATE ? 'meets' : 'misses') : r.p99 <= TARGET_P99_MS ? 'meets' : 'misses';
    const target = r.load.endsWith('in flight') ? `≥ ${TARGET_RATE}/s` : `p99 ≤ ${TARGET_P99_MS} ms`;
    console.log(
      `${r.target.padEnd(widths[0])}  ${r.load.padEnd(widths[1])}  ${(r.perSecond / floor.perSecond).toFixed(2)}× the deliveries/s, ` +
        `${(r.p99 / floor.p99).toFixed(1)}× the p99, ${(r.cpuMs / floor.cpuMs).toFixed(1)}× the CPU per delivery  (${verdict} ${target})`,
    );
  }
}

async function main(): Promise<void> {
  const wanted = (process.env.BENCH_BACKENDS ?? 'embedded,redis').split(',');
  const redisAvailable = await serversUp();
  process.env.TEST_DATABASE_URL = DATABASE_URL; // where the harness creates its throwaway databases
  process.env.TEST_REDIS_URL = REDIS_URL;
  console.log(
    `bench:discourse — ${SECONDS} s per phase: ${RATE}/s offered, then ${CONCURRENCY} deliveries in flight; ` +
      `one new post per delivery, one connection per delivery; worker layouts: ${LAYOUTS.join(', ')}`,
  );
  const double = await new DiscourseDouble().start();
  const client = LoadClient.start(double.webhookSecret);
  const rows: Row[] = [];
  try {
    const bare = await bareHandler(double.webhookSecret);
    // Measured again just before each app, so that each ratio compares two runs under the same machine load.
    let bareRun = 0;
    const floor = async (): Promise<void> => {
      rows.push(...(await phases(client, 'bare handler', bare.url, 1_000_000 + 100_000 * bareRun++, () => Promise.resolve())));
    };
    const plan: [string, PipelineBackend, boolean][] = [
      ['embedded', { name: 'PGlite + PostgreSQL queue', db: 'pglite', queue: 'postgres' }, true],
      ['redis', { name: 'PostgreSQL + Redis', db: 'postgres', queue: 'redis' }, redisAvailable],
    ];
    for (const [i, [name, backend, available]] of plan.entries()) {
      if (!wanted.includes(name)) continue;
      if (!available) {
        console.log(`${name}: skipped (PostgreSQL at ${DATABASE_URL} and Redis at ${REDIS_URL} not both reachable)`);
        continue;
      }
      for (const [j, layout] of LAYOUTS.entries()) {
        // The embedded database lives inside the API process: no other process can run the worker on it.
        if (layout === 'separate' && backend.db === 'pglite') continue;
        await floor();
        rows.push(...(await benchApp(client, name === 'redis' ? 'PostgreSQL + Redis' : 'embedded (PGlite)', backend, layout, double, 2_000_000 + i * 1_000_000 + j * 100_000)));
      }
    }
    bare.server.close();
  } finally {
    await client.stop();
    await double.stop();
  }
  print(rows);
}

const clientSecret = process.env[CLIENT_ENV];
if (clientSecret) clientProcess(clientSecret);
else {
  await main();
  process.exit(0);
}
