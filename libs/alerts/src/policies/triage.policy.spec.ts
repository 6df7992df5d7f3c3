import { describe, expect, it } from '@jest/globals';
import { AlertAction, AlertStatus, ResolutionOutcome } from '../entities/alert.enums.js';
import { decideScan } from './scan.policy.js';
import { decideTriage, type TriageState } from './triage.policy.js';

const ACK = { high: 300, medium: 3600, low: 86400 };
const now = new Date('2026-11-26T10:00:00Z');
const state = (over: Partial<TriageState> = {}): TriageState => ({
  status: AlertStatus.OPEN,
  level: 'high',
  assigneeId: null,
  dueAt: new Date(now.getTime() + 60_000),
  escalatedAt: null,
  ...over,
});
const reason = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { reason?: string }).reason;
  }
  return undefined;
};

describe('triage state machine', () => {
  it('walks open → claimed → acknowledged → resolved', () => {
    const claimed = decideTriage(state(), { kind: 'claim', actorId: 'a' }, now, ACK);
    expect(claimed).toMatchObject({ action: AlertAction.CLAIMED, patch: { status: AlertStatus.CLAIMED, assigneeId: 'a' } });
    const acked = decideTriage(state({ status: AlertStatus.CLAIMED, assigneeId: 'a' }), { kind: 'acknowledge', actorId: 'a' }, now, ACK);
    expect(acked.patch).toMatchObject({ status: AlertStatus.ACKNOWLEDGED, acknowledgedAt: now });
    const resolved = decideTriage(
      state({ status: AlertStatus.ACKNOWLEDGED, assigneeId: 'a' }),
      { kind: 'resolve', actorId: 'a', outcome: ResolutionOutcome.CONTACTED_MEMBER, note: ' called ' },
      now,
      ACK,
    );
    expect(resolved.patch).toMatchObject({ status: AlertStatus.RESOLVED, outcome: ResolutionOutcome.CONTACTED_MEMBER, resolutionNote: 'called' });
  });

  it.each([
    ['a second claim', state({ status: AlertStatus.CLAIMED, assigneeId: 'a' }), { kind: 'claim', actorId: 'b' }, 'ALREADY_CLAIMED'],
    ['acknowledging another’s claim', state({ status: AlertStatus.CLAIMED, assigneeId: 'a' }), { kind: 'acknowledge', actorId: 'b' }, 'ALREADY_CLAIMED'],
    ['resolving an open alert', state(), { kind: 'resolve', actorId: 'a', outcome: ResolutionOutcome.FALSE_POSITIVE, note: 'x' }, 'ILLEGAL_TRANSITION'],
    ['an empty note', state({ status: AlertStatus.ESCALATED }), { kind: 'resolve', actorId: 'a', outcome: ResolutionOutcome.FALSE_POSITIVE, note: ' ' }, 'INVALID_NOTE'],
    ['releasing an open alert', state(), { kind: 'release', actorId: 'a' }, 'ILLEGAL_TRANSITION'],
    ['reopening an open alert', state(), { kind: 'reopen', actorId: 'a' }, 'ILLEGAL_TRANSITION'],
    ['the timer before the due time', state(), { kind: 'escalate', actorId: null }, 'ILLEGAL_TRANSITION'],
    ['the timer after acknowledgement', state({ status: AlertStatus.ACKNOWLEDGED, dueAt: new Date(0) }), { kind: 'escalate', actorId: null }, 'ILLEGAL_TRANSITION'],
  ] as const)('refuses %s', (_name, s, command, expected) => {
    expect(reason(() => decideTriage(s, command, now, ACK))).toBe(expected);
  });

  it('escalates overdue alerts by timer, lets anyone claim or resolve them, and releases back to escalated', () => {
    const overdue = state({ dueAt: new Date(now.getTime() - 1), status: AlertStatus.CLAIMED, assigneeId: 'a' });
    expect(decideTriage(overdue, { kind: 'escalate', actorId: null }, now, ACK).patch).toMatchObject({
      status: AlertStatus.ESCALATED,
      assigneeId: null,
      escalatedAt: now,
    });
    const escalated = state({ status: AlertStatus.ESCALATED, escalatedAt: now });
    expect(decideTriage(escalated, { kind: 'claim', actorId: 'b' }, now, ACK).patch.status).toBe(AlertStatus.CLAIMED);
    const held = state({ status: AlertStatus.CLAIMED, assigneeId: 'b', escalatedAt: now });
    expect(decideTriage(held, { kind: 'release', actorId: 'b' }, now, ACK).patch.status).toBe(AlertStatus.ESCALATED);
  });

  it('resolves on a decision taken elsewhere only what nobody here holds, and otherwise only notes it', () => {
    const external = { kind: 'external', outcome: ResolutionOutcome.FALSE_POSITIVE, note: 'Discourse: disagreed by @sam' } as const;
    for (const status of [AlertStatus.OPEN, AlertStatus.ESCALATED]) {
      expect(decideTriage(state({ status }), external, now, ACK)).toMatchObject({
        action: AlertAction.RESOLVED,
        patch: { status: AlertStatus.RESOLVED, assigneeId: null, outcome: ResolutionOutcome.FALSE_POSITIVE, resolvedAt: now },
      });
    }
    for (const status of [AlertStatus.CLAIMED, AlertStatus.ACKNOWLEDGED, AlertStatus.RESOLVED]) {
      const noted = decideTriage(state({ status, assigneeId: 'a' }), external, now, ACK);
      expect(noted).toEqual({ action: AlertAction.EXTERNAL_DECISION, patch: { status, assigneeId: 'a' }, note: external.note });
    }
  });

  it('acknowledges, without inventing an outcome, what a decision elsewhere confirmed as a concern', () => {
    const agreed = { kind: 'external', outcome: null, note: 'Discourse: flag agreed by @sam' } as const;
    for (const status of [AlertStatus.OPEN, AlertStatus.ESCALATED]) {
      expect(decideTriage(state({ status }), agreed, now, ACK)).toEqual({
        action: AlertAction.ACKNOWLEDGED,
        patch: { status: AlertStatus.ACKNOWLEDGED, assigneeId: null, acknowledgedAt: now },
        note: agreed.note,
      });
    }
    const held = decideTriage(state({ status: AlertStatus.CLAIMED, assigneeId: 'a' }), agreed, now, ACK);
    expect(held.action).toBe(AlertAction.EXTERNAL_DECISION);
  });

  it('reopens with a fresh due time', () => {
    const reopened = decideTriage(state({ status: AlertStatus.RESOLVED, level: 'medium' }), { kind: 'reopen', actorId: 'a' }, now, ACK);
    expect(reopened.patch).toMatchObject({ status: AlertStatus.OPEN, outcome: null, dueAt: new Date(now.getTime() + 3600_000) });
  });
});

describe('scan decisions', () => {
  it.each([
    ['no signal, no alert', 'none', 1, null, null, 'ignore'],
    ['a signal', 'low', 1, null, null, 'raise'],
    ['a revision already scanned', 'high', 1, { level: 'low', scannedRevision: 1 }, null, 'ignore'],
    ['an edit at a higher level', 'high', 2, { level: 'low', scannedRevision: 1 }, null, 'raise-level'],
    ['an edit at a lower level', 'none', 2, { level: 'high', scannedRevision: 1 }, null, 'note'],
    ['an edit above what was resolved', 'high', 2, null, { level: 'medium', scannedRevision: 1 }, 'raise'],
    ['an edit no higher than what was resolved', 'medium', 2, null, { level: 'medium', scannedRevision: 1 }, 'ignore'],
  ] as const)('%s', (_name, level, revision, active, resolved, expected) => {
    expect(decideScan({ level }, revision, active, resolved).kind).toBe(expected);
  });
});
