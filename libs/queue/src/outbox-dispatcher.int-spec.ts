import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@alongside/database';
import { createTestDatabase, databaseKinds, type TestDatabase } from '@alongside/testing';
import { OutboxDispatcher } from './outbox-dispatcher.js';

describe.each(databaseKinds())('OutboxDispatcher on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const queued: unknown[] = [];
  const dispatcher = () =>
    new OutboxDispatcher<{ n: number }>(dataSource, {
      types: ['test.mine'],
      pollMs: 50,
      logger: new Logger('test'),
      waitingMessage: 'waiting',
      queue: (payloads) => {
        queued.push(...payloads);
        return Promise.resolve();
      },
    });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = new DataSource({ ...dataSourceOptions(database.url, { poolSize: 2 }), migrationsRun: false });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.close();
  });

  async function insert(type: string, n: number, dispatchedDaysAgo: number | null): Promise<void> {
    await dataSource.query(
      `INSERT INTO outbox_events (type, dedup_key, payload, dispatched_at)
       VALUES ($1, $2, jsonb_build_object('n', $3::int), CASE WHEN $4::int IS NULL THEN NULL ELSE now() - make_interval(days => $4::int) END)`,
      [type, `${type}:${n}`, n, dispatchedDaysAgo],
    );
  }

  it('purges only its own events dispatched before the cut-off, never a pending one', async () => {
    await insert('test.mine', 1, 30);
    await insert('test.mine', 2, 8);
    await insert('test.mine', 3, 1);
    await insert('test.mine', 4, null);
    await insert('test.other', 5, 30);

    const deleted = await dispatcher().purgeDispatched(new Date(Date.now() - 7 * 24 * 3600_000));

    expect(deleted).toBe(2);
    const left = await dataSource.query<{ dedup_key: string }[]>(`SELECT dedup_key FROM outbox_events ORDER BY id`);
    expect(left.map((r) => r.dedup_key)).toEqual(['test.mine:3', 'test.mine:4', 'test.other:5']);
  });

  it('purges while running once it is idle, and still dispatches what is pending', async () => {
    await dataSource.query(`DELETE FROM outbox_events`);
    await insert('test.mine', 6, 30);
    await insert('test.mine', 7, null);
    queued.length = 0;
    const running = dispatcher();
    running.start();
    try {
      for (let i = 0; i < 100; i++) {
        const [{ count }] = await dataSource.query<{ count: string }[]>(`SELECT count(*) FROM outbox_events WHERE dedup_key = 'test.mine:6'`);
        if (count === '0' && queued.length > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await running.stop();
    }
    expect(queued).toEqual([{ n: 7 }]);
    const left = await dataSource.query<{ dedup_key: string; dispatched: boolean }[]>(
      `SELECT dedup_key, dispatched_at IS NOT NULL AS dispatched FROM outbox_events ORDER BY id`,
    );
    expect(left).toEqual([{ dedup_key: 'test.mine:7', dispatched: true }]);
  });

  it('marks a batch dispatched with the next read, which never gives it again, and the last one once idle', async () => {
    await dataSource.query(`DELETE FROM outbox_events`);
    await insert('test.mine', 8, null);
    await insert('test.mine', 9, null);
    queued.length = 0;
    const reading = dispatcher();
    const pending = async (): Promise<string[]> =>
      (await dataSource.query<{ dedup_key: string }[]>(`SELECT dedup_key FROM outbox_events WHERE dispatched_at IS NULL ORDER BY id`)).map(
        (r) => r.dedup_key,
      );

    expect(await reading.dispatchOnce()).toBe(2);
    await insert('test.mine', 10, null);
    expect(await reading.dispatchOnce()).toBe(1);
    expect(queued).toEqual([{ n: 8 }, { n: 9 }, { n: 10 }]);
    expect(await pending()).toEqual(['test.mine:10']);

    reading.start(); // finds nothing, so it is idle: the last batch is marked
    for (let i = 0; i < 100 && (await pending()).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    await reading.stop();
    expect(await pending()).toEqual([]);
    expect(queued).toHaveLength(3);
  });
});
