import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from './entities/api-key.entity.js';
import { LoginFailure } from './entities/login-attempt.entity.js';
import { User } from './entities/user.entity.js';
import { AdminBootstrapService } from './services/admin-bootstrap.service.js';
import { ApiKeysService } from './services/api-keys.service.js';
import { AuthService } from './services/auth.service.js';
import { IdentityPersonalData } from './services/identity-personal-data.js';
import { LoginRateLimiter } from './services/login-rate-limiter.js';
import { TokenService } from './services/token.service.js';
import { UsersService } from './services/users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User, ApiKey, LoginFailure])],
  providers: [
    AuthService,
    ApiKeysService,
    UsersService,
    TokenService,
    LoginRateLimiter,
    AdminBootstrapService,
    IdentityPersonalData,
  ],
  exports: [AuthService, ApiKeysService, UsersService, IdentityPersonalData],
})
export class IdentityModule {}
