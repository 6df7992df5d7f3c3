import { DomainException } from '../exceptions/domain.exception.js';

export enum AccessErrorReason {
  /** No credentials where some are required. */
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  /** The API key lacks the scope the operation needs. */
  MISSING_SCOPE = 'MISSING_SCOPE',
  /** The actor's role does not allow the operation. */
  NOT_ALLOWED = 'NOT_ALLOWED',
}

export class AccessException extends DomainException<AccessErrorReason> {
  static signInRequired(): AccessException {
    return new AccessException(AccessErrorReason.SIGN_IN_REQUIRED, 'UNAUTHENTICATED', 'Sign in to do this.');
  }

  static missingScope(scope: string): AccessException {
    return new AccessException(
      AccessErrorReason.MISSING_SCOPE,
      'FORBIDDEN',
      `This API key lacks the "${scope}" scope.`,
      { scope },
    );
  }

  static notAllowed(message = 'You are not allowed to do this.'): AccessException {
    return new AccessException(AccessErrorReason.NOT_ALLOWED, 'FORBIDDEN', message);
  }
}
