import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig, PlatformRole } from '@alongside/platform';
import { User } from '../entities/user.entity.js';
import { AuthService } from './auth.service.js';

/**
 * Makes sure a fresh installation has an admin: from ADMIN_EMAIL/ADMIN_PASSWORD, or on the embedded
 * default a generated one whose credentials are printed once.
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrapService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly auth: AuthService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.env === 'test') return;
    await this.ensureAdmin();
  }

  /** Returns the generated password when one was made, so the caller can show it. */
  async ensureAdmin(): Promise<{ email: string; password?: string } | null> {
    if (await this.users.existsBy({ platformRole: PlatformRole.ADMIN })) return null;
    const { adminEmail, adminPassword } = this.config.auth;
    if (adminEmail && adminPassword) {
      await this.auth.register({ email: adminEmail, password: adminPassword, handle: 'admin' }, PlatformRole.ADMIN);
      this.logger.log('created the first admin from ADMIN_EMAIL');
      return { email: adminEmail };
    }
    if (this.config.database.url !== undefined) {
      this.logger.warn('no admin exists: set ADMIN_EMAIL and ADMIN_PASSWORD and restart to create one');
      return null;
    }
    const email = 'admin@alongside.local';
    const password = randomBytes(12).toString('base64url');
    await this.auth.register({ email, password, handle: 'admin' }, PlatformRole.ADMIN);
    // Printed once, on purpose, to the terminal of whoever ran `npm start`; never logged as structured data.
    process.stdout.write(
      `\n  First admin created on the embedded database:\n    e-mail:   ${email}\n    password: ${password}\n` +
        `  Keep it safe: it is not shown again. Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own.\n\n`,
    );
    return { email, password };
  }
}
