import { Injectable } from '@nestjs/common';
import { ApiKeysService, AuthService } from '@alongside/identity';
import type { Actor } from '@alongside/platform';

const API_KEY_PREFIX = 'alg_';

/** Turns raw credentials into an actor: API keys by their prefix, everything else as a JWT. */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async resolve(credentials: string | undefined): Promise<Actor | null> {
    if (credentials === undefined) return null;
    return credentials.startsWith(API_KEY_PREFIX)
      ? this.apiKeys.authenticate(credentials)
      : this.auth.authenticateToken(credentials);
  }
}
