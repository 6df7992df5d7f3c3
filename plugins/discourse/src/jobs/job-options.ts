import type { JobsOptions } from 'bullmq';

/** Every connector job: retried with backoff, kept a while once done (so a re-added id is a no-op), dropped when failed (the sweeps re-add). */
export const jobOptions: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
