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

const POST_EVENTS = new Set(['post_created', 'post_edited', 'post_destroyed', 'post_recovered']);
/** `reviewable_updated`, or the internal event names Discourse may put in its header instead. */
export const REVIEWABLE_EVENTS = new Set(['reviewable_updated', 'reviewable_transitioned_to', 'reviewable_score_updated']);

/** Receives Discourse's webhooks: verified over the raw bytes, then stored with an outbox row, nothing more. */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);
  private readonly deliveries: Counter<'outcome'>;

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
    // The delivery and its outbox row in one statement: atomic, and one round trip on the accept path.
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `WITH delivery AS (
         INSERT INTO discourse_deliveries (event, event_id, dedup_key, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT (dedup_key) DO NOTHING RETURNING id)
       INSERT INTO outbox_events (type, payload, dedup_key)
       SELECT $5, jsonb_build_object('deliveryId', id::text), 'discourse-delivery:' || id FROM delivery
       RETURNING payload->>'deliveryId' AS id`,
      [event, eventId?.slice(0, 32) ?? null, key, webhook.body.toString('utf8'), DELIVERY_EVENT],
    );
    const inserted = row?.id ?? null;
    const outcome = inserted === null ? 'duplicate' : 'accepted';
    this.deliveries.inc({ outcome });
    this.logger.log({ eventId, event, deliveryId: inserted }, `Discourse webhook ${outcome}`);
    if (inserted !== null) this.relay.nudge();
    return outcome;
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
