export { AccessErrorReason, AccessException } from './access/access.exception.js';
export { ALL_SCOPES, type Actor, ApiScope, PlatformRole, hasScope, isPlatformAdmin, isPlatformModerator } from './access/actor.js';
export { requireActor } from './access/require-actor.js';
export { type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
export { APP_CONFIG, ConfigModule } from './config/config.module.js';
export { type EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';
export { isRetryableTransactionError, isUniqueViolation } from './database/pg-errors.js';
export { DomainException, type ErrorClass, InvalidInputException } from './exceptions/domain.exception.js';
