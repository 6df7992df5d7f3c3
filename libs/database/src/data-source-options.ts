import type { DataSourceOptions } from 'typeorm';
import { groupsEntities, groupsMigrations } from '@alongside/groups';
import { identityEntities, identityMigrations } from '@alongside/identity';

/** Every entity of every context: one database, one schema. */
export const allEntities = [...identityEntities, ...groupsEntities];

/** Every context's migrations; TypeORM orders them by their timestamps. */
export const allMigrations = [...identityMigrations, ...groupsMigrations];

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
