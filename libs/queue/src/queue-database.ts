import type { PGlite } from '@electric-sql/pglite';

/** Where the application database is (the shape of `@alongside/database`'s endpoint, which this lib cannot import). */
export interface QueueDatabase {
  readonly url: string;
  readonly embedded?: { readonly db: PGlite; inProcess(work: () => Promise<void>): Promise<void> };
}

export const QUEUE_DATABASE = Symbol('QUEUE_DATABASE');
