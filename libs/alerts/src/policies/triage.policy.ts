import { AlertsErrorReason, AlertsException } from '../alerts.exception.js';
import { AlertAction, type AlertLevel, AlertStatus, AWAITING_ACKNOWLEDGEMENT, type ResolutionOutcome } from '../entities/alert.enums.js';

export const MAX_NOTE_LENGTH = 2000;

/** What the state machine needs to know about an alert. */
export interface TriageState {
  readonly status: AlertStatus;
  readonly level: AlertLevel;
  readonly assigneeId: string | null;
  readonly dueAt: Date;
  readonly escalatedAt: Date | null;
}

export type TriageCommand =
  | { readonly kind: 'claim'; readonly actorId: string }
  | { readonly kind: 'release'; readonly actorId: string }
  | { readonly kind: 'acknowledge'; readonly actorId: string }
  | { readonly kind: 'resolve'; readonly actorId: string; readonly outcome: ResolutionOutcome; readonly note: string }
  /** `actorId` null: the timer, which escalates only what is still unacknowledged at `dueAt`. */
  | { readonly kind: 'escalate'; readonly actorId: string | null; readonly reason?: string }
  | { readonly kind: 'reopen'; readonly actorId: string; readonly reason?: string }
  /**
   * A decision taken in a connected forum, on an alert nobody here holds (open or escalated): with an outcome it
   * resolves it; without one (the forum's moderators agreed there is a concern) it acknowledges it, stopping the
   * escalation but leaving the real outcome to be recorded here. On an alert a moderator here holds or has
   * resolved it is only noted, so it never takes a case from under someone's hands.
   */
  | { readonly kind: 'external'; readonly outcome: ResolutionOutcome | null; readonly note: string };

export interface TriagePatch {
  status: AlertStatus;
  assigneeId: string | null;
  dueAt?: Date;
  acknowledgedAt?: Date | null;
  escalatedAt?: Date | null;
  resolvedAt?: Date | null;
  outcome?: ResolutionOutcome | null;
  resolutionNote?: string | null;
}

export interface TriageDecision {
  readonly action: AlertAction;
  readonly patch: TriagePatch;
  readonly note: string | null;
}

export type AckSeconds = Readonly<Record<AlertLevel, number>>;

export function dueAtFor(level: AlertLevel, from: Date, ackSeconds: AckSeconds): Date {
  return new Date(from.getTime() + ackSeconds[level] * 1000);
}

export function isOverdue(state: Pick<TriageState, 'status' | 'dueAt'>, now: Date): boolean {
  return AWAITING_ACKNOWLEDGEMENT.includes(state.status) && state.dueAt.getTime() <= now.getTime();
}

/** Overdue for the queue's order and filter: still unacknowledged past its time, or escalated. */
export function isPastDue(state: Pick<TriageState, 'status' | 'dueAt'>, now: Date): boolean {
  return state.status === AlertStatus.ESCALATED || isOverdue(state, now);
}

/**
 * The triage state machine: open → claimed → acknowledged → resolved, with release, reopen and escalation.
 * Pure; throws an {@link AlertsException} for every step the current state does not allow.
 */
export function decideTriage(state: TriageState, command: TriageCommand, now: Date, ackSeconds: AckSeconds): TriageDecision {
  const illegal = (): AlertsException =>
    new AlertsException(
      AlertsErrorReason.ILLEGAL_TRANSITION,
      `An alert that is ${state.status.toLowerCase()} cannot be ${PAST[command.kind]}.`,
      { status: state.status, action: command.kind },
    );
  const heldByOther = (actorId: string): boolean => state.assigneeId !== null && state.assigneeId !== actorId;
  const claimedByOther = (): AlertsException =>
    new AlertsException(AlertsErrorReason.ALREADY_CLAIMED, 'Another moderator has claimed this alert.');
  const waiting = state.escalatedAt !== null ? AlertStatus.ESCALATED : AlertStatus.OPEN;

  switch (command.kind) {
    case 'claim':
      if (state.status === AlertStatus.CLAIMED) throw claimedByOther();
      if (state.status !== AlertStatus.OPEN && state.status !== AlertStatus.ESCALATED) throw illegal();
      return decision(AlertAction.CLAIMED, { status: AlertStatus.CLAIMED, assigneeId: command.actorId });
    case 'release':
      if (state.status !== AlertStatus.CLAIMED) throw illegal();
      if (heldByOther(command.actorId)) throw claimedByOther();
      return decision(AlertAction.RELEASED, { status: waiting, assigneeId: null });
    case 'acknowledge':
      if (state.status === AlertStatus.CLAIMED && heldByOther(command.actorId)) throw claimedByOther();
      if (state.status === AlertStatus.ACKNOWLEDGED || state.status === AlertStatus.RESOLVED) throw illegal();
      return decision(AlertAction.ACKNOWLEDGED, {
        status: AlertStatus.ACKNOWLEDGED,
        assigneeId: command.actorId,
        acknowledgedAt: now,
      });
    case 'resolve': {
      const note = command.note.trim();
      if (note.length === 0 || note.length > MAX_NOTE_LENGTH) {
        throw new AlertsException(AlertsErrorReason.INVALID_NOTE, `A resolution needs a note of 1 to ${MAX_NOTE_LENGTH} characters.`, {
          fields: { note: `must be 1 to ${MAX_NOTE_LENGTH} characters` },
        });
      }
      const held = state.status === AlertStatus.CLAIMED || state.status === AlertStatus.ACKNOWLEDGED;
      if (held && heldByOther(command.actorId)) throw claimedByOther();
      if (!held && state.status !== AlertStatus.ESCALATED) throw illegal();
      return decision(
        AlertAction.RESOLVED,
        {
          status: AlertStatus.RESOLVED,
          assigneeId: command.actorId,
          resolvedAt: now,
          outcome: command.outcome,
          resolutionNote: note,
        },
        note,
      );
    }
    case 'escalate':
      if (command.actorId === null) {
        if (!isOverdue(state, now)) throw illegal();
      } else if (state.status === AlertStatus.ESCALATED || state.status === AlertStatus.RESOLVED) {
        throw illegal();
      }
      return decision(
        AlertAction.ESCALATED,
        { status: AlertStatus.ESCALATED, assigneeId: null, escalatedAt: now },
        command.reason?.trim() || (command.actorId === null ? 'not acknowledged in time' : null),
      );
    case 'external':
      if ((state.status === AlertStatus.OPEN || state.status === AlertStatus.ESCALATED) && command.outcome !== null) {
        return decision(
          AlertAction.RESOLVED,
          { status: AlertStatus.RESOLVED, assigneeId: null, resolvedAt: now, outcome: command.outcome, resolutionNote: command.note },
          command.note,
        );
      }
      if (state.status === AlertStatus.OPEN || state.status === AlertStatus.ESCALATED) {
        return decision(AlertAction.ACKNOWLEDGED, { status: AlertStatus.ACKNOWLEDGED, assigneeId: null, acknowledgedAt: now }, command.note);
      }
      return decision(AlertAction.EXTERNAL_DECISION, { status: state.status, assigneeId: state.assigneeId }, command.note);
    case 'reopen':
      if (state.status !== AlertStatus.RESOLVED) throw illegal();
      return decision(
        AlertAction.REOPENED,
        {
          status: AlertStatus.OPEN,
          assigneeId: null,
          dueAt: dueAtFor(state.level, now, ackSeconds),
          acknowledgedAt: null,
          escalatedAt: null,
          resolvedAt: null,
          outcome: null,
          resolutionNote: null,
        },
        command.reason?.trim() || null,
      );
  }
}

function decision(action: AlertAction, patch: TriagePatch, note: string | null = null): TriageDecision {
  return { action, patch, note };
}

const PAST: Record<TriageCommand['kind'], string> = {
  claim: 'claimed',
  release: 'released',
  acknowledge: 'acknowledged',
  resolve: 'resolved',
  escalate: 'escalated',
  reopen: 'reopened',
  external: 'decided elsewhere',
};
