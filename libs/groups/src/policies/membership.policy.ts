import { Admission, GroupRole, MembershipStatus } from '../entities/group.enums.js';
import { GroupsErrorReason, GroupsException } from '../groups.exception.js';

/** Whether one more active member fits; `null` capacity means unlimited. */
export function hasOpenSeat(capacity: number | null, activeMembers: number): boolean {
  return capacity === null || activeMembers < capacity;
}

/**
 * What joining does for a user whose membership is `current` (`null`: never joined):
 * ACTIVE for an open group or an invite, PENDING for a request. Left and declined users may join again.
 */
export function joinStatus(admission: Admission, current: MembershipStatus | null, viaInvite: boolean): MembershipStatus {
  if (current === MembershipStatus.ACTIVE) {
    throw new GroupsException(GroupsErrorReason.ALREADY_MEMBER, 'You are already a member of this group.');
  }
  if (viaInvite) return MembershipStatus.ACTIVE;
  if (current === MembershipStatus.PENDING) {
    throw new GroupsException(GroupsErrorReason.REQUEST_PENDING, 'Your request to join is waiting for a decision.');
  }
  // A moderator removed them: coming back is a request, even to an open group.
  if (current === MembershipStatus.REMOVED && admission === Admission.OPEN) return MembershipStatus.PENDING;
  switch (admission) {
    case Admission.OPEN:
      return MembershipStatus.ACTIVE;
    case Admission.REQUEST:
      return MembershipStatus.PENDING;
    case Admission.INVITE:
      throw new GroupsException(GroupsErrorReason.INVITE_REQUIRED, 'This group admits members by invite link only.');
  }
}

export function isStaffRole(role: GroupRole): boolean {
  return role === GroupRole.FACILITATOR || role === GroupRole.MODERATOR;
}

/**
 * A group with active members keeps at least one active facilitator or moderator, so someone can
 * review requests and moderate. `staffAfter` and `membersAfter` count active ones once the change is made.
 * Leaving a group one is the last active member of is always allowed.
 */
export function assertKeepsStaff(staffAfter: number, membersAfter: number): void {
  if (staffAfter === 0 && membersAfter > 0) {
    throw new GroupsException(
      GroupsErrorReason.LAST_MODERATOR,
      'The group would have no facilitator or moderator left. Appoint another one first.',
    );
  }
}

export interface InviteState {
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
  readonly maxUses: number | null;
  readonly uses: number;
}

export function inviteUsable(invite: InviteState, now: Date): boolean {
  return (
    invite.revokedAt === null &&
    invite.expiresAt.getTime() > now.getTime() &&
    (invite.maxUses === null || invite.uses < invite.maxUses)
  );
}

/** A break without an end lasts until ended; one with an end is over once that time has passed. */
export function isOnBreak(membership: { onBreak: boolean; breakUntil: Date | null }, now: Date): boolean {
  return membership.onBreak && (membership.breakUntil === null || membership.breakUntil.getTime() > now.getTime());
}

export const MAX_BREAK_DAYS = 365;

export function assertValidBreakEnd(until: Date | undefined, now: Date): void {
  if (until === undefined) return;
  const ms = until.getTime() - now.getTime();
  if (Number.isNaN(ms) || ms <= 0 || ms > MAX_BREAK_DAYS * 24 * 3600 * 1000) {
    throw new GroupsException(GroupsErrorReason.INVALID_BREAK, `A break must end in the future and within ${MAX_BREAK_DAYS} days.`, {
      fields: { until: `must be in the future and within ${MAX_BREAK_DAYS} days` },
    });
  }
}
