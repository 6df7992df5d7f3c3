import { ApiKey } from './entities/api-key.entity.js';
import { LoginFailure } from './entities/login-attempt.entity.js';
import { User } from './entities/user.entity.js';
import { Identity1764140000000 } from './migrations/1764140000000-identity.js';

export { ApiKey, LoginFailure, User };
export { IdentityErrorReason, IdentityException } from './identity.exception.js';
export { IdentityModule } from './identity.module.js';
export { AdminBootstrapService } from './services/admin-bootstrap.service.js';
export { ApiKeysService, type CreatedApiKey } from './services/api-keys.service.js';
export { AuthService, type Registration, type Session, actorOf } from './services/auth.service.js';
export { HANDLE_PATTERN } from './services/handles.js';
export { IdentityPersonalData } from './services/identity-personal-data.js';
export { UsersService, type ProfileUpdate } from './services/users.service.js';

export const identityEntities = [User, ApiKey, LoginFailure];
export const identityMigrations = [Identity1764140000000];
