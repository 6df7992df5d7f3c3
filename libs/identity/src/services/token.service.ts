import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';

export interface AccessTokenClaims {
  readonly sub: string;
  /** Issued-at, seconds since the epoch. */
  readonly iat: number;
}

/** Signs and verifies the HS256 access tokens sent as `Authorization: Bearer …`. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.jwt = new JwtService({
      secret: config.auth.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: config.auth.tokenTtlSeconds, audience: 'alongside' },
      verifyOptions: { algorithms: ['HS256'], audience: 'alongside' },
    });
  }

  sign(userId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: userId });
    return { token, expiresAt: new Date(Date.now() + this.config.auth.tokenTtlSeconds * 1000) };
  }

  /** The claims of a valid token, or `null` for an expired, forged or malformed one. */
  verify(token: string): AccessTokenClaims | null {
    try {
      const claims = this.jwt.verify<{ sub?: unknown; iat?: unknown }>(token);
      if (typeof claims.sub !== 'string' || typeof claims.iat !== 'number') return null;
      return { sub: claims.sub, iat: claims.iat };
    } catch {
      return null;
    }
  }
}
