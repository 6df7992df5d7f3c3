import { DomainException, type ErrorClass } from '@alongside/platform';

export enum ModerationErrorReason {
  /** No such review item, or one of a group the actor does not moderate (items are never revealed). */
  ITEM_NOT_FOUND = 'ITEM_NOT_FOUND',
  /** Another moderator holds the item (a second claim, or acting on someone else's claim). */
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
  /** The item is resolved, or not claimed by the actor (releasing). */
  ITEM_CLOSED = 'ITEM_CLOSED',
  /** The member already reported this post or member. */
  ALREADY_REPORTED = 'ALREADY_REPORTED',
  /** Members do not report their own posts or themselves. */
  OWN_CONTENT = 'OWN_CONTENT',
  /** The post's state does not allow this action (e.g. approving a post that is not held); `extensions.status` says which. */
  ILLEGAL_POST_STATE = 'ILLEGAL_POST_STATE',
  /** The member to act on has no membership (of the status needed) in the group. */
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  /** Moderators are not restricted by other moderators of their group; ask an admin. */
  TARGET_IS_STAFF = 'TARGET_IS_STAFF',
  /** No mute or ban in force to lift. */
  NOT_RESTRICTED = 'NOT_RESTRICTED',
  /** No such watched term (or one of a group the actor does not moderate). */
  TERM_NOT_FOUND = 'TERM_NOT_FOUND',
  /** No such note about a member (or one the actor may not read). */
  NOTE_NOT_FOUND = 'NOTE_NOT_FOUND',
  /** The input is invalid in a way only the service sees (a rule key the group does not have, a past end); `fields` names it. */
  INVALID_MODERATION_INPUT = 'INVALID_MODERATION_INPUT',
}

const ERROR_CLASS: Record<ModerationErrorReason, ErrorClass> = {
  ITEM_NOT_FOUND: 'NOT_FOUND',
  ALREADY_CLAIMED: 'CONFLICT',
  ITEM_CLOSED: 'CONFLICT',
  ALREADY_REPORTED: 'CONFLICT',
  OWN_CONTENT: 'BAD_USER_INPUT',
  ILLEGAL_POST_STATE: 'CONFLICT',
  MEMBER_NOT_FOUND: 'NOT_FOUND',
  TARGET_IS_STAFF: 'FORBIDDEN',
  NOT_RESTRICTED: 'CONFLICT',
  TERM_NOT_FOUND: 'NOT_FOUND',
  NOTE_NOT_FOUND: 'NOT_FOUND',
  INVALID_MODERATION_INPUT: 'BAD_USER_INPUT',
};

export class ModerationException extends DomainException<ModerationErrorReason> {
  constructor(reason: ModerationErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }

  static itemNotFound(): ModerationException {
    return new ModerationException(ModerationErrorReason.ITEM_NOT_FOUND, 'No such review item.');
  }

  static invalid(field: string, problem: string): ModerationException {
    return new ModerationException(ModerationErrorReason.INVALID_MODERATION_INPUT, `${field} ${problem}.`, { fields: { [field]: problem } });
  }
}
