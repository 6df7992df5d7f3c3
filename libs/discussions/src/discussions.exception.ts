import { DomainException, type ErrorClass } from '@alongside/platform';

export enum DiscussionsErrorReason {
  /** No such topic or post, or one in a group the actor may not read. */
  TOPIC_NOT_FOUND = 'TOPIC_NOT_FOUND',
  POST_NOT_FOUND = 'POST_NOT_FOUND',
  /** Only the author edits a post through this operation. */
  NOT_AUTHOR = 'NOT_AUTHOR',
  /** The body or title is empty or too long. */
  INVALID_TEXT = 'INVALID_TEXT',
}

const ERROR_CLASS: Record<DiscussionsErrorReason, ErrorClass> = {
  TOPIC_NOT_FOUND: 'NOT_FOUND',
  POST_NOT_FOUND: 'NOT_FOUND',
  NOT_AUTHOR: 'FORBIDDEN',
  INVALID_TEXT: 'BAD_USER_INPUT',
};

export class DiscussionsException extends DomainException<DiscussionsErrorReason> {
  constructor(reason: DiscussionsErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }
}
