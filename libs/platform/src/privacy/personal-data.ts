import type { EntityManager } from 'typeorm';

/** What happens to a deleted member's posts, by the organization's policy. */
export enum DeletedPostsPolicy {
  /** Posts stay, shown as written by a deleted member (the default: a thread keeps its sense). */
  ANONYMIZE = 'anonymize',
  /** Posts and their revisions are removed. */
  REMOVE = 'remove',
}

/**
 * A context's part in members' rights: what it holds about a user (for `exportMyData`) and how it
 * forgets them (for account deletion), each run inside the caller's transaction.
 */
export interface PersonalDataSource {
  /** The key of this context's section in the export, e.g. `posts`. */
  readonly section: string;
  export(manager: EntityManager, userId: string): Promise<unknown>;
  /** Erases or anonymizes this context's personal data of the user; runs before the user row is deleted. */
  erase(manager: EntityManager, userId: string, policy: DeletedPostsPolicy): Promise<void>;
}
