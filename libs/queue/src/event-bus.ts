import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { QUEUE_DATABASE, type QueueDatabase } from './queue-database.js';
import { NotifyPubSub, pgliteChannel, postgresChannel } from './notify-pubsub.js';
import { redisConnectionOptions } from './queue-connection.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** JSON payloads lose their dates; fields named `...At` come back as `Date` (STACK.md §2). */
function reviveDates(key: string, value: unknown): unknown {
  return key.endsWith('At') && typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value;
}

/**
 * Real-time events across processes: Redis pub/sub when Redis is configured, otherwise PostgreSQL
 * LISTEN/NOTIFY (PGlite's in-process `listen()` on the embedded default). Never process memory alone.
 */
@Injectable()
export class EventBus implements OnApplicationShutdown {
  private engine?: PubSubEngine & { close(): Promise<unknown> };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(QUEUE_DATABASE) private readonly endpoint: QueueDatabase,
  ) {}

  publish(event: string, payload: object): Promise<void> {
    return this.pubSub().publish(this.channel(event), payload);
  }

  /** Several events of one kind at once: one statement on PostgreSQL, one pipelined write on Redis. */
  async publishAll(event: string, payloads: readonly object[]): Promise<void> {
    const engine = this.pubSub();
    if (engine instanceof NotifyPubSub) return engine.publishAll(this.channel(event), payloads);
    await Promise.all(payloads.map((payload) => engine.publish(this.channel(event), payload)));
  }

  iterator<T>(event: string): AsyncIterableIterator<T> {
    return this.pubSub().asyncIterableIterator<T>(this.channel(event));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine?.close();
  }

  private channel(event: string): string {
    return `${this.config.queue.prefix}_${event}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  }

  private pubSub(): PubSubEngine {
    if (this.engine) return this.engine;
    const { redisUrl } = this.config.queue;
    if (redisUrl) {
      const options = { ...redisConnectionOptions(redisUrl), maxRetriesPerRequest: null };
      // Auto-pipelining: the events published in one turn of the event loop leave in one write.
      const publisher = new Redis({ ...options, enableAutoPipelining: true });
      this.engine = new RedisPubSub({ publisher, subscriber: new Redis(options), reviver: reviveDates });
    } else if (this.endpoint.embedded) {
      this.engine = new NotifyPubSub(pgliteChannel(this.endpoint.embedded), reviveDates);
    } else {
      this.engine = new NotifyPubSub(postgresChannel(this.endpoint.url), reviveDates);
    }
    return this.engine;
  }
}

/** Passes on the events `keep` accepts; `return()` reaches the source at once, so unsubscribing never waits for an event. */
export function filterEvents<T>(source: AsyncIterableIterator<T>, keep: (event: T) => Promise<boolean>): AsyncIterableIterator<T> {
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || (await keep(result.value))) return result;
      }
    },
    return: () => source.return?.() ?? Promise.resolve({ done: true, value: undefined }),
    throw: (error: unknown) => source.throw?.(error) ?? Promise.reject(error instanceof Error ? error : new Error(String(error))),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
