import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupAccessService, GroupPermission } from '@alongside/groups';
import { GroundRulesService } from '@alongside/ground-rules';
import {
  type Actor,
  ApiScope,
  appendOutboxEvent,
  decodeCursor,
  encodeCursor,
  type Page,
  requireActor,
  toPage,
} from '@alongside/platform';
import { DiscussionsErrorReason, DiscussionsException } from '../discussions.exception.js';
import { PostRevision } from '../entities/post-revision.entity.js';
import { Post, PostSource } from '../entities/post.entity.js';
import { Topic } from '../entities/topic.entity.js';
import { checkedText } from './post-text.js';

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
  ) {}

  /** Opens a topic with its first post, atomically. */
  async createTopic(actor: Actor | null, groupId: string, title: string, body: string): Promise<{ topic: Topic; post: Post }> {
    const me = requireActor(actor, ApiScope.WRITE);
    const cleanTitle = checkedText('title', title);
    const text = checkedText('body', body);
    return this.dataSource.transaction(async (manager) => {
      await this.requirePosting(manager, me, groupId);
      const topic = manager.create(Topic, { groupId, authorId: me.userId, title: cleanTitle, lastPostAt: new Date() });
      await manager.insert(Topic, topic);
      const post = await this.writePost(manager, topic, me.userId, text, PostSource.API);
      return { topic: await manager.findOneByOrFail(Topic, { id: topic.id }), post };
    });
  }

  async createPost(actor: Actor | null, topicId: string, body: string): Promise<Post> {
    const me = requireActor(actor, ApiScope.WRITE);
    const text = checkedText('body', body);
    return this.dataSource.transaction(async (manager) => {
      const topic = await manager.findOne(Topic, { where: { id: topicId }, lock: { mode: 'pessimistic_write' } });
      if (!topic) throw topicNotFound();
      await this.requirePosting(manager, me, topic.groupId, topicNotFound);
      return this.writePost(manager, topic, me.userId, text, PostSource.API);
    });
  }

  /** The author edits a post: a new revision, kept in the history and scanned again. */
  async editPost(actor: Actor | null, postId: string, body: string): Promise<Post> {
    const me = requireActor(actor, ApiScope.WRITE);
    const text = checkedText('body', body);
    return this.dataSource.transaction(async (manager) => {
      const post = await manager.findOne(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
      if (!post) throw postNotFound();
      await this.requirePosting(manager, me, post.groupId, postNotFound);
      if (post.authorId !== me.userId) {
        throw new DiscussionsException(DiscussionsErrorReason.NOT_AUTHOR, 'Only the author can edit this post.');
      }
      if (post.body === text) return post;
      post.body = text;
      post.revision += 1;
      post.editedAt = new Date();
      await manager.update(Post, { id: post.id }, { body: text, revision: post.revision, editedAt: post.editedAt });
      await manager.insert(PostRevision, { postId: post.id, revision: post.revision, body: text, editedById: me.userId });
      await appendOutboxEvent(manager, 'post.edited', { postId: post.id, revision: post.revision }, postEventKey(post));
      return post;
    });
  }

  async getTopic(actor: Actor | null, topicId: string): Promise<Topic> {
    const topic = await this.dataSource.manager.findOneBy(Topic, { id: topicId });
    if (!topic) throw topicNotFound();
    await this.requireReading(actor, topic.groupId, topicNotFound);
    return topic;
  }

  async getPost(actor: Actor | null, postId: string): Promise<Post> {
    const post = await this.dataSource.manager.findOneBy(Post, { id: postId });
    if (!post) throw postNotFound();
    await this.requireReading(actor, post.groupId, postNotFound);
    return post;
  }

  /** A group's topics, most recently active first. */
  async listTopics(actor: Actor | null, groupId: string, page: PageRequest): Promise<Page<Topic>> {
    await this.access.require(actor, GroupPermission.READ_CONTENT, groupId);
    const query = this.dataSource.manager
      .createQueryBuilder(Topic, 't')
      .where('t.group_id = :groupId', { groupId })
      .orderBy('t.last_post_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .take(page.first + 1);
    if (page.after) {
      const { sort, id } = decodeCursor(page.after);
      query.andWhere('(t.last_post_at, t.id) < (:sort, :id)', { sort, id });
    }
    const rows = await query.getMany();
    return toPage(rows, page.first);
  }

  /** A topic's posts, oldest first. */
  async listPosts(actor: Actor | null, topicId: string, page: PageRequest): Promise<Page<Post>> {
    const topic = await this.getTopic(actor, topicId);
    const query = this.dataSource.manager
      .createQueryBuilder(Post, 'p')
      .where('p.topic_id = :topicId', { topicId: topic.id })
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(page.first + 1);
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
  ): Promise<void> {
    const { group, membership } = await this.access.load(actor, groupId, { manager });
    if (notFound && !this.access.allows(actor, GroupPermission.READ_CONTENT, group, membership)) throw notFound();
    this.access.check(actor, GroupPermission.POST, group, membership);
    await this.groundRules.requireAccepted(manager, actor.userId, groupId);
  }

  /** Someone who may not read a group learns nothing of its topics and posts: NOT_FOUND. */
  private async requireReading(actor: Actor | null, groupId: string, notFound: () => DiscussionsException): Promise<void> {
    const { group, membership } = await this.access.require(actor, GroupPermission.VIEW, groupId);
    if (!this.access.permits(actor, GroupPermission.READ_CONTENT, group, membership)) throw notFound();
  }

  private async writePost(
    manager: EntityManager,
    topic: Topic,
    authorId: string,
    body: string,
    source: PostSource,
  ): Promise<Post> {
    const post = manager.create(Post, { topicId: topic.id, groupId: topic.groupId, authorId, body, revision: 1, source });
    await manager.insert(Post, post);
    const saved = await manager.findOneByOrFail(Post, { id: post.id });
    await manager.insert(PostRevision, { postId: saved.id, revision: 1, body, editedById: authorId });
    await manager.update(Topic, { id: topic.id }, { postCount: () => '"post_count" + 1', lastPostAt: saved.createdAt });
    await appendOutboxEvent(manager, 'post.created', { postId: saved.id, revision: 1 }, postEventKey(saved));
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

function postEventKey(post: Post): string {
  return `post:${post.id}:${post.revision}`;
}

function topicNotFound(): DiscussionsException {
  return new DiscussionsException(DiscussionsErrorReason.TOPIC_NOT_FOUND, 'No such topic.');
}

function postNotFound(): DiscussionsException {
  return new DiscussionsException(DiscussionsErrorReason.POST_NOT_FOUND, 'No such post.');
}
