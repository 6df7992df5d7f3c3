import { DomainException, type ErrorClass } from '@alongside/platform';

export enum GroupsErrorReason {
  /** No such group, or a hidden one the actor may not know about. */
  GROUP_NOT_FOUND = 'GROUP_NOT_FOUND',
  /** Another group already has this slug. */
  SLUG_TAKEN = 'SLUG_TAKEN',
  /** Every seat is taken: active members have reached the group's capacity. */
  GROUP_FULL = 'GROUP_FULL',
  /** The user is already an active member. */
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  /** The user's request to join is still waiting for a decision. */
  REQUEST_PENDING = 'REQUEST_PENDING',
  /** The group admits by invite link only. */
  INVITE_REQUIRED = 'INVITE_REQUIRED',
  /** The invite token is unknown, expired, revoked or used up (which of these is not told). */
  INVITE_INVALID = 'INVITE_INVALID',
  /** No such invite, or not one of a group the actor can see. */
  INVITE_NOT_FOUND = 'INVITE_NOT_FOUND',
  /** The actor is not an active member of the group, and the operation needs one. */
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  /** The user the operation is about has no (active or pending, as needed) membership in the group. */
  MEMBERSHIP_NOT_FOUND = 'MEMBERSHIP_NOT_FOUND',
  /** Only a pending request can be approved or declined. */
  NOT_PENDING = 'NOT_PENDING',
  /**
   * The change would leave a group that still has active members with no active moderator and no
   * active facilitator (demoting or the leaving of its last one). Appoint another first.
   */
  LAST_MODERATOR = 'LAST_MODERATOR',
  /** The meeting schedule is inconsistent; `fields` says where. */
  INVALID_SCHEDULE = 'INVALID_SCHEDULE',
  /** The time zone is not an IANA time zone this server knows. */
  INVALID_TIME_ZONE = 'INVALID_TIME_ZONE',
  /** A facilitator or moderator to appoint does not exist. */
  UNKNOWN_USER = 'UNKNOWN_USER',
  /** A break must end in the future and within a year. */
  INVALID_BREAK = 'INVALID_BREAK',
  /** A moderator muted the member in this group; `extensions.until` says until when (null: until lifted). */
  MEMBER_MUTED = 'MEMBER_MUTED',
  /**
   * A moderator banned the member from this group, or an admin from the platform (`extensions.scope`
   * GROUP or PLATFORM); `extensions.until` says until when (null: until lifted).
   */
  MEMBER_BANNED = 'MEMBER_BANNED',
}

const ERROR_CLASS: Record<GroupsErrorReason, ErrorClass> = {
  GROUP_NOT_FOUND: 'NOT_FOUND',
  SLUG_TAKEN: 'CONFLICT',
  GROUP_FULL: 'CONFLICT',
  ALREADY_MEMBER: 'CONFLICT',
  REQUEST_PENDING: 'CONFLICT',
  INVITE_REQUIRED: 'FORBIDDEN',
  INVITE_INVALID: 'BAD_USER_INPUT',
  INVITE_NOT_FOUND: 'NOT_FOUND',
  NOT_A_MEMBER: 'FORBIDDEN',
  MEMBERSHIP_NOT_FOUND: 'NOT_FOUND',
  NOT_PENDING: 'CONFLICT',
  LAST_MODERATOR: 'CONFLICT',
  INVALID_SCHEDULE: 'BAD_USER_INPUT',
  INVALID_TIME_ZONE: 'BAD_USER_INPUT',
  UNKNOWN_USER: 'BAD_USER_INPUT',
  INVALID_BREAK: 'BAD_USER_INPUT',
  MEMBER_MUTED: 'FORBIDDEN',
  MEMBER_BANNED: 'FORBIDDEN',
};

export class GroupsException extends DomainException<GroupsErrorReason> {
  constructor(reason: GroupsErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }

  static notFound(): GroupsException {
    return new GroupsException(GroupsErrorReason.GROUP_NOT_FOUND, 'No such group.');
  }
}
