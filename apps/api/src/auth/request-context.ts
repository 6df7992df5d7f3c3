import type { Request } from 'express';
import type { Actor } from '@alongside/platform';
import type { Loaders } from '../graphql/loaders.js';

/** The GraphQL context of one request (HTTP) or one subscription socket. */
export interface RequestContext {
  req?: Request;
  /** Raw credentials: `Authorization: Bearer …` or `X-Api-Key`. */
  credentials: string | undefined;
  /** Resolved once per request by the guard (the promise keeps parallel fields from resolving twice). */
  actorPromise?: Promise<Actor | null>;
  actor?: Actor | null;
  loaders: Loaders;
}

export function credentialsOf(headers: { authorization?: string; 'x-api-key'?: string | string[] }): string | undefined {
  const apiKey = headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.trim() !== '') return apiKey.trim();
  const match = /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '');
  return match?.[1].trim();
}
