export { EventBus, filterEvents } from './event-bus.js';
export { type ItemOutcome, JobBatcher } from './job-batcher.js';
export { Metrics } from './metrics.js';
export { OutboxDispatcher, type OutboxDispatcherOptions } from './outbox-dispatcher.js';
export { QueueModule } from './queue.module.js';
export {
  type BulkJob,
  type JobMap,
  type QueueCounts,
  QueueService,
  type TypedJob,
  type TypedQueue,
  withTimeout,
  type WorkerSettings,
} from './queue.service.js';
