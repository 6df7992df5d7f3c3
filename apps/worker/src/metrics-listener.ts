import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { Metrics, QueueService, withTimeout } from '@alongside/queue';

const CHECK_TIMEOUT_MS = 3000;

/**
 * The worker process has no API: with WORKER_METRICS_PORT set it answers `GET /metrics` (its Prometheus registry:
 * scan latency, queue depth and failures) and `GET /health` (200, or 503 naming the dependency that is down).
 * Bind it to a private network, like the API's `/metrics`; it carries no personal data.
 */
@Injectable()
export class WorkerMetricsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsListener.name);
  private server?: Server;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
    private readonly queues: QueueService,
  ) {}

  /** The port it listens on (the one the system chose for WORKER_METRICS_PORT=0); `undefined` when off. */
  get port(): number | undefined {
    return (this.server?.address() as AddressInfo | null)?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.workerMetricsPort;
    if (port === undefined) return;
    const server = createServer((req, res) => {
      this.answer(req, res).catch((error: unknown) => {
        this.logger.error({ err: error, path: req.url }, 'metrics listener failed');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.config.server.host, () => resolve());
    });
    this.server = server;
    this.logger.log({ port: this.port, host: this.config.server.host }, 'worker metrics listening');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://worker').pathname;
    if (req.method !== 'GET' || (path !== '/metrics' && path !== '/health')) {
      res.writeHead(404).end();
      return;
    }
    if (path === '/metrics') {
      const body = await this.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(body);
      return;
    }
    const [database, queue] = await Promise.all([
      up(withTimeout(this.dataSource.query('SELECT 1'), CHECK_TIMEOUT_MS, 'the database did not answer')),
      up(this.queues.ping(CHECK_TIMEOUT_MS)),
    ]);
    const ok = database.status === 'up' && queue.status === 'up';
    res
      .writeHead(ok ? 200 : 503, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: ok ? 'ok' : 'error', details: { database, queue: { ...queue, backend: this.queues.backend } } }));
  }
}

async function up(check: Promise<unknown>): Promise<{ status: 'up' } | { status: 'down'; message: string }> {
  try {
    await check;
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', message: error instanceof Error ? error.message : 'unreachable' };
  }
}
