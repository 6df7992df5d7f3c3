import { AccessException } from './access.exception.js';
import { type Actor, type ApiScope, hasScope } from './actor.js';

/** The service-level gate every use case starts with: signed in, and holding the scope it needs. */
export function requireActor(actor: Actor | null, scope: ApiScope): Actor {
  if (actor === null) throw AccessException.signInRequired();
  if (!hasScope(actor, scope)) throw AccessException.missingScope(scope);
  return actor;
}
