/**
 * The client-facing error classes, sent as GraphQL `extensions.code`:
 * - UNAUTHENTICATED: no or invalid credentials.
 * - FORBIDDEN: authenticated, but this actor may not do this.
 * - NOT_FOUND: no such thing, or the actor may not know it exists.
 * - BAD_USER_INPUT: the input is invalid; `extensions.fields` names the offending fields.
 * - CONFLICT: the state changed or forbids this (a duplicate, a full group, a second claim).
 * - GROUND_RULES_NOT_ACCEPTED: the member must accept the group's current ground rules first.
 * - TOO_MANY_REQUESTS: rate limited; `extensions.retryAfterSeconds` says when to try again.
 */
export type ErrorClass =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'GROUND_RULES_NOT_ACCEPTED'
  | 'TOO_MANY_REQUESTS';

/**
 * Base of every context's exception. `reason` is the context's own string-enum code
 * (e.g. `GROUP_FULL`), `errorClass` the client-facing class it maps to.
 */
export abstract class DomainException<Reason extends string = string> extends Error {
  protected constructor(
    readonly reason: Reason,
    readonly errorClass: ErrorClass,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Raised where input is invalid in a way that validation decorators cannot see. */
export class InvalidInputException extends DomainException<'INVALID_INPUT'> {
  constructor(message: string, fields: Record<string, string>) {
    super('INVALID_INPUT', 'BAD_USER_INPUT', message, { fields });
  }
}
