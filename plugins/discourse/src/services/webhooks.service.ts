import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import { Metrics } from '@alongside/queue';
import { DISCOURSE_CONFIG, type DiscourseConfig } from '../discourse-config.js';
import { DiscourseErrorReason, DiscourseException } from '../discourse.exception.js';
import { DELIVERY_EVENT } from '../jobs/discourse.jobs.js';
import { reviewStatus } from '../policies/review-decision.js';
import { verifyWebhook } from '../policies/webhook-signature.js';
import { DeliveryRelay } from './delivery-relay.service.js';

export interface IncomingWebhook {
  readonly body: Buffer;
  readonly signature: string | undefined;
  readonly event: string | undefined;
  readonly eventId: string | undefined;
}

export type WebhookOutcome = 'accepted' | 'duplicate' | 'pong' | 'ignored';

interface PendingDelivery {
  readonly event: string;
  readonly eventId: string | null;
  readonly key: string;
  readonly body: string;
  readonly done: { resolve(stored: boolean): void; reject(error: unknown): void };
}

/** Statements writing deliveries at once: two keep the database busy while the next batch forms. */
const MAX_WRITES_IN_FLIGHT = 2;
const MAX_BATCH = 100;
/** Bodies per statement, in characters: a batch of large posts is split rather than sent as one huge statement. */
const MAX_BATCH_CHARS = 2 * 1024 * 1024;

const POST_EVENTS = new Set(['post_created', 'post_edited', 'post_destroyed', 'post_recovered']);
/** `reviewable_updated`, or the internal event names Discourse may put in its header instead. */
export const REVIEWABLE_EVENTS = new Set(['reviewable_updated', 'reviewable_transitioned_to', 'reviewable_score_updated']);

/** Receives Discourse's webhooks: verified over the raw bytes, then stored with an outbox row, nothing more. */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);
  private readonly deliveries: Counter<'outcome'>;
  private readonly pending: PendingDelivery[] = [];
  private scheduled = false;
  private writing = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DISCOURSE_CONFIG) private readonly config: DiscourseConfig,
    private readonly relay: DeliveryRelay,
    metrics: Metrics,
  ) {
    this.deliveries = new Counter({
      name: 'alongside_discourse_webhooks_total',
      help: 'Discourse webhook deliveries by outcome (refused_signature and refused_payload leave nothing but this and a log line).',
      labelNames: ['outcome'],
      registers: [metrics.registry],
    });
  }

  async accept(webhook: IncomingWebhook): Promise<WebhookOutcome> {
    const { eventId, event } = webhook;
    if (!verifyWebhook(this.config.webhookSecret, webhook.body, webhook.signature)) {
      this.deliveries.inc({ outcome: 'refused_signature' });
      this.logger.warn({ eventId, event }, 'Discourse webhook refused: missing or wrong signature');
      throw new DiscourseException(DiscourseErrorReason.BAD_SIGNATURE, 'The webhook signature does not match.');
    }
    let key: string | null;
    try {
      key = dedupKey(event, webhook.body);
    } catch (error) {
      this.deliveries.inc({ outcome: 'refused_payload' });
      this.logger.warn({ eventId, event }, 'Discourse webhook refused: not a Discourse payload');
      throw error;
    }
    if (key === null) {
      this.deliveries.inc({ outcome: event === 'ping' ? 'pong' : 'ignored' });
      return event === 'ping' ? 'pong' : 'ignored';
    }
    const inserted = await this.store({ event: event!, eventId: eventId?.slice(0, 32) ?? null, key, body: webhook.body.toString('utf8') }); // dedupKey refused a delivery without one
    const outcome = inserted ? 'accepted' : 'duplicate';
    this.deliveries.inc({ outcome });
    this.logger.debug({ eventId, event }, `Discourse webhook ${outcome}`);
    return outcome;
  }

  /**
   * Group commit: deliveries that arrive while a batch is being written (or in the same turn of the event loop) are
   * written together by the next statement, each answered only once that statement has committed. Under load one
   * commit (one WAL flush, one pooled connection) serves many deliveries; alone, a delivery waits for no one.
   */
  private store(row: Omit<PendingDelivery, 'done'>): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.pending.push({ ...row, done: { resolve, reject } });
      this.kick();
    });
  }

  private kick(): void {
    if (this.scheduled || this.writing >= MAX_WRITES_IN_FLIGHT || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.write();
    });
  }

  private async write(): Promise<void> {
    if (this.writing >= MAX_WRITES_IN_FLIGHT || this.pending.length === 0) return;
    let bytes = 0;
    let take = 0;
    while (take < this.pending.length && take < MAX_BATCH && (take === 0 || bytes + this.pending[take].body.length <= MAX_BATCH_CHARS)) {
      bytes += this.pending[take++].body.length;
    }
    const batch = this.pending.splice(0, take);
    this.writing++;
    try {
      // Each delivery and its outbox row in one statement: atomic, one round trip for the whole batch.
      const rows = await this.dataSource.query<{ dedup_key: string }[]>(
        `WITH input AS (
           SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::text[]) WITH ORDINALITY AS i(event, event_id, dedup_key, body, n)),
         delivery AS (
           INSERT INTO discourse_deliveries (event, event_id, dedup_key, body)
           SELECT event, event_id, dedup_key, body FROM input ORDER BY n
           ON CONFLICT (dedup_key) DO NOTHING RETURNING id, dedup_key),
         outbox AS (
           INSERT INTO outbox_events (type, payload, dedup_key)
           SELECT $5, jsonb_build_object('deliveryId', id::text), 'discourse-delivery:' || id FROM delivery)
         SELECT dedup_key FROM delivery`,
        [batch.map((d) => d.event), batch.map((d) => d.eventId), batch.map((d) => d.key), batch.map((d) => d.body), DELIVERY_EVENT],
      );
      // A key stored by this statement is accepted once: a second delivery of it in the same batch is a duplicate.
      const stored = new Set(rows.map((r) => r.dedup_key));
      for (const delivery of batch) delivery.done.resolve(stored.delete(delivery.key));
      if (rows.length > 0) this.relay.nudge();
    } catch (error) {
      // Every value is bounded (the key and event come from dedupKey, the event id is cut to 32): only the database
      // failing fails the statement, as it would have failed each delivery alone: each is answered 500 (resent if the
      // forum retries webhooks; the reconciliation reads what it does not).
      for (const delivery of batch) delivery.done.reject(error);
    } finally {
      this.writing--;
      this.kick();
    }
  }
}

/**
 * What makes two deliveries the same: event name + post id + post version for post events (a retry has a new
 * event id), the body's digest for topic edits, the item's id, version and status for review decisions; null
 * for events the connector does not act on.
 */
function dedupKey(event: string | undefined, body: Buffer): string | null {
  if (event === undefined) throw badPayload('no X-Discourse-Event header');
  if (!POST_EVENTS.has(event) && event !== 'topic_edited' && !REVIEWABLE_EVENTS.has(event)) return null;
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw badPayload('the body is not JSON');
  }
  if (event === 'topic_edited') {
    const topic = (json as { topic?: { id?: unknown } }).topic;
    if (!Number.isInteger(topic?.id)) throw badPayload('no topic id');
    return `topic_edited:${String(topic!.id)}:${createHash('sha256').update(body).digest('hex').slice(0, 40)}`;
  }
  if (REVIEWABLE_EVENTS.has(event)) {
    const reviewable = (json as { reviewable?: { id?: unknown; version?: unknown; status?: unknown } }).reviewable;
    if (!Number.isInteger(reviewable?.id) || !Number.isInteger(reviewable?.version)) throw badPayload('no reviewable id or version');
    const status = reviewStatus(reviewable!.status);
    // Only a closed item is a decision; new scores on a pending one are acknowledged and dropped.
    if (status === null || status === 'pending') return null;
    return `reviewable:${String(reviewable!.id)}:${String(reviewable!.version)}:${status}`;
  }
  const post = (json as { post?: { id?: unknown; version?: unknown } }).post;
  if (!Number.isInteger(post?.id) || !Number.isInteger(post?.version)) throw badPayload('no post id or version');
  return `${event}:${String(post!.id)}:${String(post!.version)}`;
}

function badPayload(why: string): DiscourseException {
  return new DiscourseException(DiscourseErrorReason.BAD_PAYLOAD, `The webhook body is not a Discourse payload: ${why}.`);
}
