import { ApiScope, PlatformRole } from '@alongside/platform';
import { GroupRole, GroupVisibility, MembershipStatus, MembersListVisibility } from '../entities/group.enums.js';

/** Everything one may do to or in a group. Each maps to exactly one API scope. */
export enum GroupPermission {
  /** Know that the group exists and see its profile. */
  VIEW = 'VIEW',
  /** Read its topics and posts. */
  READ_CONTENT = 'READ_CONTENT',
  /** Join or ask to join (admission is checked by the membership service). */
  JOIN = 'JOIN',
  /** Write topics and posts (ground-rule acceptance is checked by discussions). */
  POST = 'POST',
  /** Change one's own membership: leave, withdraw a request, take a break, listening mode, display name. */
  PARTICIPATE = 'PARTICIPATE',
  VIEW_MEMBERS = 'VIEW_MEMBERS',
  /** Approve or decline join requests, make invite links. */
  REVIEW_REQUESTS = 'REVIEW_REQUESTS',
  /** Moderate content and members. */
  MODERATE = 'MODERATE',
  /** Edit the group's settings and ground rules. */
  MANAGE = 'MANAGE',
  /** Appoint facilitators and group moderators. */
  ASSIGN_ROLES = 'ASSIGN_ROLES',
}

export const SCOPE_OF_PERMISSION: Record<GroupPermission, ApiScope> = {
  VIEW: ApiScope.READ,
  READ_CONTENT: ApiScope.READ,
  VIEW_MEMBERS: ApiScope.READ,
  JOIN: ApiScope.WRITE,
  POST: ApiScope.WRITE,
  PARTICIPATE: ApiScope.WRITE,
  REVIEW_REQUESTS: ApiScope.MODERATE,
  MODERATE: ApiScope.MODERATE,
  MANAGE: ApiScope.ADMIN,
  ASSIGN_ROLES: ApiScope.ADMIN,
};

export interface GroupAccessFacts {
  readonly visibility: GroupVisibility;
  readonly membersListVisibility: MembersListVisibility;
  /** `null` for an anonymous caller. */
  readonly platformRole: PlatformRole | null;
  readonly membership: { readonly status: MembershipStatus; readonly role: GroupRole } | null;
}

/** The one table of who may do what in a group; deny unless a case says yes. */
export function groupPermits(permission: GroupPermission, facts: GroupAccessFacts): boolean {
  const { platformRole, membership } = facts;
  const signedIn = platformRole !== null;
  const admin = platformRole === PlatformRole.ADMIN;
  const platformModerator = admin || platformRole === PlatformRole.MODERATOR;
  const active = membership?.status === MembershipStatus.ACTIVE;
  const pending = membership?.status === MembershipStatus.PENDING;
  const staff = active && (membership.role === GroupRole.FACILITATOR || membership.role === GroupRole.MODERATOR);
  const groupModerator = active && membership.role === GroupRole.MODERATOR;

  switch (permission) {
    case GroupPermission.VIEW:
      return facts.visibility !== GroupVisibility.HIDDEN || active || pending || platformModerator;
    case GroupPermission.READ_CONTENT:
      return (facts.visibility === GroupVisibility.PUBLIC && signedIn) || active || platformModerator;
    case GroupPermission.JOIN:
      // Active members pass so that joining again is answered ALREADY_MEMBER, not refused.
      return signedIn && (facts.visibility !== GroupVisibility.HIDDEN || active || pending || platformModerator);
    case GroupPermission.POST:
      return active;
    case GroupPermission.PARTICIPATE:
      return active || pending;
    case GroupPermission.VIEW_MEMBERS:
      return facts.membersListVisibility === MembersListVisibility.MEMBERS
        ? active || platformModerator
        : staff || platformModerator;
    case GroupPermission.REVIEW_REQUESTS:
    case GroupPermission.MODERATE:
      return staff || platformModerator;
    case GroupPermission.MANAGE:
    case GroupPermission.ASSIGN_ROLES:
      return groupModerator || admin;
  }
}
