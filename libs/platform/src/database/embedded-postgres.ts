import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { sequenceSocketQueue } from './socket-sequencing.js';

export interface EmbeddedPostgres {
  readonly url: string;
  readonly db: PGlite;
  /**
   * Runs in-process work on `db` between the socket connections' statements and transactions, never inside
   * one (e.g. a NOTIFY for `db.listen()`, which is the only way a notification reaches an in-process listener).
   */
  inProcess(work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts PGlite behind a loopback Postgres socket so TypeORM and BullMQ connect to it like any server.
 * All socket connections share one PGlite session: never await another connection inside a transaction.
 * `dataDir` undefined keeps everything in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  let dir: string | undefined;
  if (dataDir !== undefined) {
    dir = join(dataDir, 'pgdata');
    mkdirSync(dir, { recursive: true });
  }
  const db = await PGlite.create(dir === undefined ? {} : { dataDir: dir });
  // BullMQ's PostgreSQL backend keeps its tables in the `bullmq` schema; the socket ignores
  // per-connection startup options, so the shared session's search_path is set here once.
  await db.exec('CREATE SCHEMA IF NOT EXISTS bullmq; SET search_path TO public, bullmq;');
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  const inProcess = sequenceSocketQueue(server, db);
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(':').pop());
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    db,
    inProcess,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
