/** The scan queue: one job per post revision, id `post-<postId>-<revision>` (a second delivery is a no-op). */
export const SCAN_QUEUE = 'crisis-scan';

export type ScanJobs = {
  scan: { postId: string; revision: number };
};

/** Escalation timers and notifications of alerts. */
export const ALERTS_QUEUE = 'crisis-alerts';

export type AlertNotificationEvent = 'raised' | 'escalated';

export type AlertJobs = {
  /** Delayed until the alert's `dueAt`; id `escalate-<alertId>-<dueAt ms>`. */
  escalate: { alertId: string };
  /** id `notify-<alertId>-<transitionId>`. */
  notify: { alertId: string; event: AlertNotificationEvent; transitionId: string };
};

export const ALERT_QUEUES = [SCAN_QUEUE, ALERTS_QUEUE] as const;
export type AlertQueueName = (typeof ALERT_QUEUES)[number];

export function scanJobId(postId: string, revision: number): string {
  return `post-${postId}-${revision}`;
}
