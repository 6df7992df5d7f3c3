import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { countStatusChange, DiscussionsService, type Post, Post as PostEntity, type Topic, Topic as TopicEntity } from '@alongside/discussions';
import { GroundRulesService } from '@alongside/ground-rules';
import {
  Group,
  GroupRole,
  MemberRestriction,
  Membership,
  MembershipService,
  MembershipStatus,
  RestrictionKind,
  RestrictionsService,
} from '@alongside/groups';
import { type Actor, AccessException, ApiScope, isPlatformAdmin, requireActor } from '@alongside/platform';
import { MemberWarning } from '../entities/member-warning.entity.js';
import { ModerationErrorReason, ModerationException } from '../moderation.exception.js';
import { type PostAction, postTransition, validEnd } from '../policies/moderation.policy.js';
import { ModerationAccess } from './moderation-access.js';
import { heldSubject, memberSubject, postSubject, resolveItems } from './review-items.js';

export interface Reasoned {
  readonly reason: string;
  /** The ground rule broken, by its stable key. */
  readonly ruleKey?: string | null;
}

const MAX_REASON = 1000;

/** Moderators' actions on posts, topics and members; each is one transaction with its audit record. */
@Injectable()
export class ModerationService {
  private readonly logger = new Logger(ModerationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ModerationAccess,
    private readonly audit: AuditService,
    private readonly discussions: DiscussionsService,
    private readonly groundRules: GroundRulesService,
    private readonly memberships: MembershipService,
    private readonly restrictions: RestrictionsService,
  ) {}

  hidePost(actor: Actor | null, postId: string, why: Reasoned): Promise<Post> {
    return this.changePost(actor, postId, 'hide', why);
  }

  restorePost(actor: Actor | null, postId: string, reason?: string): Promise<Post> {
    return this.changePost(actor, postId, 'restore', { reason: reason?.trim() || 'Restored by a moderator.' });
  }

  deletePost(actor: Actor | null, postId: string, why: Reasoned): Promise<Post> {
    return this.changePost(actor, postId, 'delete', why);
  }

  approvePost(actor: Actor | null, postId: string): Promise<Post> {
    return this.changePost(actor, postId, 'approve', { reason: 'Approved by a moderator.' });
  }

  rejectPost(actor: Actor | null, postId: string, why: Reasoned): Promise<Post> {
    return this.changePost(actor, postId, 'reject', why);
  }

  /** A moderator's edit: a new revision (scanned again), with the reason shown on the post. */
  async editPost(actor: Actor | null, postId: string, body: string, why: Reasoned): Promise<Post> {
    const text = body.trim();
    if (text.length === 0 || body.length > 20_000) throw ModerationException.invalid('body', 'must be between 1 and 20000 characters');
    return this.changePost(actor, postId, 'edit', why, text);
  }

  async lockTopic(actor: Actor | null, topicId: string, reason: string): Promise<Topic> {
    const why = checkReason(reason);
    return this.dataSource.transaction(async (tx) => {
      const { actor: me, topic } = await this.access.requireTopic(actor, topicId, tx);
      if (topic.lockedAt !== null) return topic;
      await tx.update(TopicEntity, { id: topic.id }, { lockedAt: new Date(), lockReason: why });
      await this.audit.append({ actorId: me.userId, action: 'topic.locked', targetType: 'topic', targetId: topic.id, reason: why,
        before: { locked: false }, after: { locked: true } }, tx);
      return tx.findOneByOrFail(TopicEntity, { id: topic.id });
    });
  }

  async unlockTopic(actor: Actor | null, topicId: string): Promise<Topic> {
    return this.dataSource.transaction(async (tx) => {
      const { actor: me, topic } = await this.access.requireTopic(actor, topicId, tx);
      if (topic.lockedAt === null) return topic;
      await tx.update(TopicEntity, { id: topic.id }, { lockedAt: null, lockReason: null });
      await this.audit.append({ actorId: me.userId, action: 'topic.unlocked', targetType: 'topic', targetId: topic.id,
        before: { locked: true }, after: { locked: false } }, tx);
      return tx.findOneByOrFail(TopicEntity, { id: topic.id });
    });
  }

  /** A private warning: the member sees it (with the rule), other members never do. */
  async warnMember(actor: Actor | null, groupId: string, userId: string, why: Reasoned): Promise<MemberWarning> {
    requireActor(actor, ApiScope.MODERATE);
    const reason = checkReason(why.reason);
    const ruleKey = await this.checkRuleKey(groupId, why.ruleKey);
    return this.dataSource.transaction(async (tx) => {
      const { actor: me } = await this.access.requireGroup(actor, groupId, tx);
      await this.target(tx, me, groupId, userId, [MembershipStatus.ACTIVE, MembershipStatus.PENDING]);
      const warning = tx.create(MemberWarning, { groupId, userId, moderatorId: me.userId, reason, ruleKey });
      await tx.insert(MemberWarning, warning);
      await this.audit.append({ actorId: me.userId, action: 'member.warned', targetType: 'user', targetId: userId, reason,
        after: { groupId, ruleKey, warningId: warning.id } }, tx);
      return tx.findOneByOrFail(MemberWarning, { id: warning.id });
    });
  }

  /** Stops the member posting in the group until `until`; a new mute replaces one in force. */
  async muteMember(actor: Actor | null, groupId: string, userId: string, until: Date, reason: string): Promise<MemberRestriction> {
    const why = checkReason(reason);
    if (!validEnd(until, new Date())) throw ModerationException.invalid('until', 'must be in the future and within 550 days');
    return this.dataSource.transaction(async (tx) => {
      const { actor: me } = await this.access.requireGroup(actor, groupId, tx);
      await this.target(tx, me, groupId, userId, [MembershipStatus.ACTIVE]);
      const lifted = await this.liftInForce(tx, me, userId, groupId, RestrictionKind.MUTE);
      return this.impose(tx, me, { userId, groupId, kind: RestrictionKind.MUTE, reason: why, endsAt: until }, lifted);
    });
  }

  async unmuteMember(actor: Actor | null, groupId: string, userId: string): Promise<MemberRestriction> {
    return this.dataSource.transaction(async (tx) => {
      const { actor: me } = await this.access.requireGroup(actor, groupId, tx);
      return this.lift(tx, me, userId, groupId, RestrictionKind.MUTE);
    });
  }

  /** Takes the member out of the group; they may ask to join again (a request a moderator decides). */
  async removeMember(actor: Actor | null, groupId: string, userId: string, reason: string): Promise<Membership> {
    const why = checkReason(reason);
    return this.dataSource.transaction(async (tx) => {
      const { actor: me } = await this.access.requireGroup(actor, groupId, tx);
      const membership = await this.target(tx, me, groupId, userId, [MembershipStatus.ACTIVE, MembershipStatus.PENDING]);
      await this.removeFromGroup(tx, membership);
      await this.audit.append({ actorId: me.userId, action: 'member.removed', targetType: 'user', targetId: userId, reason: why,
        before: { groupId, status: membership.status, role: membership.role }, after: { groupId, status: MembershipStatus.REMOVED } }, tx);
      await resolveItems(tx, this.audit, [memberSubject(groupId, userId)], me.userId, 'member.removed');
      return tx.findOneByOrFail(Membership, { id: membership.id });
    });
  }

  /**
   * Lifts a removal: the member is back in the group as a member. A ban in force must be lifted first
   * (MEMBER_BANNED), and the group needs a free seat (GROUP_FULL).
   */
  async liftRemoval(actor: Actor | null, groupId: string, userId: string): Promise<Membership> {
    return this.dataSource.transaction(async (tx) => {
      const { actor: me, group } = await this.access.requireGroup(actor, groupId, tx, true);
      const membership = await tx.findOne(Membership, { where: { groupId, userId }, lock: { mode: 'pessimistic_write' } });
      if (membership?.status !== MembershipStatus.REMOVED) {
        throw new ModerationException(ModerationErrorReason.NOT_RESTRICTED, 'This member has no removal in force here.');
      }
      await this.restrictions.requireAllowed(userId, groupId, 'join', tx);
      await this.memberships.requireSeat(tx, group);
      await tx.update(Membership, { id: membership.id }, { status: MembershipStatus.ACTIVE, joinedAt: new Date(), leftAt: null });
      await this.audit.append({ actorId: me.userId, action: 'member.removal_lifted', targetType: 'user', targetId: userId,
        before: { groupId, status: MembershipStatus.REMOVED }, after: { groupId, status: MembershipStatus.ACTIVE } }, tx);
      return tx.findOneByOrFail(Membership, { id: membership.id });
    });
  }

  /**
   * Bans the member from the group (moderators of the group), or from the whole platform when
   * `groupId` is null (admins only), until `until` or until lifted. A group ban also removes them.
   */
  async banMember(actor: Actor | null, userId: string, groupId: string | null, reason: string, until?: Date | null): Promise<MemberRestriction> {
    const why = checkReason(reason);
    if (!validEnd(until, new Date())) throw ModerationException.invalid('until', 'must be in the future and within 550 days');
    return this.dataSource.transaction(async (tx) => {
      const me = await this.requireBanScope(tx, actor, groupId);
      if (groupId !== null) {
        const membership = await tx.findOneBy(Membership, { groupId, userId });
        if (!membership) throw memberNotFound();
        assertNotStaff(me, membership.role);
        await this.removeFromGroup(tx, membership);
        await resolveItems(tx, this.audit, [memberSubject(groupId, userId)], me.userId, 'member.banned');
      } else {
        const [target] = await tx.query<{ platform_role: string }[]>(`SELECT platform_role FROM users WHERE id = $1`, [userId]);
        if (!target) throw memberNotFound();
        if (target.platform_role !== 'MEMBER') throw staffTarget();
      }
      const lifted = await this.liftInForce(tx, me, userId, groupId, RestrictionKind.BAN);
      return this.impose(tx, me, { userId, groupId, kind: RestrictionKind.BAN, reason: why, endsAt: until ?? null }, lifted);
    });
  }

  async liftBan(actor: Actor | null, userId: string, groupId: string | null): Promise<MemberRestriction> {
    return this.dataSource.transaction(async (tx) => {
      const me = await this.requireBanScope(tx, actor, groupId);
      return this.lift(tx, me, userId, groupId, RestrictionKind.BAN);
    });
  }

  /** The group setting: a new member's first `count` posts wait for approval (0 turns it off). */
  async setPostApproval(actor: Actor | null, groupId: string, count: number): Promise<Group> {
    if (!Number.isInteger(count) || count < 0 || count > 100) throw ModerationException.invalid('firstPosts', 'must be between 0 and 100');
    return this.dataSource.transaction(async (tx) => {
      const { actor: me, group } = await this.access.requireGroup(actor, groupId, tx);
      await tx.update(Group, { id: groupId }, { approveFirstPosts: count });
      await this.audit.append({ actorId: me.userId, action: 'group.post_approval_set', targetType: 'group', targetId: groupId,
        before: { approveFirstPosts: group.approveFirstPosts }, after: { approveFirstPosts: count } }, tx);
      return tx.findOneByOrFail(Group, { id: groupId });
    });
  }

  /** The member's own warnings and the restrictions in force on them. */
  async myWarnings(actor: Actor | null): Promise<MemberWarning[]> {
    const me = requireActor(actor, ApiScope.READ);
    return this.dataSource.manager.find(MemberWarning, { where: { userId: me.userId }, order: { createdAt: 'DESC' } });
  }

  async myRestrictions(actor: Actor | null): Promise<MemberRestriction[]> {
    const me = requireActor(actor, ApiScope.READ);
    const rows = await this.dataSource.manager.find(MemberRestriction, {
      where: [
        { userId: me.userId, liftedAt: IsNull(), endsAt: IsNull() },
        { userId: me.userId, liftedAt: IsNull(), endsAt: MoreThan(new Date()) },
      ],
      order: { createdAt: 'DESC' },
    });
    return rows;
  }

  private async changePost(actor: Actor | null, postId: string, action: PostAction, why: Reasoned, body?: string): Promise<Post> {
    requireActor(actor, ApiScope.MODERATE);
    const reason = checkReason(why.reason);
    const ruleKey = why.ruleKey ? await this.checkRuleKeyOfPost(postId, why.ruleKey) : null;
    const post = await this.dataSource.transaction(async (tx) => {
      const { actor: me, post } = await this.access.requirePost(actor, postId, tx);
      const next = postTransition(post.status, action);
      if (next === null) {
        throw new ModerationException(ModerationErrorReason.ILLEGAL_POST_STATE, `A ${post.status.toLowerCase()} post cannot be ${pastTense(action)}.`,
          { status: post.status, action });
      }
      const before = { status: post.status, revision: post.revision };
      if (body !== undefined && body !== post.body) await this.discussions.writeRevision(tx, post, body, me.userId);
      const moderation = action === 'approve'
        ? { moderationReason: null, moderationRuleKey: null }
        : { moderationReason: reason, moderationRuleKey: ruleKey };
      await tx.update(PostEntity, { id: post.id }, { status: next, ...moderation, moderatedById: me.userId, moderatedAt: new Date() });
      await countStatusChange(tx, post.topicId, post.status, next);
      await this.audit.append({
        actorId: me.userId, action: `post.${pastTense(action).replaceAll(' ', '_')}`, targetType: 'post', targetId: post.id,
        reason: action === 'approve' ? null : reason, before, after: { status: next, revision: post.revision, ruleKey },
      }, tx);
      if (action !== 'restore' && action !== 'edit') {
        await resolveItems(tx, this.audit, [postSubject(post.id), heldSubject(post.id)], me.userId, `post.${pastTense(action)}`);
      }
      return tx.findOneByOrFail(PostEntity, { id: post.id });
    });
    this.logger.log({ postId: post.id, action, status: post.status }, 'post moderated');
    return post;
  }

  private async requireBanScope(tx: EntityManager, actor: Actor | null, groupId: string | null): Promise<Actor> {
    if (groupId !== null) return (await this.access.requireGroup(actor, groupId, tx)).actor;
    const me = requireActor(actor, ApiScope.ADMIN);
    if (!isPlatformAdmin(me)) throw AccessException.notAllowed('Only admins ban members from the whole platform.');
    return me;
  }

  /** The member to act on, in one of `statuses`; fellow staff are for admins to act on. */
  private async target(tx: EntityManager, me: Actor, groupId: string, userId: string, statuses: MembershipStatus[]): Promise<Membership> {
    const membership = await tx.findOne(Membership, { where: { groupId, userId }, lock: { mode: 'pessimistic_write' } });
    if (!membership || !statuses.includes(membership.status)) throw memberNotFound();
    assertNotStaff(me, membership.role);
    return membership;
  }

  private async removeFromGroup(tx: EntityManager, membership: Membership): Promise<void> {
    await tx.update(Membership, { id: membership.id }, {
      status: MembershipStatus.REMOVED, role: GroupRole.MEMBER, leftAt: new Date(), onBreak: false, breakUntil: null,
    });
  }

  private async impose(
    tx: EntityManager,
    me: Actor,
    r: { userId: string; groupId: string | null; kind: RestrictionKind; reason: string; endsAt: Date | null },
    replaced: MemberRestriction | null,
  ): Promise<MemberRestriction> {
    const row = tx.create(MemberRestriction, { ...r, imposedById: me.userId });
    await tx.insert(MemberRestriction, row);
    const action = r.kind === RestrictionKind.MUTE ? 'member.muted' : 'member.banned';
    await this.audit.append({
      actorId: me.userId, action, targetType: 'user', targetId: r.userId, reason: r.reason,
      before: replaced ? { restrictionId: replaced.id, until: replaced.endsAt?.toISOString() ?? null } : null,
      after: { restrictionId: row.id, groupId: r.groupId, until: r.endsAt?.toISOString() ?? null },
    }, tx);
    return tx.findOneByOrFail(MemberRestriction, { id: row.id });
  }

  /** Lifts what is in force (a replacement), returning the last one lifted. */
  private async liftInForce(tx: EntityManager, me: Actor, userId: string, groupId: string | null, kind: RestrictionKind): Promise<MemberRestriction | null> {
    const now = new Date();
    const rows = await tx.find(MemberRestriction, {
      where: { userId, groupId: groupId ?? IsNull(), kind, liftedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    const inForce = rows.filter((r) => r.endsAt === null || r.endsAt > now);
    for (const r of inForce) await tx.update(MemberRestriction, { id: r.id }, { liftedAt: now, liftedById: me.userId });
    return inForce.at(-1) ?? null;
  }

  private async lift(tx: EntityManager, me: Actor, userId: string, groupId: string | null, kind: RestrictionKind): Promise<MemberRestriction> {
    const lifted = await this.liftInForce(tx, me, userId, groupId, kind);
    if (!lifted) throw new ModerationException(ModerationErrorReason.NOT_RESTRICTED, `This member has no ${kind.toLowerCase()} in force here.`);
    const action = kind === RestrictionKind.MUTE ? 'member.unmuted' : 'member.ban_lifted';
    await this.audit.append({ actorId: me.userId, action, targetType: 'user', targetId: userId,
      before: { restrictionId: lifted.id, groupId, until: lifted.endsAt?.toISOString() ?? null }, after: { restrictionId: lifted.id, lifted: true } }, tx);
    return tx.findOneByOrFail(MemberRestriction, { id: lifted.id });
  }

  /** Rule keys are checked before the transaction opens (the rules are read on another connection). */
  private async checkRuleKey(groupId: string, ruleKey: string | null | undefined): Promise<string | null> {
    if (!ruleKey) return null;
    const rules = (await this.groundRules.currentForGroups([groupId])).get(groupId);
    if (!rules?.rules.some((r) => r.key === ruleKey)) throw ModerationException.invalid('ruleKey', `is not a rule of this group's ground rules`);
    return ruleKey;
  }

  private async checkRuleKeyOfPost(postId: string, ruleKey: string): Promise<string | null> {
    const post = await this.dataSource.manager.findOneBy(PostEntity, { id: postId });
    return post ? this.checkRuleKey(post.groupId, ruleKey) : null;
  }
}

export function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_REASON) throw ModerationException.invalid('reason', `must be between 1 and ${MAX_REASON} characters`);
  return trimmed;
}

function assertNotStaff(me: Actor, role: GroupRole): void {
  if (role !== GroupRole.MEMBER && !isPlatformAdmin(me)) throw staffTarget();
}

function staffTarget(): ModerationException {
  return new ModerationException(ModerationErrorReason.TARGET_IS_STAFF, 'Facilitators, moderators and admins are not restricted this way; ask an admin.');
}

function memberNotFound(): ModerationException {
  return new ModerationException(ModerationErrorReason.MEMBER_NOT_FOUND, 'This user is not a member of the group.');
}

function pastTense(action: PostAction): string {
  switch (action) {
    case 'hide':
      return 'hidden';
    case 'restore':
      return 'restored';
    case 'delete':
      return 'deleted';
    case 'edit':
      return 'edited by moderator';
    case 'approve':
      return 'approved';
    case 'reject':
      return 'rejected';
  }
}
