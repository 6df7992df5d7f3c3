import { DomainException, type ErrorClass } from '@alongside/platform';

export enum DiscussionsErrorReason {
  /** No such topic or post, or one in a group the actor may not read. */
  TOPIC_NOT_FOUND = 'TOPIC_NOT_FOUND',
  POST_NOT_FOUND = 'POST_NOT_FOUND',
  /** Only the author edits a post through this operation. */
  NOT_AUTHOR = 'NOT_AUTHOR',
  /** The body or title is empty or too long. */
  INVALID_TEXT = 'INVALID_TEXT',
  /** The topic is locked by a moderator; `extensions.reason` text is in the message. */
  TOPIC_LOCKED = 'TOPIC_LOCKED',
  /** An automatic rule refused the post; the message says why, so the author can change it. */
  POST_BLOCKED = 'POST_BLOCKED',
}

const ERROR_CLASS: Record<DiscussionsErrorReason, ErrorClass> = {
  TOPIC_NOT_FOUND: 'NOT_FOUND',
  POST_NOT_FOUND: 'NOT_FOUND',
  NOT_AUTHOR: 'FORBIDDEN',
  INVALID_TEXT: 'BAD_USER_INPUT',
  TOPIC_LOCKED: 'CONFLICT',
  POST_BLOCKED: 'BAD_USER_INPUT',
};

export class DiscussionsException extends DomainException<DiscussionsErrorReason> {
  constructor(reason: DiscussionsErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }
}
