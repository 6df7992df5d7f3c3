import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface QueueEntry {
  handlerId: number;
  message: Uint8Array;
  timestamp: number;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
  /** Set for in-process work run between protocol sequences. */
  run?: () => Promise<void>;
}

interface QueueInternals {
  queue: QueueEntry[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Parse, Bind, Describe, Execute, Close, Flush: messages of an extended-protocol sequence that Sync ends. */
const IN_SEQUENCE = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

/**
 * pglite-socket 0.2.17 runs each protocol message of each connection in turn, so one connection's Parse can
 * land between another's Parse and Bind on the single shared session and replace its unnamed statement
 * ("bind message supplies 7 parameters, but prepared statement "" requires 3"). This keeps a connection's
 * extended-protocol sequence together until its Sync (as the library already does for transactions), and
 * returns a way to run in-process work between sequences, never inside another connection's.
 */
export function sequenceSocketQueue(server: PGLiteSocketServer, db: PGlite): (work: () => Promise<void>) => Promise<void> {
  const q = (server as unknown as { queryQueue?: QueueInternals }).queryQueue;
  // This reaches into the library's private queue, so its version is pinned exactly in package.json.
  if (!q || !Array.isArray(q.queue) || typeof q.processQueue !== 'function') {
    throw new Error('@electric-sql/pglite-socket changed its internal query queue: re-check socket-sequencing.ts');
  }
  let open: number | null = null;

  q.processQueue = async () => {
    if (q.processing || q.queue.length === 0) return;
    q.processing = true;
    try {
      while (q.queue.length > 0) {
        const owner = open ?? (db.isInTransaction() ? q.lastHandlerId : null);
        const index = owner === null ? 0 : q.queue.findIndex((entry) => entry.handlerId === owner);
        if (index === -1) break;
        const [entry] = q.queue.splice(index, 1);
        if (entry.run) {
          await entry.run().then(() => entry.resolve(0), (error: unknown) => entry.reject(error));
          continue;
        }
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(entry.message, {
              onRawData: (data) => {
                bytes += data.length;
                entry.onData(data);
              },
            }),
          );
        } catch (error) {
          open = null;
          entry.reject(error);
          continue;
        }
        open = IN_SEQUENCE.has(entry.message[0]) ? entry.handlerId : null;
        q.lastHandlerId = entry.handlerId;
        entry.resolve(bytes);
      }
    } finally {
      q.processing = false;
    }
  };

  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (handlerId) => {
    clear(handlerId);
    if (open === handlerId) open = null;
    void q.processQueue();
  };

  return (run) =>
    new Promise<void>((resolve, reject) => {
      q.queue.push({ handlerId: -1, message: new Uint8Array(), timestamp: Date.now(), resolve: () => resolve(), reject, onData: () => undefined, run });
      void q.processQueue();
    });
}
