import { PostStatus } from '@alongside/discussions';
import { ReportReason } from '../entities/moderation.enums.js';

/** How urgent one report of each reason is, before reports add up. */
const REASON_URGENCY: Record<ReportReason, number> = {
  HARASSMENT: 40,
  MEDICAL_MISINFORMATION: 45,
  PRIVACY_BREACH: 40,
  GROUND_RULE_BREACH: 25,
  SPAM: 15,
  OTHER: 20,
  AUTOMATIC_RULE: 25,
};

/** A held post waits for approval: less urgent than a harassment report, more than spam. */
export const HELD_POST_URGENCY = 30;

/** Reports add up: the most urgent reason, plus 6 per further report, capped below high crisis alerts. */
export function reportUrgency(reasons: readonly ReportReason[]): number {
  if (reasons.length === 0) return 0;
  const base = Math.max(...reasons.map((r) => REASON_URGENCY[r]));
  return Math.min(75, base + 6 * (reasons.length - 1));
}

/** A crisis alert's place among review items: level first, overdue next (the alerts queue's own order). */
export function alertUrgency(levelRank: number, overdue: boolean): number {
  return 50 + levelRank * 15 + (overdue ? 5 : 0);
}

export type PostAction = 'hide' | 'restore' | 'delete' | 'edit' | 'approve' | 'reject';

/** Which post states each moderator action applies to. */
const FROM: Record<PostAction, readonly PostStatus[]> = {
  hide: [PostStatus.PUBLISHED, PostStatus.PENDING],
  restore: [PostStatus.HIDDEN, PostStatus.DELETED, PostStatus.REJECTED],
  delete: [PostStatus.PUBLISHED, PostStatus.PENDING, PostStatus.HIDDEN, PostStatus.REJECTED],
  edit: [PostStatus.PUBLISHED, PostStatus.PENDING, PostStatus.HIDDEN],
  approve: [PostStatus.PENDING],
  reject: [PostStatus.PENDING],
};

const TO: Record<PostAction, PostStatus | null> = {
  hide: PostStatus.HIDDEN,
  restore: PostStatus.PUBLISHED,
  delete: PostStatus.DELETED,
  edit: null,
  approve: PostStatus.PUBLISHED,
  reject: PostStatus.REJECTED,
};

/** The status after `action`, or null when the action does not apply to a post in `status`. */
export function postTransition(status: PostStatus, action: PostAction): PostStatus | null {
  if (!FROM[action].includes(status)) return null;
  return TO[action] ?? status;
}

/** Restrictions end in the future and within a year and a half; `null` means until lifted. */
export function validEnd(until: Date | null | undefined, now: Date): boolean {
  if (until === null || until === undefined) return true;
  const ms = until.getTime() - now.getTime();
  return !Number.isNaN(ms) && ms > 0 && ms <= 550 * 24 * 3600 * 1000;
}
