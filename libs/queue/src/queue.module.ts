import { type DynamicModule, Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';
import { Metrics } from './metrics.js';
import { QUEUE_DATABASE } from './queue-database.js';
import { QueueService } from './queue.service.js';

/** BullMQ queues, the cross-process event bus and the metrics registry, on the configured backend. */
@Global()
@Module({})
export class QueueModule {
  /** `databaseEndpoint`: the token of the database endpoint (`DATABASE_ENDPOINT`), passed in to keep libs acyclic. */
  static forRoot(databaseEndpoint: symbol): DynamicModule {
    return {
      module: QueueModule,
      providers: [{ provide: QUEUE_DATABASE, useExisting: databaseEndpoint }, Metrics, QueueService, EventBus],
      exports: [Metrics, QueueService, EventBus],
    };
  }
}
