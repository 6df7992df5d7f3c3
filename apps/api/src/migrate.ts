import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@alongside/database';
import { ConfigError, loadConfig } from '@alongside/platform';

/** `npm run migration:run`: applies pending migrations to DATABASE_URL in one transaction. */
try {
  const config = loadConfig();
  if (config.database.url === undefined) {
    throw new ConfigError('DATABASE_URL', 'is required (the embedded default migrates itself on start)');
  }
  const dataSource = await new DataSource(dataSourceOptions(config.database.url, { poolSize: 1 })).initialize();
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  process.stdout.write(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}\n` : 'no pending migrations\n');
  await dataSource.destroy();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
