/** Severity of an alert; an alert is never raised at `none`. */
export type AlertLevel = 'low' | 'medium' | 'high';
export type ScanLevel = AlertLevel | 'none';

export const LEVEL_RANK: Record<ScanLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

export enum AlertStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  /** Unacknowledged past its time, or raised by hand: top of the queue, escalation contacts told. */
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
}

export enum ResolutionOutcome {
  CONTACTED_MEMBER = 'CONTACTED_MEMBER',
  REFERRED_TO_EMERGENCY_SERVICES = 'REFERRED_TO_EMERGENCY_SERVICES',
  FALSE_POSITIVE = 'FALSE_POSITIVE',
  NO_ACTION_NEEDED = 'NO_ACTION_NEEDED',
}

/** What happened to an alert; each is one timeline entry and one audit record. */
export enum AlertAction {
  RAISED = 'RAISED',
  /** An edit of the post scanned at a higher level: the alert now shows that revision. */
  LEVEL_RAISED = 'LEVEL_RAISED',
  /** An edit scanned at the same or a lower level: noted, never closing the alert. */
  RESCANNED = 'RESCANNED',
  CLAIMED = 'CLAIMED',
  RELEASED = 'RELEASED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
  /** A decision taken in a connected forum (e.g. Discourse's review queue) on an alert someone here holds or has resolved: noted only. */
  EXTERNAL_DECISION = 'EXTERNAL_DECISION',
}

/** Where an alert still waits for someone. */
export const ACTIVE_STATUSES: readonly AlertStatus[] = [
  AlertStatus.OPEN,
  AlertStatus.CLAIMED,
  AlertStatus.ACKNOWLEDGED,
  AlertStatus.ESCALATED,
];

/** Where an alert escalates by itself once due. */
export const AWAITING_ACKNOWLEDGEMENT: readonly AlertStatus[] = [AlertStatus.OPEN, AlertStatus.CLAIMED];
