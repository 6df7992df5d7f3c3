/** Platform-wide roles. Group roles (facilitator, group moderator) live on memberships. */
export enum PlatformRole {
  ADMIN = 'ADMIN',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}

/** What an API key may do. A signed-in user holds every scope its role allows. */
export enum ApiScope {
  READ = 'read',
  WRITE = 'write',
  MODERATE = 'moderate',
  ADMIN = 'admin',
}

export const ALL_SCOPES: readonly ApiScope[] = Object.values(ApiScope);

/**
 * Who is asking. An API key acts as the user who created it, narrowed to the key's scopes.
 * `null` stands for an anonymous caller wherever an actor is optional.
 */
export interface Actor {
  readonly userId: string;
  readonly platformRole: PlatformRole;
  readonly scopes: ReadonlySet<ApiScope>;
  readonly apiKeyId?: string;
}

export function hasScope(actor: Actor, scope: ApiScope): boolean {
  return actor.scopes.has(scope);
}

export function isPlatformAdmin(actor: Actor | null): boolean {
  return actor !== null && actor.platformRole === PlatformRole.ADMIN && actor.scopes.has(ApiScope.ADMIN);
}

export function isPlatformModerator(actor: Actor | null): boolean {
  return (
    actor !== null &&
    (actor.platformRole === PlatformRole.ADMIN || actor.platformRole === PlatformRole.MODERATOR) &&
    actor.scopes.has(ApiScope.MODERATE)
  );
}
