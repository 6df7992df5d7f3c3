import type { EntityManager, QueryRunner } from 'typeorm';
import { insertJsonRows } from '../database/json-rows.js';
import { OutboxEvent } from './outbox-event.entity.js';

/** The events this system announces through the outbox, with their payloads. */
export interface OutboxEvents {
  'post.created': { postId: string; revision: number };
  'post.edited': { postId: string; revision: number };
}

export type OutboxEventType = keyof OutboxEvents;

/**
 * Appends an event inside the caller's transaction: pass the transaction's manager, never the
 * default one, or the event could outlive a rolled-back change.
 */
export async function appendOutboxEvent<T extends OutboxEventType>(
  manager: EntityManager,
  type: T,
  payload: OutboxEvents[T],
  dedupKey: string,
): Promise<void> {
  transactionOf(manager, `outbox event ${type}`);
  await manager.insert(OutboxEvent, { type, payload, dedupKey });
}

/**
 * For an event the caller inserted with its own SQL inside its transaction: tells the entity subscribers, as
 * {@link appendOutboxEvent}'s insert does by itself, so the relays are woken once the transaction commits.
 */
export async function announceOutboxEvent<T extends OutboxEventType>(
  manager: EntityManager,
  event: { type: T; payload: OutboxEvents[T]; dedupKey: string },
): Promise<void> {
  await broadcastInserted(manager, transactionOf(manager, `outbox event ${event.type}`), [event]);
}

/** An outbox row of any type, as {@link appendOutboxEvents} writes it. */
export interface OutboxRow {
  readonly type: string;
  readonly dedupKey: string;
  readonly payload: object;
}

/**
 * Several events, of any types, in one statement inside the caller's transaction (a batch of changes committed
 * together); the relays are woken once it commits, as by {@link appendOutboxEvent}. Plain SQL: TypeORM's insert costs
 * more to build than the statement costs to run.
 */
export async function appendOutboxEvents(manager: EntityManager, events: readonly OutboxRow[]): Promise<void> {
  const runner = transactionOf(manager, 'outbox events');
  if (events.length === 0) return;
  await insertJsonRows(
    manager,
    'outbox_events',
    { type: 'varchar', dedup_key: 'varchar', payload: 'jsonb' },
    events.map((e) => ({ type: e.type, dedup_key: e.dedupKey, payload: e.payload })),
  );
  await broadcastInserted(manager, runner, events);
}

/** The query runner of the caller's transaction: outbox rows written outside one could outlive a rolled-back change. */
function transactionOf(manager: EntityManager, what: string): QueryRunner {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error(`${what} must be written inside a transaction`);
  return runner;
}

/** Tells the entity subscribers of rows inserted with plain SQL, as TypeORM's insert does, so the relays wake on commit. */
async function broadcastInserted(manager: EntityManager, runner: QueryRunner, events: readonly OutboxRow[]): Promise<void> {
  const metadata = manager.connection.getMetadata(OutboxEvent);
  for (const event of events) await runner.broadcaster.broadcast('AfterInsert', metadata, event);
}
