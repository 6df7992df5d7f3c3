/** Why a member reports a post or another member. */
export enum ReportReason {
  HARASSMENT = 'HARASSMENT',
  /** Medical misinformation or dangerous advice. */
  MEDICAL_MISINFORMATION = 'MEDICAL_MISINFORMATION',
  /** Spam or selling. */
  SPAM = 'SPAM',
  /** Sharing someone's story or identity outside the group breaks confidentiality. */
  PRIVACY_BREACH = 'PRIVACY_BREACH',
  /** A breach of one of the group's ground rules, named by its key. */
  GROUND_RULE_BREACH = 'GROUND_RULE_BREACH',
  /** Anything else, told in the report's text. */
  OTHER = 'OTHER',
  /** Raised by a watched term with the FLAG action, not by a member. */
  AUTOMATIC_RULE = 'AUTOMATIC_RULE',
}

/** The kinds of things in the review queue. */
export enum ReviewKind {
  REPORTED_POST = 'REPORTED_POST',
  REPORTED_MEMBER = 'REPORTED_MEMBER',
  HELD_POST = 'HELD_POST',
  CRISIS_ALERT = 'CRISIS_ALERT',
}

/** Where a review item stands; a crisis alert's own triage status is mapped onto these. */
export enum ReviewStatus {
  OPEN = 'OPEN',
  /** One moderator works it; nobody else may claim it until it is released. */
  CLAIMED = 'CLAIMED',
  RESOLVED = 'RESOLVED',
  /** A report nobody acted on (no new report, claim or release) for REPORT_EXPIRY_DAYS: closed by the system. */
  EXPIRED = 'EXPIRED',
}

/** Statuses of an item still in the queue; at most one such item per thing. */
export const UNSETTLED: readonly ReviewStatus[] = [ReviewStatus.OPEN, ReviewStatus.CLAIMED];

/** What a watched term does to a post that contains it. */
export enum WatchedTermAction {
  /** Refuse the post, telling the author the term's reason. Never for crisis language. */
  BLOCK = 'BLOCK',
  /** Publish nothing until a moderator approves it. */
  HOLD = 'HOLD',
  /** Publish, and put it in the review queue. */
  FLAG = 'FLAG',
  /** Publish with the matched text replaced by asterisks. */
  CENSOR = 'CENSOR',
}
