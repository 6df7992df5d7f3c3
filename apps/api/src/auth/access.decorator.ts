import { SetMetadata } from '@nestjs/common';

export enum AccessLevel {
  /** Anyone; the actor is resolved when credentials are sent. */
  PUBLIC = 'PUBLIC',
  /** A signed-in user or an API key. Finer checks happen in the service. */
  SIGNED_IN = 'SIGNED_IN',
}

export const ACCESS_METADATA = 'alongside:access';

/** Every query, mutation and subscription declares its access; the guard refuses those that do not. */
export const Access = (level: AccessLevel) => SetMetadata(ACCESS_METADATA, level);
