import { DomainException, type ErrorClass } from '@alongside/platform';

export enum GroupsErrorReason {
  /** No such group, or a hidden one the actor may not know about. */
  GROUP_NOT_FOUND = 'GROUP_NOT_FOUND',
  SLUG_TAKEN = 'SLUG_TAKEN',
  GROUP_FULL = 'GROUP_FULL',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  REQUEST_PENDING = 'REQUEST_PENDING',
  INVITE_REQUIRED = 'INVITE_REQUIRED',
  INVITE_INVALID = 'INVITE_INVALID',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  MEMBERSHIP_NOT_FOUND = 'MEMBERSHIP_NOT_FOUND',
  NOT_PENDING = 'NOT_PENDING',
  LAST_MODERATOR = 'LAST_MODERATOR',
  INVALID_SCHEDULE = 'INVALID_SCHEDULE',
}

const ERROR_CLASS: Record<GroupsErrorReason, ErrorClass> = {
  GROUP_NOT_FOUND: 'NOT_FOUND',
  SLUG_TAKEN: 'CONFLICT',
  GROUP_FULL: 'CONFLICT',
  ALREADY_MEMBER: 'CONFLICT',
  REQUEST_PENDING: 'CONFLICT',
  INVITE_REQUIRED: 'FORBIDDEN',
  INVITE_INVALID: 'BAD_USER_INPUT',
  NOT_A_MEMBER: 'FORBIDDEN',
  MEMBERSHIP_NOT_FOUND: 'NOT_FOUND',
  NOT_PENDING: 'CONFLICT',
  LAST_MODERATOR: 'CONFLICT',
  INVALID_SCHEDULE: 'BAD_USER_INPUT',
};

export class GroupsException extends DomainException<GroupsErrorReason> {
  constructor(reason: GroupsErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }

  static notFound(): GroupsException {
    return new GroupsException(GroupsErrorReason.GROUP_NOT_FOUND, 'No such group.');
  }
}
