import type { EntityManager } from 'typeorm';
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
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`outbox event ${type} must be written inside a transaction`);
  }
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
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error(`outbox event ${event.type} must be written inside a transaction`);
  }
  await runner.broadcaster.broadcast('AfterInsert', manager.connection.getMetadata(OutboxEvent), event);
}
