import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupAccessService, GroupPermission, RestrictionsService } from '@alongside/groups';
import { GroundRulesService } from '@alongside/ground-rules';
import {
  type Actor,
  ApiScope,
  announceOutboxEvent,
  appendOutboxEvent,
  type OutboxEvents,
  decodeCursor,
  encodeCursor,
  type Page,
  propertyColumns,
  requireActor,
  toPage,
} from '@alongside/platform';
import { DiscussionsErrorReason, DiscussionsException } from '../discussions.exception.js';
import { PostRevision } from '../entities/post-revision.entity.js';
import { Post, PostSource, PostStatus } from '../entities/post.entity.js';
import { Topic } from '../entities/topic.entity.js';
import { AUTHOR_VISIBLE, needsApproval, POST_VISIBLE_SQL, postVisible } from '../policies/post-visibility.policy.js';
import { PostScreens, type ScreenVerdict } from './post-screens.js';
import { checkedText, MAX_TITLE_LENGTH } from './post-text.js';
import { countStatusChange, postCountDelta } from './topic-post-count.js';

/** What the actor may see in a group: everything as a moderator, else published posts and their own. */
interface Reader {
  readonly viewerId: string | null;
  readonly moderator: boolean;
}

export interface PageRequest {
  first: number;
  after?: string;
}

/** Topics and posts inside groups, with revisions; every write announces itself through the outbox. */
@Injectable()
export class DiscussionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: GroupAccessService,
    private readonly groundRules: GroundRulesService,
    private readonly restrictions: RestrictionsService,
    private readonly screens: PostScreens,
  ) {}

  /** Opens a topic with its first post, atomically. */
  async createTopic(actor: Actor | null, groupId: string, title: string, body: string): Promise<{ topic: Topic; post: Post }> {
    const me = requireActor(actor, ApiScope.WRITE);
    const cleanTitle = checkedText('title', title);
    const text = checkedText('body', body);
    return this.dataSource.transaction(async (manager) => {
      const { approveFirstPosts } = await this.requirePosting(manager, me, groupId);
      const verdict = await this.screenPost(manager, { groupId, topicId: null, authorId: me.userId, body: text }, approveFirstPosts);
      const topic = manager.create(Topic, { groupId, authorId: me.userId, title: cleanTitle, lastPostAt: new Date() });
      await manager.insert(Topic, topic);
      const post = await this.writePost(manager, topic.id, me.userId, verdict, PostSource.API);
      return { topic: await manager.findOneByOrFail(Topic, { id: topic.id }), post };
    });
  }

  async createPost(actor: Actor | null, topicId: string, body: string): Promise<Post> {
    const me = requireActor(actor, ApiScope.WRITE);
    const text = checkedText('body', body);
    return this.dataSource.transaction(async (manager) => {
      const topic = await manager.findOne(Topic, { where: { id: topicId }, lock: { mode: 'pessimistic_write' } });
      if (!topic) throw topicNotFound();
      const { approveFirstPosts, moderator } = await this.requirePosting(manager, me, topic.groupId, topicNotFound);
      if (topic.lockedAt !== null && !moderator) {
        throw new DiscussionsException(DiscussionsErrorReason.TOPIC_LOCKED, `This topic is locked: ${topic.lockReason ?? 'no new replies'}.`);
      }
      const draft = { groupId: topic.groupId, topicId: topic.id, authorId: me.userId, body: text };
      const verdict = await this.screenPost(manager, draft, approveFirstPosts);
      return this.writePost(manager, topic.id, me.userId, verdict, PostSource.API);
    });
  }

  /**
   * The author edits a post: a new revision, kept in the history and scanned again. It passes the same
   * screens as a new post (watched terms may refuse, censor, flag or hold it); a held edit of a published
   * post waits for approval again.
   */
  async editPost(actor: Actor | null, postId: string, body: string): Promise<Post> {
    const me = requireActor(actor, ApiScope.WRITE);
    const text = checkedText('body', body);
    return this.dataSource.transaction(async (manager) => {
      const post = await manager.findOne(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
      if (!post || post.status === PostStatus.DELETED) throw postNotFound();
      await this.requirePosting(manager, me, post.groupId, postNotFound);
      if (post.authorId !== me.userId) {
        throw new DiscussionsException(DiscussionsErrorReason.NOT_AUTHOR, 'Only the author can edit this post.');
      }
      if (post.body === text) return post;
      const verdict = await this.screens.screen(manager, { groupId: post.groupId, topicId: post.topicId, authorId: me.userId, body: text }, null);
      if (post.body === verdict.body) return post;
      const edited = await this.writeRevision(manager, post, verdict.body, me.userId);
      if (verdict.hold !== null && edited.status === PostStatus.PUBLISHED) {
        await manager.update(Post, { id: edited.id }, { status: PostStatus.PENDING, moderationReason: verdict.hold, moderationRuleKey: null });
        await countStatusChange(manager, edited.topicId, PostStatus.PUBLISHED, PostStatus.PENDING);
      }
      const saved = await manager.findOneByOrFail(Post, { id: edited.id });
      await this.screens.written(manager, saved, verdict);
      return saved;
    });
  }

  /**
   * A new revision of a locked post (by its author, or a moderator's edit): kept in the history and
   * announced through the outbox, so it is scanned again. Runs in the caller's transaction.
   */
  async writeRevision(manager: EntityManager, post: Post, body: string, editorId: string): Promise<Post> {
    post.body = body;
    post.revision += 1;
    post.editedAt = new Date();
    await manager.update(Post, { id: post.id }, { body, revision: post.revision, editedAt: post.editedAt });
    await manager.insert(PostRevision, { postId: post.id, revision: post.revision, body, editedById: editorId });
    await appendOutboxEvent(manager, 'post.edited', { postId: post.id, revision: post.revision }, postEventKey(post));
    return post;
  }

  /**
   * A post written in a connected forum (source `discourse`). The forum enforced its own membership, rules and
   * screens, so none apply here; the post is written with its revision and outbox event like any other, so
   * the same worker scans it. Runs in the caller's transaction.
   */
  async writeExternalPost(manager: EntityManager, input: ExternalPostInput): Promise<Post> {
    let topicId: string;
    if ('groupId' in input.topic) {
      const { groupId, title } = input.topic;
      const topic = manager.create(Topic, { groupId, authorId: null, title: externalTitle(title), lastPostAt: new Date() });
      await manager.insert(Topic, topic);
      topicId = topic.id;
    } else {
      topicId = input.topic.id;
    }
    return this.writePost(manager, topicId, null, { body: input.body, hold: null, flags: [] }, input.source);
  }

  /** A new revision of a forum post (edited there): kept in the history and scanned again. Caller's transaction. */
  async reviseExternalPost(manager: EntityManager, postId: string, body: string): Promise<Post> {
    const post = await manager.findOne(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
    if (!post) throw postNotFound();
    if (post.body === body) return post;
    post.body = body;
    post.revision += 1;
    post.editedAt = new Date();
    await manager.update(Post, { id: post.id }, { body, revision: post.revision, editedAt: post.editedAt });
    await manager.insert(PostRevision, { postId: post.id, revision: post.revision, body, editedById: null });
    await appendOutboxEvent(manager, 'post.edited', { postId: post.id, revision: post.revision }, postEventKey(post));
    return post;
  }

  /**
   * A forum topic moved to another category or retitled there: the mirrored topic and its posts move to `groupId`
   * (posts carry their topic's group). Returns the ids of the topic's posts. Caller's transaction.
   */
  async moveExternalTopic(manager: EntityManager, topicId: string, change: { groupId: string; title?: string }): Promise<string[]> {
    const topic = await manager.findOne(Topic, { where: { id: topicId }, lock: { mode: 'pessimistic_write' } });
    if (!topic) throw topicNotFound();
    await manager.update(Topic, { id: topicId }, { groupId: change.groupId, ...(change.title ? { title: externalTitle(change.title) } : {}) });
    await manager.update(Post, { topicId }, { groupId: change.groupId });
    return (await manager.find(Post, { select: { id: true }, where: { topicId } })).map((p) => p.id);
  }

  /** A forum post deleted (DELETED) or recovered (PUBLISHED) there. Caller's transaction. */
  async setExternalPostStatus(manager: EntityManager, postId: string, status: PostStatus.DELETED | PostStatus.PUBLISHED): Promise<void> {
    const post = await manager.findOne(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
    await manager.update(Post, { id: postId }, { status, moderatedAt: new Date(), moderatedById: null });
    if (post) await countStatusChange(manager, post.topicId, post.status, status);
  }

  async getTopic(actor: Actor | null, topicId: string): Promise<Topic> {
    return (await this.readTopic(actor, topicId)).topic;
  }

  async getPost(actor: Actor | null, postId: string): Promise<Post> {
    const post = await this.dataSource.manager.findOneBy(Post, { id: postId });
    if (!post) throw postNotFound();
    const reader = await this.requireReading(actor, post.groupId, postNotFound);
    if (!postVisible(post, reader.viewerId, reader.moderator)) throw postNotFound();
    return post;
  }

  private async readTopic(actor: Actor | null, topicId: string): Promise<{ topic: Topic; reader: Reader }> {
    const topic = await this.dataSource.manager.findOneBy(Topic, { id: topicId });
    if (!topic) throw topicNotFound();
    const reader = await this.requireReading(actor, topic.groupId, topicNotFound);
    if (!reader.moderator) {
      const visible = await this.dataSource.manager
        .createQueryBuilder(Post, 'p')
        .where('p.topic_id = :topicId', { topicId })
        .andWhere(POST_VISIBLE_SQL, { viewerId: reader.viewerId, authorVisible: AUTHOR_VISIBLE })
        .getExists();
      if (!visible) throw topicNotFound();
    }
    return { topic, reader };
  }

  /** A group's topics, most recently active first. */
  async listTopics(actor: Actor | null, groupId: string, page: PageRequest): Promise<Page<Topic>> {
    const { group, membership } = await this.access.require(actor, GroupPermission.READ_CONTENT, groupId);
    const query = this.dataSource.manager
      .createQueryBuilder(Topic, 't')
      .where('t.group_id = :groupId', { groupId })
      .orderBy('t.last_post_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .take(page.first + 1);
    if (!this.access.permits(actor, GroupPermission.MODERATE, group, membership)) {
      // a topic whose posts are all held, hidden or deleted is not shown, title included
      query.andWhere(`EXISTS (SELECT 1 FROM posts p WHERE p.topic_id = t.id AND ${POST_VISIBLE_SQL})`, {
        viewerId: actor?.userId ?? null,
        authorVisible: AUTHOR_VISIBLE,
      });
    }
    if (page.after) {
      const { sort, id } = decodeCursor(page.after);
      query.andWhere('(t.last_post_at, t.id) < (:sort, :id)', { sort, id });
    }
    const rows = await query.getMany();
    return toPage(rows, page.first);
  }

  /** A topic's posts, oldest first. */
  async listPosts(actor: Actor | null, topicId: string, page: PageRequest): Promise<Page<Post>> {
    const { topic, reader } = await this.readTopic(actor, topicId);
    const query = this.dataSource.manager
      .createQueryBuilder(Post, 'p')
      .where('p.topic_id = :topicId', { topicId: topic.id })
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(page.first + 1);
    if (!reader.moderator) query.andWhere(POST_VISIBLE_SQL, { viewerId: reader.viewerId, authorVisible: AUTHOR_VISIBLE });
    if (page.after) {
      const { sort, id } = decodeCursor(page.after);
      query.andWhere('(p.created_at, p.id) > (:sort, :id)', { sort, id });
    }
    const rows = await query.getMany();
    return toPage(rows, page.first);
  }

  /** Every revision of a post, oldest first, for whoever may read the post. */
  async revisions(actor: Actor | null, postId: string): Promise<PostRevision[]> {
    const post = await this.getPost(actor, postId);
    return this.dataSource.manager.find(PostRevision, { where: { postId: post.id }, order: { revision: 'ASC' } });
  }

  /**
   * Posting needs an active membership and the current rules accepted. Whoever may not read the
   * group's content learns nothing of the topic or post they name: NOT_FOUND.
   */
  private async requirePosting(
    manager: EntityManager,
    actor: Actor,
    groupId: string,
    notFound?: () => DiscussionsException,
  ): Promise<{ approveFirstPosts: number; moderator: boolean }> {
    const { group, membership } = await this.access.load(actor, groupId, { manager });
    if (notFound && !this.access.allows(actor, GroupPermission.READ_CONTENT, group, membership)) throw notFound();
    this.access.check(actor, GroupPermission.POST, group, membership);
    await this.restrictions.requireAllowed(actor.userId, groupId, 'post', manager);
    await this.groundRules.requireAccepted(manager, actor.userId, groupId);
    const moderator = this.access.permits(actor, GroupPermission.MODERATE, group, membership);
    return { approveFirstPosts: moderator ? 0 : group.approveFirstPosts, moderator };
  }

  /** Held for approval when the group wants a new member's first posts approved; then the registered screens. */
  private async screenPost(
    manager: EntityManager,
    draft: { groupId: string; topicId: string | null; authorId: string; body: string },
    approveFirstPosts: number,
  ): Promise<ScreenVerdict> {
    let hold: string | null = null;
    if (approveFirstPosts > 0) {
      const published = await manager.countBy(Post, { groupId: draft.groupId, authorId: draft.authorId, status: PostStatus.PUBLISHED });
      if (needsApproval(approveFirstPosts, published)) hold = 'A moderator approves the first posts of new members in this group.';
    }
    return this.screens.screen(manager, draft, hold);
  }

  /** Someone who may not read a group learns nothing of its topics and posts: NOT_FOUND. */
  private async requireReading(actor: Actor | null, groupId: string, notFound: () => DiscussionsException): Promise<Reader> {
    const { group, membership } = await this.access.require(actor, GroupPermission.VIEW, groupId);
    if (!this.access.permits(actor, GroupPermission.READ_CONTENT, group, membership)) throw notFound();
    return { viewerId: actor?.userId ?? null, moderator: this.access.permits(actor, GroupPermission.MODERATE, group, membership) };
  }

  /**
   * Writes the post as screened; held posts are written too (and scanned: crisis language always alerts). The post,
   * its first revision, its topic's activity and count, and its outbox event are one statement (a round trip each was
   * most of a post's cost): the topic's row is updated (so locked) first, and the post takes its group from that row
   * as it stands once locked, as a locking read would give it. Throws TOPIC_NOT_FOUND when the topic does not exist.
   */
  private async writePost(
    manager: EntityManager,
    topicId: string,
    authorId: string | null,
    verdict: ScreenVerdict,
    source: PostSource,
  ): Promise<Post> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('a post must be written inside a transaction');
    const { body, hold } = verdict;
    const status = hold === null ? PostStatus.PUBLISHED : PostStatus.PENDING;
    // The id is drawn here so that the outbox event, and its key, are known before the statement.
    const id = randomUUID();
    const payload: OutboxEvents['post.created'] = { postId: id, revision: 1 };
    const event = { type: 'post.created' as const, payload, dedupKey: postEventKey({ id, revision: 1 }) };
    const rows = await manager.query<Record<string, unknown>[]>(
      `WITH topic AS (
         UPDATE topics SET last_post_at = now(), post_count = post_count + $1 WHERE id = $2 RETURNING id, group_id),
       post AS (
         INSERT INTO posts (id, topic_id, group_id, author_id, body, revision, source, status, moderation_reason)
         SELECT $3, id, group_id, $4, $5, 1, $6, $7, $8 FROM topic
         RETURNING ${propertyColumns(manager, Post)}),
       revision AS (
         INSERT INTO post_revisions (post_id, revision, body, edited_by_id) SELECT "id", 1, "body", "authorId" FROM post),
       outbox AS (
         INSERT INTO outbox_events (type, dedup_key, payload) SELECT $9, $10, $11 FROM post)
       SELECT * FROM post`,
      [postCountDelta(null, status), topicId, id, authorId, body, source, status, hold, event.type, event.dedupKey, event.payload],
    );
    if (rows.length === 0) throw topicNotFound();
    await announceOutboxEvent(manager, event);
    const saved = manager.create(Post, rows[0]);
    await this.screens.written(manager, saved, verdict);
    return saved;
  }
}

/** The cursor of a topic in {@link DiscussionsService.listTopics}. */
export function topicCursor(topic: Topic): string {
  return encodeCursor({ sort: topic.lastPostAt.toISOString(), id: topic.id });
}

/** The cursor of a post in {@link DiscussionsService.listPosts}. */
export function postCursor(post: Post): string {
  return encodeCursor({ sort: post.createdAt.toISOString(), id: post.id });
}

/** A post from a connected forum: mirrored as written there, with no checks of membership or rules. */
export interface ExternalPostInput {
  /** The mirrored topic, or a new one to open in a group. */
  readonly topic: { readonly id: string } | { readonly groupId: string; readonly title: string };
  readonly body: string;
  readonly source: PostSource;
}

/** Forum titles may be longer than ours; the forum keeps the full one. */
function externalTitle(title: string): string {
  const trimmed = title.trim() || 'Untitled forum topic';
  return trimmed.length > MAX_TITLE_LENGTH ? `${trimmed.slice(0, MAX_TITLE_LENGTH - 1)}…` : trimmed;
}

function postEventKey(post: Pick<Post, 'id' | 'revision'>): string {
  return `post:${post.id}:${post.revision}`;
}

function topicNotFound(): DiscussionsException {
  return new DiscussionsException(DiscussionsErrorReason.TOPIC_NOT_FOUND, 'No such topic.');
}

function postNotFound(): DiscussionsException {
  return new DiscussionsException(DiscussionsErrorReason.POST_NOT_FOUND, 'No such post.');
}
