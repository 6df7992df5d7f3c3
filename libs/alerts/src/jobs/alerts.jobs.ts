/** The scan queue: one job per post revision, id `post-<postId>-<revision>` (a second delivery is a no-op). */
export const SCAN_QUEUE = 'crisis-scan';

export type ScanJobs = {
  scan: { postId: string; revision: number };
};

/** Escalation timers, notifications and supportive messages of alerts. */
export const ALERTS_QUEUE = 'crisis-alerts';

export type AlertNotificationEvent = 'raised' | 'escalated';

export type AlertJobs = {
  /** Delayed until the alert's `dueAt`; id `escalate-<alertId>-<dueAt ms>`. */
  escalate: { alertId: string };
  /** Fans out into one `deliver` per recipient; id `notify-<alertId>-<transitionId>`. */
  notify: { alertId: string; event: AlertNotificationEvent; transitionId: string };
  /** One notification to one recipient (an opaque key of the notifier); id `deliver-<alertId>-<transitionId>-<recipient>`. */
  deliver: { alertId: string; event: AlertNotificationEvent; transitionId: string; recipient: string };
  /** The private supportive message to the alert's author; id `support-<alertId>`. */
  support: { alertId: string };
};

/** The outbox event type of an alert change's follow-up jobs, written in the change's transaction. */
export const FOLLOW_UP_EVENT = 'alert.follow-up';

/** A follow-up job as its outbox row holds it; an escalation timer's delay is counted from `dueAt` (ms) when it is queued. */
export type FollowUpJob =
  | { name: 'escalate'; data: AlertJobs['escalate']; jobId: string; dueAt: number }
  | { name: 'notify'; data: AlertJobs['notify']; jobId: string }
  | { name: 'support'; data: AlertJobs['support']; jobId: string };

/** The payload of a `FOLLOW_UP_EVENT`: one row per alert change, with all the jobs it calls for. */
export interface FollowUps {
  readonly alertId: string;
  readonly jobs: FollowUpJob[];
}

export const ALERT_QUEUES = [SCAN_QUEUE, ALERTS_QUEUE] as const;
export type AlertQueueName = (typeof ALERT_QUEUES)[number];

export function scanJobId(postId: string, revision: number): string {
  return `post-${postId}-${revision}`;
}

/** Retried with backoff, kept a day when done and a month when failed (listed by `failedJobs`). */
export const RETRIED = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** Retention of resolved alerts' text: `purge-text` jobs of one job scheduler, every ALERT_TEXT_PURGE_SECONDS. */
export const RETENTION_QUEUE = 'crisis-alert-retention';
export const PURGE_SCHEDULER_ID = 'purge-resolved-alert-text';
