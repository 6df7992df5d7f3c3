import { createHmac } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AlertsService } from '@alongside/alerts';
import { DiscussionsService, PostSource, PostStatus } from '@alongside/discussions';
import { Admission, Facilitation, Group, GroupKind, GroupVisibility, MeetingMode } from '@alongside/groups';
import { DISCOURSE_CONFIG, type DiscourseConfig } from '../discourse-config.js';
import { DiscourseCategoryMapping } from '../entities/discourse-category-mapping.entity.js';
import { DiscourseMember } from '../entities/discourse-member.entity.js';
import { DiscoursePost } from '../entities/discourse-post.entity.js';
import { DiscourseTopic } from '../entities/discourse-topic.entity.js';
import { type ForumPost, postPath, skipReason } from '../policies/forum-post.policy.js';
import { authoredText } from '../policies/scan-text.js';

/** Where forum posts of unmapped categories go: a hidden group without members, so only platform moderators see their alerts. */
export const UNMAPPED_GROUP_SLUG = 'discourse-unmapped';

export type IngestOutcome = 'ingested' | 'revised' | 'already-scanned' | 'unchanged' | 'moved' | `skipped:${string}`;

/**
 * Forum posts into Alongside posts: each new Discourse version of a member's post becomes a post revision
 * written with its outbox event, so it is scanned by the same worker as any post, and only once.
 */
@Injectable()
export class ForumPostsService {
  private readonly logger = new Logger(ForumPostsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DISCOURSE_CONFIG) private readonly config: DiscourseConfig,
    private readonly discussions: DiscussionsService,
    private readonly alerts: AlertsService,
  ) {}

  async ingest(post: ForumPost): Promise<IngestOutcome> {
    const skip = skipReason(post, { username: this.config.apiUsername, includeWhispers: this.config.includeWhispers });
    if (skip) return `skipped:${skip}`;
    const outcome = await this.dataSource.transaction(async (manager) => {
      // Serializes the webhook, the backfill and the reconciliation on one forum post.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('discourse_post'), $1)`, [post.id]);
      const known = await manager.findOneBy(DiscoursePost, { discoursePostId: post.id });
      if (known && known.version >= post.version) return 'already-scanned' as const;
      const body = authoredText(post.raw!);
      if (known) {
        await this.discussions.reviseExternalPost(manager, known.postId, body);
        await manager.update(DiscoursePost, { discoursePostId: post.id }, { version: post.version, url: postPath(post), updatedAt: new Date() });
        return 'revised' as const;
      }
      const member = await this.member(manager, post.user_id);
      const mirrored = await manager.findOneBy(DiscourseTopic, { discourseTopicId: post.topic_id });
      const written = await this.discussions.writeExternalPost(manager, {
        topic: mirrored
          ? { id: mirrored.topicId }
          : { groupId: await this.groupFor(manager, post), title: post.topic_title ?? `Forum topic ${post.topic_id}` },
        body,
        source: PostSource.DISCOURSE,
      });
      if (!mirrored) await manager.insert(DiscourseTopic, { discourseTopicId: post.topic_id, topicId: written.topicId });
      await manager.insert(DiscoursePost, {
        discoursePostId: post.id,
        postId: written.id,
        discourseTopicId: post.topic_id,
        memberId: member.id,
        version: post.version,
        url: postPath(post),
        categoryId: post.category_id ?? null,
      });
      return 'ingested' as const;
    });
    this.logger.log({ discoursePostId: post.id, version: post.version, outcome }, 'forum post processed');
    return outcome;
  }

  /**
   * A `topic_edited`: the mirrored topic follows the forum topic to the group its category maps to (by id, or by
   * `categorySlug`, which the topic payload lacks), with its posts and their active alerts, and takes its title.
   */
  async moveTopic(topic: { id: number; title?: string; category_id?: number | null }, categorySlug?: string): Promise<IngestOutcome> {
    const moved = await this.dataSource.transaction(async (manager) => {
      const mirrored = await manager.findOneBy(DiscourseTopic, { discourseTopicId: topic.id });
      if (!mirrored) return null;
      const groupId = await this.groupFor(manager, { category_id: topic.category_id, category_slug: categorySlug });
      const postIds = await this.discussions.moveExternalTopic(manager, mirrored.topicId, { groupId, title: topic.title });
      const alerts = await this.alerts.moveActiveAlerts(manager, postIds, groupId);
      await manager.update(DiscoursePost, { discourseTopicId: topic.id }, { categoryId: topic.category_id ?? null });
      return alerts;
    });
    if (moved === null) return 'skipped:unknown-topic';
    await this.alerts.announceMoved(moved);
    return 'moved';
  }

  /** A post deleted or recovered on the forum. */
  async setDeleted(discoursePostId: number, deleted: boolean): Promise<IngestOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const known = await manager.findOneBy(DiscoursePost, { discoursePostId });
      if (!known) return 'skipped:unknown-post';
      await this.discussions.setExternalPostStatus(manager, known.postId, deleted ? PostStatus.DELETED : PostStatus.PUBLISHED);
      return deleted ? 'skipped:deleted' : 'unchanged';
    });
  }

  /** The stored mapping (set by an admin), then the configured one, by category id, then slug. */
  private async groupFor(manager: EntityManager, post: Pick<ForumPost, 'category_id' | 'category_slug'>): Promise<string> {
    const keys = [post.category_id == null ? null : String(post.category_id), post.category_slug?.toLowerCase() ?? null].filter(
      (k): k is string => k !== null,
    );
    for (const category of keys) {
      const stored = await manager.findOneBy(DiscourseCategoryMapping, { category });
      if (stored) return stored.groupId;
    }
    for (const category of keys) {
      const slug = this.config.categoryMap.get(category);
      const group = slug ? await manager.findOneBy(Group, { slug }) : null;
      if (group) return group.id;
      if (slug) this.logger.warn({ category, slug }, 'DISCOURSE_CATEGORY_MAP names a group that does not exist');
    }
    return this.unmappedGroup(manager);
  }

  private async unmappedGroup(manager: EntityManager): Promise<string> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Group)
      .values({
        slug: UNMAPPED_GROUP_SLUG,
        name: 'Forum posts from unmapped categories',
        description: 'Posts from Discourse categories mapped to no group. Only platform moderators see their alerts.',
        kind: GroupKind.PEER_LED_ONLINE,
        facilitation: Facilitation.PEER_LED,
        meetingMode: MeetingMode.ONLINE,
        visibility: GroupVisibility.HIDDEN,
        admission: Admission.INVITE,
      })
      .orIgnore()
      .execute();
    return (await manager.findOneByOrFail(Group, { slug: UNMAPPED_GROUP_SLUG })).id;
  }

  private async member(manager: EntityManager, discourseUserId: number): Promise<DiscourseMember> {
    const handle = `forum-${createHmac('sha256', this.config.webhookSecret).update(String(discourseUserId)).digest('hex').slice(0, 10)}`;
    await manager.createQueryBuilder().insert().into(DiscourseMember).values({ discourseUserId, handle }).orIgnore().execute();
    return manager.findOneByOrFail(DiscourseMember, { discourseUserId });
  }
}
