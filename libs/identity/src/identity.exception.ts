import { DomainException, type ErrorClass } from '@alongside/platform';

export enum IdentityErrorReason {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  HANDLE_TAKEN = 'HANDLE_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  INVALID_API_KEY = 'INVALID_API_KEY',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  API_KEY_NOT_FOUND = 'API_KEY_NOT_FOUND',
  SCOPE_NOT_HELD = 'SCOPE_NOT_HELD',
  LAST_ADMIN = 'LAST_ADMIN',
}

const ERROR_CLASS: Record<IdentityErrorReason, ErrorClass> = {
  EMAIL_TAKEN: 'CONFLICT',
  HANDLE_TAKEN: 'CONFLICT',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_REQUESTS',
  INVALID_TOKEN: 'UNAUTHENTICATED',
  INVALID_API_KEY: 'UNAUTHENTICATED',
  WRONG_PASSWORD: 'BAD_USER_INPUT',
  USER_NOT_FOUND: 'NOT_FOUND',
  API_KEY_NOT_FOUND: 'NOT_FOUND',
  SCOPE_NOT_HELD: 'FORBIDDEN',
  LAST_ADMIN: 'CONFLICT',
};

export class IdentityException extends DomainException<IdentityErrorReason> {
  constructor(reason: IdentityErrorReason, message: string, details?: Record<string, unknown>) {
    super(reason, ERROR_CLASS[reason], message, details);
  }
}
