export { EventBus, filterEvents } from './event-bus.js';
export { Metrics } from './metrics.js';
export { OutboxDispatcher, type OutboxDispatcherOptions } from './outbox-dispatcher.js';
export { QueueModule } from './queue.module.js';
export {
  type JobMap,
  type QueueCounts,
  QueueService,
  type TypedJob,
  type TypedQueue,
  withTimeout,
  type WorkerSettings,
} from './queue.service.js';
