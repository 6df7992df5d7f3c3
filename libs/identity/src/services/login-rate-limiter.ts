import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, MoreThan, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@alongside/platform';
import { LoginFailure } from '../entities/login-attempt.entity.js';
import { IdentityErrorReason, IdentityException } from '../identity.exception.js';

/**
 * Counts failed sign-ins per e-mail address in the database, so the limit holds across API processes.
 * Failures age out of a sliding window; a success clears them.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @InjectRepository(LoginFailure) private readonly failures: Repository<LoginFailure>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(key: string): Promise<void> {
    const { loginMaxAttempts, loginWindowSeconds } = this.config.auth;
    const since = new Date(Date.now() - loginWindowSeconds * 1000);
    const recent = await this.failures.find({
      where: { key, failedAt: MoreThan(since) },
      order: { failedAt: 'ASC' },
      take: loginMaxAttempts,
    });
    if (recent.length < loginMaxAttempts) return;
    const retryAt = recent[0].failedAt.getTime() + loginWindowSeconds * 1000;
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAt - Date.now()) / 1000));
    throw new IdentityException(
      IdentityErrorReason.TOO_MANY_ATTEMPTS,
      `Too many failed sign-ins. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    );
  }

  async recordFailure(key: string): Promise<void> {
    await this.failures.insert({ key });
    const cutoff = new Date(Date.now() - this.config.auth.loginWindowSeconds * 1000);
    await this.failures.delete({ key, failedAt: LessThan(cutoff) });
  }

  async clear(key: string): Promise<void> {
    await this.failures.delete({ key });
  }
}
