import { DomainException, type ErrorClass } from '@alongside/platform';

export enum DiscourseErrorReason {
  /** A webhook without a valid `X-Discourse-Event-Signature` (HTTP 401). */
  BAD_SIGNATURE = 'BAD_SIGNATURE',
  /** A signed webhook whose body is not the JSON Discourse sends (HTTP 400). */
  BAD_PAYLOAD = 'BAD_PAYLOAD',
  /** The forum refused the API key or its user (HTTP 403 `invalid_access`): retrying will not help. */
  FORUM_FORBIDDEN = 'FORUM_FORBIDDEN',
  /** The forum answered 4xx to a request; `details` holds the status and its `errors`. */
  FORUM_REJECTED = 'FORUM_REJECTED',
  /** The forum did not answer, answered 5xx, or kept rate-limiting: retried with backoff. */
  FORUM_UNAVAILABLE = 'FORUM_UNAVAILABLE',
  /** A backfill is running in another process (the worker or the command): one at a time, so its counts stay right. */
  BACKFILL_RUNNING = 'BACKFILL_RUNNING',
  /** The Discourse connector is not configured (DISCOURSE_* unset). */
  NOT_CONFIGURED = 'NOT_CONFIGURED',
  /** A category mapping names a group that does not exist. */
  UNKNOWN_GROUP = 'UNKNOWN_GROUP',
}

const ERROR_CLASS: Record<DiscourseErrorReason, ErrorClass> = {
  BAD_SIGNATURE: 'UNAUTHENTICATED',
  BAD_PAYLOAD: 'BAD_USER_INPUT',
  FORUM_FORBIDDEN: 'FORBIDDEN',
  FORUM_REJECTED: 'CONFLICT',
  FORUM_UNAVAILABLE: 'CONFLICT',
  BACKFILL_RUNNING: 'CONFLICT',
  NOT_CONFIGURED: 'CONFLICT',
  UNKNOWN_GROUP: 'BAD_USER_INPUT',
};

export class DiscourseException extends DomainException<DiscourseErrorReason> {
  constructor(reason: DiscourseErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }
}
