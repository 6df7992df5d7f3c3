import { DomainException, type ErrorClass } from '@alongside/platform';

export enum GroundRulesErrorReason {
  /** The member has not accepted the group's current rules; details name the version to accept. */
  GROUND_RULES_NOT_ACCEPTED = 'GROUND_RULES_NOT_ACCEPTED',
  /** The version being accepted is no longer current; details name the current one. */
  STALE_VERSION = 'STALE_VERSION',
  VERSION_NOT_FOUND = 'VERSION_NOT_FOUND',
}

const ERROR_CLASS: Record<GroundRulesErrorReason, ErrorClass> = {
  GROUND_RULES_NOT_ACCEPTED: 'GROUND_RULES_NOT_ACCEPTED',
  STALE_VERSION: 'CONFLICT',
  VERSION_NOT_FOUND: 'NOT_FOUND',
};

export class GroundRulesException extends DomainException<GroundRulesErrorReason> {
  constructor(reason: GroundRulesErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }
}
