import { DomainException, type ErrorClass } from '@alongside/platform';

export enum AlertsErrorReason {
  /** No such alert, or one in a group the actor does not moderate. */
  ALERT_NOT_FOUND = 'ALERT_NOT_FOUND',
  /** Another moderator holds the alert (a second claim, or acting on someone else's claim). */
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
  /** The alert's status does not allow this step; `extensions.status` and `extensions.action` say which. */
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  /** Reopening would make a second active alert for the same post. */
  POST_HAS_ACTIVE_ALERT = 'POST_HAS_ACTIVE_ALERT',
  /** The resolution note is empty or too long. */
  INVALID_NOTE = 'INVALID_NOTE',
  /** No such failed job. */
  JOB_NOT_FOUND = 'JOB_NOT_FOUND',
}

const ERROR_CLASS: Record<AlertsErrorReason, ErrorClass> = {
  ALERT_NOT_FOUND: 'NOT_FOUND',
  ALREADY_CLAIMED: 'CONFLICT',
  ILLEGAL_TRANSITION: 'CONFLICT',
  POST_HAS_ACTIVE_ALERT: 'CONFLICT',
  INVALID_NOTE: 'BAD_USER_INPUT',
  JOB_NOT_FOUND: 'NOT_FOUND',
};

export class AlertsException extends DomainException<AlertsErrorReason> {
  constructor(reason: AlertsErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }

  static notFound(): AlertsException {
    return new AlertsException(AlertsErrorReason.ALERT_NOT_FOUND, 'No such alert.');
  }
}
