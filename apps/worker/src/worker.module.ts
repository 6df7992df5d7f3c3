import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AlertsWorkerModule } from '@alongside/alerts';
import { DATABASE_ENDPOINT, DatabaseModule } from '@alongside/database';
import { DiscourseModule, DiscourseWorkerModule } from '@alongside/discourse';
import { ModerationWorkerModule } from '@alongside/moderation';
import { NotifierEmailModule } from '@alongside/notifier-email';
import { NotifierWebhookModule } from '@alongside/notifier-webhook';
import { type AppConfig, ConfigModule } from '@alongside/platform';
import { QueueModule } from '@alongside/queue';
import { WorkerMetricsListener } from './metrics-listener.js';

/** The worker process: the libs' queue processors, without GraphQL; HTTP only for `/metrics` and `/health` when asked. */
@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(DATABASE_ENDPOINT),
        ...NotifierEmailModule.register(config),
        ...NotifierWebhookModule.register(config),
        AlertsWorkerModule,
        ModerationWorkerModule,
        ...DiscourseModule.register(config),
        ...DiscourseWorkerModule.register(config),
      ],
      providers: [WorkerMetricsListener],
    };
  }
}
