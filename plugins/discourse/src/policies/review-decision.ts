import { ResolutionOutcome } from '@alongside/alerts';

/** Discourse's reviewable statuses (`Reviewable.statuses`), by number as in the contract or by name as newer versions serialise them. */
export const REVIEW_STATUSES = ['pending', 'approved', 'rejected', 'ignored', 'deleted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The fields of a review item (`ReviewableFlaggedPostSerializer`, `GET /review/:id.json`, `reviewable_updated`) the connector reads. */
export interface ForumReviewable {
  readonly id: number;
  readonly status: number | string;
  readonly version: number;
  readonly target_type?: string;
  readonly target_id?: number;
  readonly post_id?: number;
  readonly actions?: readonly { id: string }[];
  readonly bundled_actions?: readonly { action_ids?: readonly string[]; actions?: readonly { id: string }[] }[];
  readonly reviewable_scores?: readonly { reviewed_by?: { username?: string } | null; reviewed_by_id?: number | null }[];
  readonly reviewable_histories?: readonly { created_by?: { username?: string } | null }[];
  readonly users?: readonly { id: number; username: string }[];
}

export function reviewStatus(raw: unknown): ReviewStatus | null {
  if (typeof raw === 'number') return REVIEW_STATUSES[raw] ?? null;
  return (REVIEW_STATUSES as readonly unknown[]).includes(raw) ? (raw as ReviewStatus) : null;
}

/** The review item of a `GET /review/:id.json` answer, with the actions and users side-loaded at its root. */
export function readReviewable(response: { reviewable?: ForumReviewable } & Partial<ForumReviewable>): ForumReviewable {
  const reviewable = response.reviewable ?? (response as ForumReviewable);
  return {
    ...reviewable,
    actions: response.actions ?? reviewable.actions,
    bundled_actions: response.bundled_actions ?? reviewable.bundled_actions,
    users: response.users ?? reviewable.users,
  };
}

/**
 * The review action an Alongside outcome performs, most fitting first; the first one the item offers is sent.
 * A real concern is agreed with and the post kept (or put back, if it was hidden): hiding a crisis post isolates
 * its author. A false positive is disagreed with (which also unhides the post); "no action needed" is ignored.
 */
export const PERFORM_PREFERENCES: Readonly<Record<ResolutionOutcome, readonly string[]>> = {
  [ResolutionOutcome.CONTACTED_MEMBER]: ['agree_and_keep', 'agree_and_restore', 'agree_and_keep_hidden'],
  [ResolutionOutcome.REFERRED_TO_EMERGENCY_SERVICES]: ['agree_and_keep', 'agree_and_restore', 'agree_and_keep_hidden'],
  [ResolutionOutcome.FALSE_POSITIVE]: ['disagree', 'disagree_and_restore'],
  [ResolutionOutcome.NO_ACTION_NEEDED]: ['ignore_and_do_nothing', 'ignore'],
};

export function offeredActions(reviewable: ForumReviewable): string[] {
  return [
    ...(reviewable.actions ?? []).map((a) => a.id),
    ...(reviewable.bundled_actions ?? []).flatMap((b) => [...(b.action_ids ?? []), ...(b.actions ?? []).map((a) => a.id)]),
  ];
}

/**
 * The action to perform for `outcome`: the first preferred one the item offers, the first preferred when it listed
 * none, null when it offers none of them (Discourse answers an action it does not offer with 403 `invalid_access`,
 * which reads as a refused key).
 */
export function performAction(outcome: ResolutionOutcome, offered: readonly string[]): string | null {
  const preferred = PERFORM_PREFERENCES[outcome];
  if (offered.length === 0) return preferred[0];
  return preferred.find((action) => offered.includes(action)) ?? null;
}

/** The status a perform action closes an item with, for a perform result that does not say. */
export function statusAfter(action: string): ReviewStatus {
  if (action.startsWith('agree')) return 'approved';
  if (action.startsWith('disagree')) return 'rejected';
  return action.startsWith('delete') ? 'deleted' : 'ignored';
}

/**
 * What a review item closed in Discourse means for an alert nobody in Alongside holds. Disagreeing says it was no
 * concern, ignoring that there is nothing to do: both resolve it. Agreeing (or deleting the post) says the concern
 * is real but not what was done for the member, so the alert is acknowledged, not resolved with an outcome nobody
 * recorded: its escalation stops and a moderator here records how the member was reached.
 */
export const DECISION_OF_STATUS: Readonly<Record<Exclude<ReviewStatus, 'pending'>, { decision: string; outcome: ResolutionOutcome | null }>> = {
  approved: { decision: 'flag agreed', outcome: null },
  rejected: { decision: 'flag disagreed', outcome: ResolutionOutcome.FALSE_POSITIVE },
  ignored: { decision: 'flag ignored', outcome: ResolutionOutcome.NO_ACTION_NEEDED },
  deleted: { decision: 'post deleted', outcome: null },
};

/** Who closed the item, as far as the payload tells: a score's reviewer, else the latest history entry's author. */
export function reviewer(reviewable: ForumReviewable): string | null {
  for (const score of reviewable.reviewable_scores ?? []) {
    if (score.reviewed_by?.username) return score.reviewed_by.username;
    const user = reviewable.users?.find((u) => u.id === score.reviewed_by_id);
    if (user) return user.username;
  }
  return reviewable.reviewable_histories?.at(-1)?.created_by?.username ?? null;
}

/** The forum post a review item is about. */
export function reviewedPostId(reviewable: ForumReviewable): number | null {
  if (Number.isInteger(reviewable.post_id)) return reviewable.post_id!;
  return reviewable.target_type === 'Post' && Number.isInteger(reviewable.target_id) ? reviewable.target_id! : null;
}
