/** The fields of Discourse's post payload (`WebHookPostSerializer`, `/posts.json`) the connector reads. */
export interface ForumPost {
  readonly id: number;
  readonly username: string;
  readonly user_id: number;
  readonly created_at: string;
  readonly raw?: string;
  readonly post_number: number;
  readonly post_type: number;
  readonly topic_id: number;
  readonly topic_slug?: string;
  readonly topic_title?: string;
  readonly category_id?: number | null;
  readonly category_slug?: string;
  readonly version: number;
  readonly deleted_at?: string | null;
  readonly post_url?: string;
  readonly topic_archetype?: string;
  readonly reviewable_id?: number | null;
}

export const POST_TYPE = { REGULAR: 1, MODERATOR_ACTION: 2, SMALL_ACTION: 3, WHISPER: 4 } as const;

export type SkipReason = 'own-post' | 'private-message' | 'moderator-action' | 'small-action' | 'whisper' | 'no-text' | 'malformed';

/** Whether a forum post is a member speaking (and so is scanned), or why not. */
export function skipReason(post: ForumPost, own: { username: string; includeWhispers: boolean }): SkipReason | null {
  if (!Number.isInteger(post.id) || !Number.isInteger(post.topic_id) || !Number.isInteger(post.version)) return 'malformed';
  // Our own flags' PMs and messages come back as webhooks.
  if (post.username.toLowerCase() === own.username.toLowerCase()) return 'own-post';
  if (post.topic_archetype === 'private_message') return 'private-message';
  if (post.post_type === POST_TYPE.MODERATOR_ACTION) return 'moderator-action';
  if (post.post_type === POST_TYPE.SMALL_ACTION) return 'small-action';
  if (post.post_type === POST_TYPE.WHISPER && !own.includeWhispers) return 'whisper';
  if (typeof post.raw !== 'string' || post.raw.trim() === '') return 'no-text';
  return null;
}

/** The forum path of a post, from the payload or built the way Discourse builds it. */
export function postPath(post: ForumPost): string {
  return post.post_url ?? `/t/${post.topic_slug ?? '-'}/${post.topic_id}/${post.post_number}`;
}
