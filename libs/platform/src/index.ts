import { Outbox1764140050000 } from './migrations/1764140050000-outbox.js';
import { OutboxWithoutAttempts1764201000000 } from './migrations/1764201000000-outbox-without-attempts.js';
import { OutboxEvent } from './outbox/outbox-event.entity.js';

export { AccessErrorReason, AccessException } from './access/access.exception.js';
export { ALL_SCOPES, type Actor, ApiScope, PlatformRole, hasScope, isPlatformAdmin, isPlatformModerator } from './access/actor.js';
export { requireActor } from './access/require-actor.js';
export { type AppConfig, ConfigError, loadConfig, loadConfigOrExit, type NotificationsConfig } from './config/app-config.js';
export { APP_CONFIG, ConfigModule } from './config/config.module.js';
export { type EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';
export { inBatches } from './database/batches.js';
export { insertJsonRows } from './database/json-rows.js';
export { propertyColumns } from './database/property-columns.js';
export { isRetryableTransactionError, isUniqueViolation } from './database/pg-errors.js';
export { DomainException, type ErrorClass, InvalidInputException } from './exceptions/domain.exception.js';
export { OutboxEvent };
export { decodeCursor, encodeCursor, type KeysetCursor, type Page, toPage } from './pagination/cursor.js';
export { DeletedPostsPolicy, type PersonalDataSource } from './privacy/personal-data.js';
export {
  announceOutboxEvent,
  appendOutboxEvent,
  appendOutboxEvents,
  type OutboxEventType,
  type OutboxEvents,
  type OutboxRow,
} from './outbox/outbox.js';

export const platformEntities = [OutboxEvent];
export const platformMigrations = [Outbox1764140050000, OutboxWithoutAttempts1764201000000];
