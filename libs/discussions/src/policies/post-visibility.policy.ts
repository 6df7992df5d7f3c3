import { PostStatus } from '../entities/post.entity.js';

/** Statuses an author still sees of their own post, with the moderator's reason. */
export const AUTHOR_VISIBLE: readonly PostStatus[] = [PostStatus.PENDING, PostStatus.HIDDEN, PostStatus.REJECTED];

/** Who sees a post: everyone who may read the group when published; otherwise its author, or moderators. */
export function postVisible(post: { status: PostStatus; authorId: string | null }, viewerId: string | null, moderator: boolean): boolean {
  if (moderator || post.status === PostStatus.PUBLISHED) return true;
  return viewerId !== null && post.authorId === viewerId && AUTHOR_VISIBLE.includes(post.status);
}

/** The same rule as SQL over alias `p`, with parameters `:viewerId` and `:authorVisible`. */
export const POST_VISIBLE_SQL = `(p.status = 'PUBLISHED' OR (p.author_id = :viewerId AND p.status IN (:...authorVisible)))`;

/**
 * The first N posts of a member in a group wait for approval: given how many of theirs were already
 * published there, whether this one is held.
 */
export function needsApproval(approveFirstPosts: number, publishedBefore: number): boolean {
  return publishedBefore < approveFirstPosts;
}
