import type { EntityManager } from 'typeorm';
import { PostStatus } from '../entities/post.entity.js';
import { Topic } from '../entities/topic.entity.js';

/**
 * A topic's `postCount` counts its published posts only: held, hidden, rejected and deleted posts are not
 * shown to members, so a count of them would leak that they exist. Apply on every status change of a post
 * (`from` null: a new post), in the transaction that makes it.
 */
export function postCountDelta(from: PostStatus | null, to: PostStatus): number {
  return Number(to === PostStatus.PUBLISHED) - Number(from === PostStatus.PUBLISHED);
}

/** Applies {@link postCountDelta} to the topic, in the caller's transaction. */
export async function countStatusChange(manager: EntityManager, topicId: string, from: PostStatus | null, to: PostStatus): Promise<void> {
  const delta = postCountDelta(from, to);
  if (delta !== 0) await manager.update(Topic, { id: topicId }, { postCount: () => `"post_count" + ${delta}` });
}
