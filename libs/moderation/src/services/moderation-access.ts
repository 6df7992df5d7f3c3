import { Injectable } from '@nestjs/common';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { DiscussionsErrorReason, DiscussionsException, Post, Topic } from '@alongside/discussions';
import { type GroupAccess, GroupAccessService, GroupPermission, GroupRole, MembershipStatus } from '@alongside/groups';
import { type Actor, ApiScope, isPlatformModerator, requireActor } from '@alongside/platform';

/**
 * The gates of moderation: the MODERATE permission of the group (facilitators, group moderators,
 * platform moderators, admins). Whoever may not read the group learns nothing of its posts: NOT_FOUND.
 */
@Injectable()
export class ModerationAccess {
  constructor(private readonly access: GroupAccessService) {}

  async requireGroup(actor: Actor | null, groupId: string, manager: EntityManager, lockGroup = false): Promise<GroupAccess & { actor: Actor }> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const access = await this.access.require(me, GroupPermission.MODERATE, groupId, { manager, lockGroup });
    return { ...access, actor: me };
  }

  /** The post, locked for update, once the actor is known to moderate its group. */
  async requirePost(actor: Actor | null, postId: string, manager: EntityManager): Promise<{ actor: Actor; post: Post }> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const post = await manager.findOne(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
    const notFound = new DiscussionsException(DiscussionsErrorReason.POST_NOT_FOUND, 'No such post.');
    if (!post) throw notFound;
    await this.requireReadable(me, post.groupId, manager, notFound);
    return { actor: me, post };
  }

  async requireTopic(actor: Actor | null, topicId: string, manager: EntityManager): Promise<{ actor: Actor; topic: Topic }> {
    const me = requireActor(actor, ApiScope.MODERATE);
    const topic = await manager.findOne(Topic, { where: { id: topicId }, lock: { mode: 'pessimistic_write' } });
    const notFound = new DiscussionsException(DiscussionsErrorReason.TOPIC_NOT_FOUND, 'No such topic.');
    if (!topic) throw notFound;
    await this.requireReadable(me, topic.groupId, manager, notFound);
    return { actor: me, topic };
  }

  /** Whether the actor moderates the group, without throwing. */
  async moderates(actor: Actor, groupId: string, manager: EntityManager): Promise<boolean> {
    if (!actor.scopes.has(ApiScope.MODERATE)) return false;
    try {
      const { group, membership } = await this.access.load(actor, groupId, { manager });
      return this.access.permits(actor, GroupPermission.MODERATE, group, membership);
    } catch {
      return false;
    }
  }

  private async requireReadable(actor: Actor, groupId: string, manager: EntityManager, notFound: Error): Promise<void> {
    const { group, membership } = await this.access.load(actor, groupId, { manager });
    if (!this.access.allows(actor, GroupPermission.READ_CONTENT, group, membership)) throw notFound;
    this.access.check(actor, GroupPermission.MODERATE, group, membership);
  }
}

/** Narrows a query to rows of groups the actor moderates (all groups for platform moderators). */
export function onlyModeratedGroups<T extends object>(query: SelectQueryBuilder<T>, alias: string, actor: Actor): void {
  if (isPlatformModerator(actor)) return;
  query.andWhere(
    `${alias}.group_id IN (SELECT m.group_id FROM memberships m
      WHERE m.user_id = :moderatorId AND m.status = :activeStatus AND m.role IN (:...staffRoles))`,
    { moderatorId: actor.userId, activeStatus: MembershipStatus.ACTIVE, staffRoles: [GroupRole.FACILITATOR, GroupRole.MODERATOR] },
  );
}
