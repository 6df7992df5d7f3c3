import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import { type IQueueBackend, type Job, type JobsOptions, Queue, Worker, type WorkerOptions } from 'bullmq';
import { Counter, Gauge } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { QUEUE_DATABASE, type QueueDatabase } from './queue-database.js';
import { Metrics } from './metrics.js';
import { postgresQueueConnection, type QueueConnection, redisQueueConnection } from './queue-connection.js';

export type BullQueue = Queue<object, unknown, string, object, unknown, string, IQueueBackend, unknown>;
export type BullWorker = Worker<object, unknown, string, IQueueBackend, number | object | string | boolean, unknown>;

/** A lib's jobs on one queue: job name → payload. */
export type JobMap = Record<string, object>;

/** A queue whose job names and payloads are checked against its lib's {@link JobMap}. */
export interface TypedQueue<J extends JobMap> {
  readonly name: string;
  add<N extends keyof J & string>(name: N, data: J[N], options?: JobsOptions): Promise<void>;
  /** Several jobs, of any of the queue's names, in one round trip. */
  addBulk(jobs: BulkJob<J>[]): Promise<void>;
  readonly raw: BullQueue;
}

export type BulkJob<J extends JobMap> = { [N in keyof J & string]: { name: N; data: J[N]; opts?: JobsOptions } }[keyof J & string];

export type TypedJob<J extends JobMap> = { [N in keyof J & string]: Job<J[N], unknown, N> }[keyof J & string];

export interface WorkerSettings {
  readonly concurrency: number;
}

/** Queue status for /health and /metrics. */
export interface QueueCounts {
  readonly queue: string;
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly failed: number;
}

/**
 * The process's BullMQ queues and workers on the configured backend: Redis, or BullMQ's PostgreSQL backend
 * on the application database (the embedded default). Everything is closed on shutdown, workers first.
 */
@Injectable()
export class QueueService implements OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger(QueueService.name);
  private connection?: Promise<QueueConnection>;
  private readonly queues = new Map<string, BullQueue>();
  private readonly workers: BullWorker[] = [];
  private readonly failures: Counter<'queue'>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QUEUE_DATABASE) private readonly endpoint: QueueDatabase,
    metrics: Metrics,
  ) {
    this.failures = new Counter({
      name: 'alongside_queue_job_failures_total',
      help: 'Job attempts that failed, per queue (a job retried three times counts three).',
      labelNames: ['queue'],
      registers: [metrics.registry],
    });
    // A scrape shows every queue it can read: one queue in trouble must not blank the others.
    const counts = (): Promise<QueueCounts[]> => this.counts({ skipUnreadable: true });
    new Gauge({
      name: 'alongside_queue_jobs',
      help: 'Jobs per queue and state, as the backend reports them.',
      labelNames: ['queue', 'state'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const c of await counts().catch(() => [])) {
          for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) this.set({ queue: c.queue, state }, c[state]);
        }
      },
    });
  }

  get backend(): 'redis' | 'postgres' {
    return this.config.queue.backend;
  }

  async queue<J extends JobMap>(name: string): Promise<TypedQueue<J>> {
    const raw = await this.rawQueue(name);
    return {
      name,
      raw,
      add: async (job, data, options) => {
        await raw.add(job, data, options);
      },
      addBulk: async (jobs) => {
        await raw.addBulk(jobs);
      },
    };
  }

  /** Starts a worker on `name`; `handle` must be idempotent (a job may be delivered more than once). */
  async work<J extends JobMap>(
    name: string,
    handle: (job: TypedJob<J>) => Promise<unknown>,
    settings: WorkerSettings,
  ): Promise<BullWorker> {
    const connection = await this.connect();
    const options: WorkerOptions<unknown> = {
      connection: connection.consumer,
      prefix: this.config.queue.prefix,
      concurrency: settings.concurrency,
      lockDuration: this.config.queue.jobLockSeconds * 1000,
      stalledInterval: this.config.queue.jobLockSeconds * 1000,
      // Over the PGlite socket a NOTIFY reaches only its sender, so an idle worker must poll (STACK.md §6).
      ...(this.endpoint.embedded && connection.backend === 'postgres' ? { drainDelay: 0.05 } : {}),
    };
    const worker: BullWorker = new Worker(name, (job: Job<object>) => handle(job as unknown as TypedJob<J>), options, connection.factory);
    worker.on('error', (error) => this.logger.warn({ err: error, queue: name }, 'queue worker error'));
    worker.on('failed', (job, error) => {
      this.failures.inc({ queue: name });
      this.logger.warn({ queue: name, jobId: job?.id, attempts: job?.attemptsMade, err: error }, 'job failed');
    });
    this.workers.push(worker);
    return worker;
  }

  /**
   * Runs `run` every `scheduler.everyMs` as `scheduler.job` jobs of a BullMQ job scheduler on queue `name`. Every
   * worker process upserts the same scheduler, so there is one schedule (updated when the period changes), not one
   * per process; the first run is at once. `run` must be idempotent.
   */
  async schedule(name: string, scheduler: { id: string; job: string; everyMs: number }, run: () => Promise<unknown>): Promise<void> {
    await this.work(name, run, { concurrency: 1 });
    const queue = await this.rawQueue(name);
    await queue.upsertJobScheduler(scheduler.id, { every: scheduler.everyMs }, {
      name: scheduler.job,
      data: {},
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { count: 100 }, removeOnFail: { age: 30 * 24 * 3600 } },
    });
  }

  /** Job counts of every queue this process uses; one that cannot be read fails the call, or is left out with `skipUnreadable`. */
  async counts(options: { skipUnreadable?: boolean } = {}): Promise<QueueCounts[]> {
    const settled = await Promise.allSettled(
      [...this.queues.values()].map(async (queue) => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
        return {
          queue: queue.name,
          waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
        };
      }),
    );
    const unreadable = settled.find((r) => r.status === 'rejected');
    if (unreadable && !options.skipUnreadable) throw unreadable.reason;
    return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  }

  /** Resolves when the backend answers a read within `timeoutMs`. */
  async ping(timeoutMs: number): Promise<void> {
    const queue = [...this.queues.values()][0] ?? (await this.rawQueue('health'));
    await withTimeout(queue.getJobCounts('failed'), timeoutMs, 'queue backend did not answer');
  }

  /** Workers stop before any module's shutdown, so no job runs on a closing database. */
  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled(this.workers.map((worker) => worker.close()));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    if (this.connection) await (await this.connection).close();
  }

  private async rawQueue(name: string): Promise<BullQueue> {
    const connection = await this.connect();
    const existing = this.queues.get(name);
    if (existing) return existing;
    const queue: BullQueue = new Queue(name, { connection: connection.producer, prefix: this.config.queue.prefix }, connection.factory);
    queue.on('error', (error: Error) => this.logger.warn({ err: error, queue: name }, 'queue error'));
    this.queues.set(name, queue);
    // A queue remembers a failed first connection for good (BullMQ's PostgreSQL backend): forget it, so that the
    // next use, by a relay retrying once the backend is back, builds it again.
    queue.waitUntilReady().catch(() => {
      if (this.queues.get(name) !== queue) return;
      this.queues.delete(name);
      void queue.close().catch(() => undefined);
    });
    return queue;
  }

  private connect(): Promise<QueueConnection> {
    this.connection ??= (async () => {
      const { backend, redisUrl, databaseUrl } = this.config.queue;
      if (backend === 'redis') return redisQueueConnection(redisUrl!);
      return postgresQueueConnection(databaseUrl ?? this.endpoint.url, this.endpoint.embedded ? 6 : 10);
    })();
    this.connection.catch(() => (this.connection = undefined));
    return this.connection;
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
