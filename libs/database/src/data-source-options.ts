import type { DataSourceOptions } from 'typeorm';
import { alertsEntities, alertsMigrations } from '@alongside/alerts';
import { auditEntities, auditMigrations } from '@alongside/audit';
import { discourseEntities, discourseMigrations } from '@alongside/discourse';
import { discussionsEntities, discussionsMigrations } from '@alongside/discussions';
import { groundRulesEntities, groundRulesMigrations } from '@alongside/ground-rules';
import { groupsEntities, groupsMigrations } from '@alongside/groups';
import { identityEntities, identityMigrations } from '@alongside/identity';
import { moderationEntities, moderationMigrations } from '@alongside/moderation';
import { platformEntities, platformMigrations } from '@alongside/platform';

/** Every entity of every context: one database, one schema. */
export const allEntities = [
  ...platformEntities,
  ...identityEntities,
  ...groupsEntities,
  ...groundRulesEntities,
  ...discussionsEntities,
  ...auditEntities,
  ...alertsEntities,
  ...moderationEntities,
  ...discourseEntities,
];

/** Every context's migrations; TypeORM orders them by their timestamps. */
export const allMigrations = [
  ...platformMigrations,
  ...identityMigrations,
  ...groupsMigrations,
  ...groundRulesMigrations,
  ...discussionsMigrations,
  ...auditMigrations,
  ...alertsMigrations,
  ...moderationMigrations,
  ...discourseMigrations,
];

export function dataSourceOptions(url: string, options: { poolSize?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: allEntities,
    migrations: allMigrations,
    migrationsTransactionMode: 'all',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: options.poolSize ?? 10 },
  };
}
