import { AccessException, type Actor, ApiScope, InvalidInputException, isPlatformAdmin, requireActor } from '@alongside/platform';

/** Only platform admins (or their keys with the ADMIN scope) configure the connector or read its state. */
export function requireConnectorAdmin(actor: Actor | null): Actor {
  const me = requireActor(actor, ApiScope.ADMIN);
  if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins manage the Discourse connector.');
  return me;
}

/** A Discourse category id or slug as stored and compared: trimmed, lower-cased. */
export function categoryKey(category: string): string {
  const key = category.trim().toLowerCase();
  if (!/^[\w-]{1,100}$/.test(key)) {
    throw new InvalidInputException('A category is a Discourse category id or slug.', { category: 'must be a category id or slug' });
  }
  return key;
}

/** A backfill starts from a past date. */
export function requirePastDate(since: Date): Date {
  if (Number.isNaN(since.getTime()) || since.getTime() > Date.now()) {
    throw new InvalidInputException('A backfill starts from a date in the past.', { since: 'must be a date in the past' });
  }
  return since;
}
