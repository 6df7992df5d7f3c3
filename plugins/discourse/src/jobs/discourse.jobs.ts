/** The connector's queue: inbound deliveries, re-fetches, catching up and flags, all idempotent. */
export const DISCOURSE_QUEUE = 'discourse';

export type DiscourseJobs = {
  /** id `delivery-<deliveryId>`. */
  ingest: { deliveryId: string };
  /** A `topic_edited` arrived: re-read the topic's first post. id `refetch-<topicId>-<deliveryId>`. */
  refetch: { discourseTopicId: number };
  /** Read the latest forum posts down to the last one seen. id `reconcile-<slot>`. */
  reconcile: Record<string, never>;
  /** Continue the stored backfill from its cursor. id `backfill-<started ms>` (removed when it fails for good, so it can be queued again). */
  backfill: Record<string, never>;
  /** Flag a post into the review queue for an alert at a level. id `flag-<discoursePostId>-<level>`. */
  flag: { alertId: string; discoursePostId: number; level: string };
  /** Perform the review action matching an alert resolved here. id `review-<alertId>`. */
  review: { alertId: string };
  /** Private message to the safeguarding recipients. id `safeguard-<discoursePostId>-<level>`. */
  safeguard: { alertId: string; discoursePostId: number; level: string };
  /** The supportive message to the post's author. id `support-<discoursePostId>`. */
  support: { alertId: string; discoursePostId: number; level: string };
};

/** Outbox event type of an accepted delivery (relayed by the connector, not by the scan relay). */
export const DELIVERY_EVENT = 'discourse.delivery';
