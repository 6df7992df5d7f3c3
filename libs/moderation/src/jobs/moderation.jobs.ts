/** Moderation's upkeep: `expire-reports` jobs of one job scheduler, hourly. */
export const MODERATION_QUEUE = 'moderation';
export const EXPIRY_SCHEDULER_ID = 'expire-stale-reports';
export const EXPIRY_EVERY_MS = 3600 * 1000;
