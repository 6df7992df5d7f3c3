import type { BackendFactory, ConnectionOptions, IQueueBackend } from 'bullmq';
import { createPostgresBackend, createRedisBackend, runMigrations } from 'bullmq';
import pg from 'pg';

/** What BullMQ classes need to reach the configured backend. */
export interface QueueConnection {
  readonly backend: 'redis' | 'postgres';
  readonly factory: BackendFactory<IQueueBackend, unknown>;
  /** Options for producers (fail fast while the backend is away) and for workers (wait for it). */
  readonly producer: unknown;
  readonly consumer: unknown;
  close(): Promise<void>;
}

export function redisConnectionOptions(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
  };
}

export function redisQueueConnection(redisUrl: string): QueueConnection {
  const options = redisConnectionOptions(redisUrl);
  return {
    backend: 'redis',
    factory: createRedisBackend as BackendFactory<IQueueBackend, unknown>,
    // A producer must not buffer commands forever while Redis is down: the outbox keeps the event instead.
    producer: { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1 },
    consumer: { ...options, maxRetriesPerRequest: null },
    close: () => Promise.resolve(),
  };
}

/**
 * BullMQ's PostgreSQL backend on one shared pool. On PGlite every socket connection shares one session whose
 * search_path already includes `bullmq`; on a server the startup option pins it per connection.
 * Each worker keeps one pooled connection for LISTEN, hence the pool size.
 */
export async function postgresQueueConnection(databaseUrl: string, poolSize: number): Promise<QueueConnection> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c search_path=bullmq,public' });
  pool.on('error', () => undefined); // idle clients dropped by the server; the next checkout reconnects
  const client = await pool.connect();
  try {
    await runMigrations(client);
  } finally {
    client.release();
  }
  return {
    backend: 'postgres',
    factory: createPostgresBackend as BackendFactory<IQueueBackend, unknown>,
    producer: pool,
    consumer: pool,
    close: () => pool.end(),
  };
}
