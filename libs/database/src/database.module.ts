import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, type EmbeddedPostgres, startEmbeddedPostgres } from '@alongside/platform';
import { dataSourceOptions } from './data-source-options.js';

/** Where the database is: a server's URL, or the embedded PGlite this process started. */
export interface DatabaseEndpoint {
  readonly url: string;
  readonly embedded?: EmbeddedPostgres;
}

export const DATABASE_ENDPOINT = Symbol('DATABASE_ENDPOINT');

@Global()
@Module({})
class DatabaseEndpointModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_ENDPOINT) private readonly endpoint: DatabaseEndpoint) {}

  static register(url: string | undefined): DynamicModule {
    return {
      module: DatabaseEndpointModule,
      providers: [
        {
          provide: DATABASE_ENDPOINT,
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig): Promise<DatabaseEndpoint> => {
            const serverUrl = url ?? config.database.url;
            if (serverUrl !== undefined) return { url: serverUrl };
            const embedded = await startEmbeddedPostgres(config.database.dataDir);
            new Logger('Database').log(`embedded PostgreSQL (PGlite) on ${embedded.url}, data in ${config.database.dataDir}`);
            return { url: embedded.url, embedded };
          },
        },
      ],
      exports: [DATABASE_ENDPOINT],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.endpoint.embedded?.close();
  }
}

@Module({})
export class DatabaseModule {
  /**
   * TypeORM on `url`, on DATABASE_URL, or else on an embedded PGlite. Migrations run on start
   * only on the embedded default; servers are migrated by `npm run migration:run`.
   */
  static forRoot(options: { url?: string } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        DatabaseEndpointModule.register(options.url),
        TypeOrmModule.forRootAsync({
          inject: [DATABASE_ENDPOINT],
          useFactory: (endpoint: DatabaseEndpoint) => ({
            ...dataSourceOptions(endpoint.url, { poolSize: endpoint.embedded ? 4 : 10 }),
            migrationsRun: endpoint.embedded !== undefined,
          }),
        }),
      ],
    };
  }
}
