import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '@alongside/audit';
import { DiscussionsErrorReason, DiscussionsException, type Post, Post as PostEntity, postVisible } from '@alongside/discussions';
import { GroundRulesService } from '@alongside/ground-rules';
import { GroupAccessService, GroupPermission, GroupsException, Membership } from '@alongside/groups';
import { AccessException, type Actor, ApiScope, isUniqueViolation, requireActor } from '@alongside/platform';
import { ReportReason, ReviewKind } from '../entities/moderation.enums.js';
import { Report } from '../entities/report.entity.js';
import { ReviewItem } from '../entities/review-item.entity.js';
import { ModerationErrorReason, ModerationException } from '../moderation.exception.js';
import { HELD_POST_URGENCY, reportUrgency } from '../policies/moderation.policy.js';
import { heldSubject, memberSubject, postSubject } from './review-items.js';

export interface ReportInput {
  readonly reason: ReportReason;
  /** Required for GROUND_RULE_BREACH: the key of the rule broken. */
  readonly ruleKey?: string | null;
  /** Required for OTHER; optional otherwise. */
  readonly text?: string | null;
}

interface Subject {
  readonly kind: ReviewKind;
  readonly subject: string;
  readonly groupId: string;
  readonly postId: string | null;
  readonly userId: string | null;
}

/** Members' reports of posts and members: one per member and thing, adding up on one review item. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly groundRules: GroundRulesService,
    private readonly access: GroupAccessService,
  ) {}

  async reportPost(actor: Actor | null, postId: string, input: ReportInput): Promise<ReviewItem> {
    const me = requireActor(actor, ApiScope.WRITE);
    const post = await this.readablePost(me, postId);
    if (post.authorId === me.userId) throw ownContent();
    const report = await this.checkInput(post.groupId, input);
    const subject = { kind: ReviewKind.REPORTED_POST, subject: postSubject(post.id), groupId: post.groupId, postId: post.id, userId: post.authorId };
    return this.file(me, subject, report, 'post', post.id);
  }

  async reportMember(actor: Actor | null, groupId: string, userId: string, input: ReportInput): Promise<ReviewItem> {
    const me = requireActor(actor, ApiScope.WRITE);
    const { group, membership: mine } = await this.access.load(me, groupId);
    if (!this.access.allows(me, GroupPermission.VIEW, group, mine)) throw GroupsException.notFound();
    if (!this.access.allows(me, GroupPermission.READ_CONTENT, group, mine)) throw AccessException.notAllowed('Only members can report members of this group.');
    if (userId === me.userId) throw ownContent();
    const membership = await this.dataSource.manager.findOneBy(Membership, { groupId, userId });
    if (!membership) throw new ModerationException(ModerationErrorReason.MEMBER_NOT_FOUND, 'This user is not a member of the group.');
    const report = await this.checkInput(groupId, input);
    const subject = { kind: ReviewKind.REPORTED_MEMBER, subject: memberSubject(groupId, userId), groupId, postId: null, userId };
    return this.file(me, subject, report, 'user', userId);
  }

  /**
   * The post as the reporter may see it. Reporting is a write: like posting, it goes by the actor's roles,
   * not the key's read scope. Whoever may not see the post learns nothing of it: NOT_FOUND.
   */
  private async readablePost(me: Actor, postId: string): Promise<Post> {
    const post = await this.dataSource.manager.findOneBy(PostEntity, { id: postId });
    const notFound = new DiscussionsException(DiscussionsErrorReason.POST_NOT_FOUND, 'No such post.');
    if (!post) throw notFound;
    const { group, membership } = await this.access.load(me, post.groupId);
    if (!this.access.allows(me, GroupPermission.READ_CONTENT, group, membership)) throw notFound;
    if (!postVisible(post, me.userId, this.access.allows(me, GroupPermission.MODERATE, group, membership))) throw notFound;
    return post;
  }

  /** A watched term's FLAG: a report by no one, in the post's writing transaction. */
  async flag(manager: EntityManager, post: Post, why: string): Promise<void> {
    const subject = { kind: ReviewKind.REPORTED_POST, subject: postSubject(post.id), groupId: post.groupId, postId: post.id, userId: post.authorId };
    const itemId = await this.openItem(manager, subject);
    await manager.insert(Report, { itemId, reporterId: null, subject: subject.subject, reason: ReportReason.AUTOMATIC_RULE, ruleKey: null, text: why });
    await this.recount(manager, itemId);
  }

  /** A held post's item, in the post's writing transaction. */
  async hold(manager: EntityManager, post: Post): Promise<void> {
    await manager.query(
      `INSERT INTO review_items (kind, subject, group_id, post_id, user_id, urgency, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'OPEN') ON CONFLICT (subject) WHERE status IN ('OPEN', 'CLAIMED') DO NOTHING`,
      [ReviewKind.HELD_POST, heldSubject(post.id), post.groupId, post.id, post.authorId, HELD_POST_URGENCY],
    );
  }

  /** The reports on these items, oldest first (for moderators' views; the caller has checked access). */
  async reportsOf(itemIds: readonly string[]): Promise<Map<string, Report[]>> {
    const rows = itemIds.length ? await this.dataSource.manager.find(Report, { where: { itemId: In([...itemIds]) }, order: { createdAt: 'ASC' } }) : [];
    const byItem = new Map<string, Report[]>();
    for (const r of rows) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), r]);
    return byItem;
  }

  private async file(me: Actor, subject: Subject, input: Required<ReportInput>, targetType: string, targetId: string): Promise<ReviewItem> {
    try {
      return await this.dataSource.transaction(async (tx) => {
        const itemId = await this.openItem(tx, subject);
        if (await tx.existsBy(Report, { reporterId: me.userId, subject: subject.subject })) throw alreadyReported();
        await tx.insert(Report, { itemId, reporterId: me.userId, subject: subject.subject, ...input });
        const item = await this.recount(tx, itemId);
        await this.audit.append({ actorId: me.userId, action: 'report.filed', targetType, targetId, reason: input.reason,
          after: { itemId, ruleKey: input.ruleKey, reportCount: item.reportCount, urgency: item.urgency } }, tx);
        return item;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_reports_reporter_subject')) throw alreadyReported();
      throw error;
    }
  }

  /** The open item of the thing, made if there is none; the upsert locks it, so reports add up one at a time. */
  private async openItem(manager: EntityManager, s: Subject): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO review_items (kind, subject, group_id, post_id, user_id, urgency, status)
       VALUES ($1, $2, $3, $4, $5, 0, 'OPEN')
       ON CONFLICT (subject) WHERE status IN ('OPEN', 'CLAIMED') DO UPDATE SET updated_at = now()
       RETURNING id`,
      [s.kind, s.subject, s.groupId, s.postId, s.userId],
    );
    return row.id;
  }

  private async recount(manager: EntityManager, itemId: string): Promise<ReviewItem> {
    const reports = await manager.find(Report, { select: { reason: true }, where: { itemId } });
    await manager.update(ReviewItem, { id: itemId }, { reportCount: reports.length, urgency: reportUrgency(reports.map((r) => r.reason)) });
    return manager.findOneByOrFail(ReviewItem, { id: itemId });
  }

  private async checkInput(groupId: string, input: ReportInput): Promise<Required<ReportInput>> {
    const text = input.text?.trim() || null;
    if (input.reason === ReportReason.AUTOMATIC_RULE) throw ModerationException.invalid('reason', 'is for automatic rules only');
    if (input.reason === ReportReason.OTHER && !text) throw ModerationException.invalid('text', 'is required when the reason is OTHER');
    if (text && text.length > 2000) throw ModerationException.invalid('text', 'must be at most 2000 characters');
    let ruleKey: string | null = null;
    if (input.reason === ReportReason.GROUND_RULE_BREACH) {
      if (!input.ruleKey) throw ModerationException.invalid('ruleKey', 'is required for a ground-rule breach');
      const rules = (await this.groundRules.currentForGroups([groupId])).get(groupId);
      if (!rules?.rules.some((r) => r.key === input.ruleKey)) throw ModerationException.invalid('ruleKey', "is not a rule of this group's ground rules");
      ruleKey = input.ruleKey;
    }
    return { reason: input.reason, ruleKey, text };
  }
}

function ownContent(): ModerationException {
  return new ModerationException(ModerationErrorReason.OWN_CONTENT, 'You cannot report your own posts or yourself.');
}

function alreadyReported(): ModerationException {
  return new ModerationException(ModerationErrorReason.ALREADY_REPORTED, 'You have already reported this.');
}

