import { PubSubEngine } from 'graphql-subscriptions';
import pg from 'pg';
import type { QueueDatabase } from './queue-database.js';

type Listener = (payload: unknown) => void;

const NOTIFY_ALL = 'SELECT pg_notify($1, payload) FROM unnest($2::text[]) WITH ORDINALITY AS p(payload, n) ORDER BY n';

/** LISTEN/NOTIFY as seen by one process: how to listen on a channel and how to notify it. */
interface NotifyChannel {
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Every payload in one statement, in order. */
  notify(channel: string, payloads: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * graphql-subscriptions over PostgreSQL LISTEN/NOTIFY. Payloads are JSON (at most 8,000 bytes: send ids and
 * small facts, not texts) and revived with `reviver`, so dates come back as dates.
 */
export class NotifyPubSub extends PubSubEngine {
  private nextId = 0;
  private readonly subscriptions = new Map<number, { channel: string; listener: Listener }>();
  private readonly channels = new Map<string, { listeners: Set<Listener>; stop: Promise<() => Promise<void>> }>();

  constructor(
    private readonly transport: NotifyChannel,
    private readonly reviver: (key: string, value: unknown) => unknown,
  ) {
    super();
  }

  publish(channel: string, payload: unknown): Promise<void> {
    return this.publishAll(channel, [payload]);
  }

  /** Several events in one round trip (a batch of alerts). */
  async publishAll(channel: string, payloads: readonly unknown[]): Promise<void> {
    await this.transport.notify(channel, payloads.map((payload) => JSON.stringify(payload)));
  }

  async subscribe(channel: string, onMessage: Listener): Promise<number> {
    const id = ++this.nextId;
    let entry = this.channels.get(channel);
    if (!entry) {
      const listeners = new Set<Listener>();
      const stop = this.transport.listen(channel, (raw) => {
        const payload: unknown = JSON.parse(raw, this.reviver);
        for (const listener of listeners) listener(payload);
      });
      entry = { listeners, stop };
      this.channels.set(channel, entry);
    }
    entry.listeners.add(onMessage);
    this.subscriptions.set(id, { channel, listener: onMessage });
    await entry.stop;
    return id;
  }

  unsubscribe(id: number): void {
    const subscription = this.subscriptions.get(id);
    if (!subscription) return;
    this.subscriptions.delete(id);
    const entry = this.channels.get(subscription.channel);
    entry?.listeners.delete(subscription.listener);
    if (entry && entry.listeners.size === 0) {
      this.channels.delete(subscription.channel);
      void entry.stop.then((stop) => stop()).catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}

/**
 * The embedded default: PGlite's in-process `listen()`. Only NOTIFYs issued through the in-process API reach
 * it (STACK.md §3), so `notify` runs in-process too, after the writer's commit and between the socket
 * connections' statements (never inside another connection's transaction).
 */
export function pgliteChannel(embedded: QueueDatabase['embedded'] & object): NotifyChannel {
  const { db } = embedded;
  return {
    listen: async (channel, onPayload) => {
      let stop: (() => Promise<void>) | undefined;
      await embedded.inProcess(async () => {
        stop = await db.listen(channel, onPayload);
      });
      return () => embedded.inProcess(() => stop?.() ?? Promise.resolve());
    },
    notify: (channel, payloads) =>
      embedded.inProcess(async () => {
        await db.query(NOTIFY_ALL, [channel, payloads]);
      }),
    close: () => Promise.resolve(),
  };
}

/** A PostgreSQL server: one dedicated connection listens, notifications go out on a small pool. */
export function postgresChannel(databaseUrl: string): NotifyChannel {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  let listener: Promise<pg.Client> | undefined;
  const handlers = new Map<string, (payload: string) => void>();
  const connectListener = (): Promise<pg.Client> => {
    listener ??= (async () => {
      const client = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
      client.on('notification', (message) => handlers.get(message.channel)?.(message.payload ?? ''));
      client.on('error', () => {
        listener = undefined;
        // Re-listen on a fresh connection; notifications sent meanwhile are lost (the alert itself is stored).
        setTimeout(() => void resubscribe(), 1000);
      });
      await client.connect();
      return client;
    })();
    return listener;
  };
  const resubscribe = async (): Promise<void> => {
    try {
      const client = await connectListener();
      for (const channel of handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch {
      listener = undefined;
      setTimeout(() => void resubscribe(), 1000);
    }
  };
  return {
    listen: async (channel, onPayload) => {
      handlers.set(channel, onPayload);
      const client = await connectListener();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        handlers.delete(channel);
        await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`);
      };
    },
    notify: async (channel, payloads) => {
      await pool.query(NOTIFY_ALL, [channel, payloads]);
    },
    close: async () => {
      const client = await listener?.catch(() => undefined);
      await client?.end();
      await pool.end();
    },
  };
}
