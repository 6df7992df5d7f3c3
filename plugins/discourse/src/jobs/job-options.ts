import type { JobsOptions } from 'bullmq';

/**
 * Every connector job: retried with backoff, kept a while once done (so a re-added id is a no-op). A failed job is kept
 * a week for operators, except those a sweep or an admin re-queues under the same id: they add `removeOnFail: true`,
 * since a failed job left in place would make every later add of its id a no-op.
 */
export const jobOptions: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
