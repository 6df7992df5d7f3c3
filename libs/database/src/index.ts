export { DATABASE_ENDPOINT, type DatabaseEndpoint, DatabaseModule } from './database.module.js';
export { allEntities, allMigrations, dataSourceOptions } from './data-source-options.js';
