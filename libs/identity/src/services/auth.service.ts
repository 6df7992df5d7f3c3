import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Actor, ALL_SCOPES, ApiScope, PlatformRole, isUniqueViolation, requireActor } from '@alongside/platform';
import { User } from '../entities/user.entity.js';
import { IdentityErrorReason, IdentityException } from '../identity.exception.js';
import { generateHandle } from './handles.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password.js';
import { TokenService } from './token.service.js';

export interface Registration {
  email: string;
  password: string;
  handle?: string;
  displayName?: string;
  locale?: string;
  region?: string;
}

export interface Session {
  accessToken: string;
  expiresAt: Date;
  user: User;
}

/**
 * A signed-in user holds every scope: what they may do is decided by their roles. An API key acts as
 * its creator, narrowed to the key's scopes; platform-wide powers still need the creator's role.
 */
export function actorOf(user: User, apiKey?: { id: string; scopes: readonly ApiScope[] }): Actor {
  return {
    userId: user.id,
    platformRole: user.platformRole,
    scopes: new Set(apiKey ? apiKey.scopes : ALL_SCOPES),
    apiKeyId: apiKey?.id,
  };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokenService,
    private readonly rateLimiter: LoginRateLimiter,
  ) {}

  async register(input: Registration, role: PlatformRole = PlatformRole.MEMBER): Promise<Session> {
    const email = input.email.trim().toLowerCase();
    const user = this.users.create({
      email,
      passwordHash: await hashPassword(input.password),
      handle: input.handle ?? generateHandle(),
      displayName: input.displayName ?? null,
      locale: input.locale ?? 'en',
      region: input.region?.toUpperCase() ?? null,
      platformRole: role,
    });
    try {
      await this.users.insert(user);
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_users_email')) {
        throw new IdentityException(IdentityErrorReason.EMAIL_TAKEN, 'An account with this e-mail already exists.', {
          fields: { email: 'already registered' },
        });
      }
      if (isUniqueViolation(error, 'UQ_users_handle_ci')) {
        throw new IdentityException(IdentityErrorReason.HANDLE_TAKEN, 'This handle is taken; choose another.', {
          fields: { handle: 'already taken' },
        });
      }
      throw error;
    }
    this.logger.log({ userId: user.id }, 'user registered');
    return this.issue(user);
  }

  async login(emailInput: string, password: string): Promise<Session> {
    const email = emailInput.trim().toLowerCase();
    await this.rateLimiter.assertAllowed(email);
    const user = await this.users.findOneBy({ email });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid) {
      await this.rateLimiter.recordFailure(email);
      throw new IdentityException(IdentityErrorReason.INVALID_CREDENTIALS, 'Wrong e-mail or password.');
    }
    await this.rateLimiter.clear(email);
    return this.issue(user);
  }

  /** Changing the password signs out every other session and returns a fresh one. */
  async changePassword(actor: Actor | null, currentPassword: string, newPassword: string): Promise<Session> {
    const me = requireActor(actor, ApiScope.WRITE);
    await this.confirmPassword(me, currentPassword, 'currentPassword');
    const user = await this.users.findOneByOrFail({ id: me.userId });
    user.passwordHash = await hashPassword(newPassword);
    // JWT iat has one-second resolution: tokens issued in this very second stay valid, earlier ones do not.
    user.tokensValidAfter = new Date(Math.floor(Date.now() / 1000) * 1000);
    await this.users.save(user);
    return this.issue(user);
  }

  /** For irreversible acts (deleting the account): the signed-in user proves it is them. */
  async confirmPassword(actor: Actor, password: string, field = 'password'): Promise<void> {
    if (actor.apiKeyId) throw new IdentityException(IdentityErrorReason.SCOPE_NOT_HELD, 'API keys cannot do this.');
    const user = await this.users.findOneBy({ id: actor.userId });
    if (!user || !(await verifyPassword(user.passwordHash, password))) {
      throw new IdentityException(IdentityErrorReason.WRONG_PASSWORD, 'The password is wrong.', {
        fields: { [field]: 'is wrong' },
      });
    }
  }

  /** The actor behind a bearer token; throws UNAUTHENTICATED for a bad or revoked one. */
  async authenticateToken(token: string): Promise<Actor> {
    const claims = this.tokens.verify(token);
    const user = claims ? await this.users.findOneBy({ id: claims.sub }) : null;
    if (!claims || !user || claims.iat < Math.floor(user.tokensValidAfter.getTime() / 1000)) {
      throw new IdentityException(IdentityErrorReason.INVALID_TOKEN, 'The access token is invalid or expired.');
    }
    return actorOf(user);
  }

  private issue(user: User): Session {
    const { token, expiresAt } = this.tokens.sign(user.id);
    return { accessToken: token, expiresAt, user };
  }
}
