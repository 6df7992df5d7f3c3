import { describe, expect, it } from '@jest/globals';
import { Admission, GroupRole, MembershipStatus } from '../entities/group.enums.js';
import {
  assertKeepsStaff,
  assertValidBreakEnd,
  hasOpenSeat,
  inviteUsable,
  isOnBreak,
  isStaffRole,
  joinStatus,
} from './membership.policy.js';

const { ACTIVE, PENDING, LEFT, DECLINED } = MembershipStatus;

describe('joinStatus', () => {
  it.each([
    [Admission.OPEN, null, false, ACTIVE],
    [Admission.OPEN, LEFT, false, ACTIVE],
    [Admission.REQUEST, null, false, PENDING],
    [Admission.REQUEST, DECLINED, false, PENDING],
    [Admission.INVITE, null, true, ACTIVE],
    [Admission.REQUEST, PENDING, true, ACTIVE],
    [Admission.OPEN, ACTIVE, false, 'ALREADY_MEMBER'],
    [Admission.INVITE, ACTIVE, true, 'ALREADY_MEMBER'],
    [Admission.REQUEST, PENDING, false, 'REQUEST_PENDING'],
    [Admission.INVITE, null, false, 'INVITE_REQUIRED'],
    [Admission.INVITE, LEFT, false, 'INVITE_REQUIRED'],
  ] as const)('%s group, membership %s, invite %s: %s', (admission, current, viaInvite, outcome) => {
    let result: string;
    try {
      result = joinStatus(admission, current, viaInvite);
    } catch (error) {
      result = (error as { reason: string }).reason;
    }
    expect(result).toBe(outcome);
  });
});

describe('membership rules', () => {
  it('counts seats, with null as unlimited', () => {
    expect(hasOpenSeat(null, 10_000)).toBe(true);
    expect(hasOpenSeat(3, 2)).toBe(true);
    expect(hasOpenSeat(3, 3)).toBe(false);
  });

  it('keeps a facilitator or moderator in a group with members', () => {
    expect(isStaffRole(GroupRole.FACILITATOR) && isStaffRole(GroupRole.MODERATOR) && !isStaffRole(GroupRole.MEMBER)).toBe(true);
    expect(() => assertKeepsStaff(0, 1)).toThrow(expect.objectContaining({ reason: 'LAST_MODERATOR' }));
    expect(() => assertKeepsStaff(0, 0)).not.toThrow();
    expect(() => assertKeepsStaff(1, 5)).not.toThrow();
  });

  it('tells usable invites from expired, revoked and used-up ones', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const invite = { expiresAt: new Date('2030-01-02T00:00:00Z'), revokedAt: null, maxUses: 2, uses: 1 };
    expect(inviteUsable(invite, now)).toBe(true);
    expect(inviteUsable({ ...invite, maxUses: null, uses: 99 }, now)).toBe(true);
    expect(inviteUsable({ ...invite, uses: 2 }, now)).toBe(false);
    expect(inviteUsable({ ...invite, revokedAt: now }, now)).toBe(false);
    expect(inviteUsable({ ...invite, expiresAt: now }, now)).toBe(false);
  });

  it('ends a break with an end date by itself', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(isOnBreak({ onBreak: true, breakUntil: null }, now)).toBe(true);
    expect(isOnBreak({ onBreak: true, breakUntil: new Date('2030-01-01T00:00:01Z') }, now)).toBe(true);
    expect(isOnBreak({ onBreak: true, breakUntil: now }, now)).toBe(false);
    expect(isOnBreak({ onBreak: false, breakUntil: null }, now)).toBe(false);
  });

  it('accepts a break end in the future and within a year', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(() => assertValidBreakEnd(undefined, now)).not.toThrow();
    expect(() => assertValidBreakEnd(new Date('2030-02-01T00:00:00Z'), now)).not.toThrow();
    for (const bad of ['2029-12-31T00:00:00Z', '2031-06-01T00:00:00Z', 'not a date']) {
      expect(() => assertValidBreakEnd(new Date(bad), now)).toThrow(expect.objectContaining({ reason: 'INVALID_BREAK' }));
    }
  });
});
