import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditLogService, type AuditRecord } from '@alongside/audit';
import { DiscussionsService, type Post, PostStatus, type Topic } from '@alongside/discussions';
import type { Group, MemberRestriction } from '@alongside/groups';
import {
  MemberNotesService,
  ModerationService,
  noteCursor,
  type QueueEntry,
  ReportsService,
  ReviewKind,
  ReviewQueueService,
  WatchedTermsService,
} from '@alongside/moderation';
import type { Actor } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { RequestContext } from '../auth/request-context.js';
import { type Connection, toConnection } from '../graphql/connection.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { Author, PostModel, TopicModel } from '../discussions/discussions.models.js';
import { GroupModel } from '../groups/group.model.js';
import {
  AddMemberNoteInput,
  AddWatchedTermInput,
  AuditLogArgs,
  AuditLogExportArgs,
  AuditRecordConnection,
  type AuditRecordModel,
  BanMemberInput,
  EditMemberNoteInput,
  HeldPostReviewItem,
  ModeratePostInput,
  ModeratorEditPostInput,
  MemberActionInput,
  MemberNoteConnection,
  MemberNoteModel,
  MemberNotesArgs,
  MuteMemberInput,
  PostApprovalArgs,
  ReportedMemberReviewItem,
  ReportedPostReviewItem,
  ReportMemberInput,
  ReportModel,
  ReportPostInput,
  ReportReceipt,
  RestrictionModel,
  ReviewItemConnection,
  ReviewItemModel,
  ReviewQueueArgs,
  WarningModel,
  WarnMemberInput,
  WatchedTermModel,
} from './moderation.models.js';

type ReviewItemView = ReviewItemModel & { reportCount?: number; alert?: unknown };

/** A queue entry as GraphQL shows it: the common fields, and the kind's own. */
function toView(entry: QueueEntry): ReviewItemView {
  if (entry.kind === ReviewKind.CRISIS_ALERT) {
    const { alert } = entry;
    return {
      id: alert.id, kind: entry.kind, groupId: alert.groupId, urgency: entry.urgency, status: entry.status, createdAt: alert.createdAt,
      assignee: null, assigneeId: alert.assigneeId, postId: alert.postId, userId: alert.authorId, alert,
    };
  }
  const { item } = entry;
  return {
    id: item.id, kind: entry.kind, groupId: item.groupId, urgency: entry.urgency, status: entry.status, createdAt: item.createdAt,
    assignee: null, assigneeId: item.assigneeId, postId: item.postId, userId: item.userId, reportCount: item.reportCount,
  };
}

function toAuditModel(record: AuditRecord): AuditRecordModel {
  return {
    ...record,
    before: record.before === null ? null : JSON.stringify(record.before),
    after: record.after === null ? null : JSON.stringify(record.after),
  };
}

async function authorOf(ctx: RequestContext, userId: string | null): Promise<Author | null> {
  const user = userId ? await ctx.loaders.users.load(userId) : null;
  return user ? { id: user.id, handle: user.handle } : null;
}

@Resolver(() => ReviewItemModel)
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly reports: ReportsService,
    private readonly queue: ReviewQueueService,
    private readonly terms: WatchedTermsService,
    private readonly audit: AuditLogService,
  ) {}

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => ReviewItemConnection, { description: 'Reports, held posts and crisis alerts of groups you moderate, most urgent first, then oldest.' })
  async reviewQueue(@CurrentActor() actor: Actor, @Args() args: ReviewQueueArgs): Promise<Connection<ReviewItemModel>> {
    const page = await this.queue.list(actor, args.filter ?? {}, { first: args.first, after: args.after });
    return toConnection(page, (listed) => listed.cursor, (listed) => toView(listed.node));
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => ReviewItemModel, { description: 'Take an item (or crisis alert) so nobody else works it; a second claim gets CONFLICT.' })
  async claimReviewItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<ReviewItemModel> {
    return toView(await this.queue.claim(actor, id));
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => ReviewItemModel, { description: 'Give an item you claimed back to the queue.' })
  async releaseReviewItem(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<ReviewItemModel> {
    return toView(await this.queue.release(actor, id));
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => ReviewItemModel, { description: 'Close a report without acting on the post or member.' })
  async dismissReport(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('note') note: string,
  ): Promise<ReviewItemModel> {
    return toView(await this.queue.dismiss(actor, id, note));
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => ReportReceipt, { description: 'Report a post to its moderators. One report per member and post (CONFLICT after).' })
  async reportPost(@CurrentActor() actor: Actor, @Args('input') input: ReportPostInput): Promise<ReportReceipt> {
    await this.reports.reportPost(actor, input.postId, input);
    return { received: true };
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => ReportReceipt, { description: "Report a member to a group's moderators. One report per member reported (CONFLICT after)." })
  async reportMember(@CurrentActor() actor: Actor, @Args('input') input: ReportMemberInput): Promise<ReportReceipt> {
    await this.reports.reportMember(actor, input.groupId, input.userId, input);
    return { received: true };
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => PostModel, { description: 'Hide a post from other members; its author sees it with the reason (and rule).' })
  hidePost(@CurrentActor() actor: Actor, @Args('input') input: ModeratePostInput): Promise<Post> {
    return this.moderation.hidePost(actor, input.postId, input);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => PostModel, { description: 'Publish a hidden, deleted or rejected post again.' })
  restorePost(
    @CurrentActor() actor: Actor,
    @Args('postId', { type: () => ID }, IdPipe) postId: string,
    @Args('reason', { nullable: true, type: () => String }) reason?: string | null,
  ): Promise<Post> {
    return this.moderation.restorePost(actor, postId, reason ?? undefined);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => PostModel, { description: 'Soft-delete a post: only moderators still see it.' })
  deletePostAsModerator(@CurrentActor() actor: Actor, @Args('input') input: ModeratePostInput): Promise<Post> {
    return this.moderation.deletePost(actor, input.postId, input);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => PostModel, { description: "Edit a member's post: a new revision, with the reason shown on the post." })
  moderatorEditPost(@CurrentActor() actor: Actor, @Args('input') input: ModeratorEditPostInput): Promise<Post> {
    return this.moderation.editPost(actor, input.postId, input.body, input);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => PostModel, { description: 'Publish a post held for approval.' })
  approvePost(@CurrentActor() actor: Actor, @Args('postId', { type: () => ID }, IdPipe) postId: string): Promise<Post> {
    return this.moderation.approvePost(actor, postId);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => PostModel, { description: 'Refuse a post held for approval; the author sees the reason.' })
  rejectPost(@CurrentActor() actor: Actor, @Args('input') input: ModeratePostInput): Promise<Post> {
    return this.moderation.rejectPost(actor, input.postId, input);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => TopicModel, { description: 'No new replies, except from moderators.' })
  lockTopic(
    @CurrentActor() actor: Actor,
    @Args('topicId', { type: () => ID }, IdPipe) topicId: string,
    @Args('reason') reason: string,
  ): Promise<Topic> {
    return this.moderation.lockTopic(actor, topicId, reason);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => TopicModel)
  unlockTopic(@CurrentActor() actor: Actor, @Args('topicId', { type: () => ID }, IdPipe) topicId: string): Promise<Topic> {
    return this.moderation.unlockTopic(actor, topicId);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => WarningModel, { description: 'A private warning: the member and moderators see it, nobody else.' })
  warnMember(@CurrentActor() actor: Actor, @Args('input') input: WarnMemberInput): Promise<WarningModel> {
    return this.moderation.warnMember(actor, input.groupId, input.userId, input);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => RestrictionModel, { description: 'Stop a member posting in the group until a time; posting then fails with MEMBER_MUTED and the end.' })
  muteMember(@CurrentActor() actor: Actor, @Args('input') input: MuteMemberInput): Promise<MemberRestriction> {
    return this.moderation.muteMember(actor, input.groupId, input.userId, input.until, input.reason);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => RestrictionModel)
  unmuteMember(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }, IdPipe) groupId: string,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
  ): Promise<MemberRestriction> {
    return this.moderation.unmuteMember(actor, groupId, userId);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Take a member out of the group; they may ask to join again.' })
  async removeMember(@CurrentActor() actor: Actor, @Args('input') input: MemberActionInput): Promise<boolean> {
    await this.moderation.removeMember(actor, input.groupId, input.userId, input.reason);
    return true;
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Lift a removal: the member is back in the group (a ban in force must be lifted first).' })
  async liftRemoval(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }, IdPipe) groupId: string,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
  ): Promise<boolean> {
    await this.moderation.liftRemoval(actor, groupId, userId);
    return true;
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => RestrictionModel, { description: 'Ban from a group (its moderators) or the platform (admins), until a time or until lifted.' })
  banMember(@CurrentActor() actor: Actor, @Args('input') input: BanMemberInput): Promise<MemberRestriction> {
    return this.moderation.banMember(actor, input.userId, input.groupId ?? null, input.reason, input.until ?? null);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => RestrictionModel)
  liftBan(
    @CurrentActor() actor: Actor,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('groupId', { type: () => ID, nullable: true }) groupId?: string | null,
  ): Promise<MemberRestriction> {
    return this.moderation.liftBan(actor, userId, groupId ?? null);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroupModel, { description: "Hold a new member's first posts in the group for approval." })
  setPostApproval(@CurrentActor() actor: Actor, @Args() args: PostApprovalArgs): Promise<Group> {
    return this.moderation.setPostApproval(actor, args.groupId, args.firstPosts);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => [WarningModel], { description: 'Warnings you received.' })
  myWarnings(@CurrentActor() actor: Actor): Promise<WarningModel[]> {
    return this.moderation.myWarnings(actor);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => [RestrictionModel], { description: 'Mutes and bans in force on you, with their ends.' })
  myRestrictions(@CurrentActor() actor: Actor): Promise<MemberRestriction[]> {
    return this.moderation.myRestrictions(actor);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => [WatchedTermModel], { description: "A group's watched terms, or the organization's (groupId omitted)." })
  watchedTerms(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID, nullable: true }) groupId?: string | null): Promise<WatchedTermModel[]> {
    return this.terms.list(actor, groupId ?? null);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => WatchedTermModel)
  addWatchedTerm(@CurrentActor() actor: Actor, @Args('input') input: AddWatchedTermInput): Promise<WatchedTermModel> {
    return this.terms.add(actor, input.groupId ?? null, input.term, input.action, input.reason);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => WatchedTermModel)
  removeWatchedTerm(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<WatchedTermModel> {
    return this.terms.remove(actor, id);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => AuditRecordConnection, { description: 'Admins: the append-only audit log, newest first.' })
  async auditLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs): Promise<Connection<AuditRecordModel>> {
    const page = await this.audit.list(actor, args.filter ?? {}, { first: args.first, after: args.after });
    return toConnection(page, (r) => r.id, toAuditModel);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => String, { description: 'Admins: the matching audit records, oldest first, as CSV or JSON lines (at most 50,000).' })
  auditLogExport(@CurrentActor() actor: Actor, @Args() args: AuditLogExportArgs): Promise<string> {
    return this.audit.export(actor, args.filter ?? {}, args.format);
  }

  @ResolveField(() => Author, { nullable: true })
  assignee(@Parent() item: ReviewItemView, @Context() ctx: RequestContext): Promise<Author | null> {
    return authorOf(ctx, item.assigneeId);
  }

  @ResolveField(() => GroupModel, { description: 'The group it belongs to (loaded in one query for the whole page).' })
  async group(@Parent() item: ReviewItemView, @Context() ctx: RequestContext): Promise<Group> {
    return (await ctx.loaders.groups.load(item.groupId))!;
  }
}

/** The kinds' own fields. */
@Resolver(() => ReportedPostReviewItem)
export class ReportedPostItemResolver {
  constructor(private readonly reports: ReportsService, private readonly discussions: DiscussionsService) {}

  @ResolveField(() => PostModel, { nullable: true })
  post(@Parent() item: ReviewItemView, @CurrentActor() actor: Actor): Promise<Post> | null {
    return item.postId ? this.discussions.getPost(actor, item.postId) : null;
  }

  @ResolveField('reports', () => [ReportModel], { description: 'Who reported it is not shown.' })
  async reportList(@Parent() item: ReviewItemView): Promise<ReportModel[]> {
    return (await this.reports.reportsOf([item.id])).get(item.id) ?? [];
  }
}

@Resolver(() => ReportedMemberReviewItem)
export class ReportedMemberItemResolver {
  constructor(private readonly reports: ReportsService) {}

  @ResolveField(() => Author, { nullable: true, description: 'Null once they deleted their account.' })
  member(@Parent() item: ReviewItemView, @Context() ctx: RequestContext): Promise<Author | null> {
    return authorOf(ctx, item.userId);
  }

  @ResolveField('reports', () => [ReportModel], { description: 'Who reported them is not shown.' })
  async reportList(@Parent() item: ReviewItemView): Promise<ReportModel[]> {
    return (await this.reports.reportsOf([item.id])).get(item.id) ?? [];
  }
}

@Resolver(() => HeldPostReviewItem)
export class HeldPostItemResolver {
  constructor(private readonly discussions: DiscussionsService) {}

  @ResolveField(() => PostModel, { nullable: true, description: 'Its moderationReason says why it was held.' })
  post(@Parent() item: ReviewItemView, @CurrentActor() actor: Actor): Promise<Post> | null {
    return item.postId ? this.discussions.getPost(actor, item.postId) : null;
  }
}

/** Moderators' notes about members; who may read or write them is decided by the service. */
@Resolver(() => MemberNoteModel)
export class MemberNotesResolver {
  constructor(private readonly notes: MemberNotesService) {}

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => MemberNoteConnection, { description: "Notes about a member, newest first: moderators of the member's groups and admins." })
  async memberNotes(@CurrentActor() actor: Actor, @Args() args: MemberNotesArgs): Promise<Connection<MemberNoteModel>> {
    return toConnection(await this.notes.list(actor, args.userId, { first: args.first, after: args.after }), noteCursor);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MemberNoteModel, { description: "Add a note about a member, for the moderators of the member's groups and admins." })
  addMemberNote(@CurrentActor() actor: Actor, @Args('input') input: AddMemberNoteInput): Promise<MemberNoteModel> {
    return this.notes.add(actor, input.userId, input.body);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MemberNoteModel, { description: 'Change a note: its author or an admin.' })
  editMemberNote(@CurrentActor() actor: Actor, @Args('input') input: EditMemberNoteInput): Promise<MemberNoteModel> {
    return this.notes.edit(actor, input.id, input.body);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MemberNoteModel, { description: 'Delete a note: its author or an admin.' })
  deleteMemberNote(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<MemberNoteModel> {
    return this.notes.remove(actor, id);
  }

  @ResolveField(() => Author, { nullable: true, description: 'The moderator who wrote it; null once they deleted their account.' })
  author(@Parent() note: MemberNoteModel, @Context() ctx: RequestContext): Promise<Author | null> {
    return authorOf(ctx, note.authorId);
  }
}

/** Moderation state on posts and topics. */
@Resolver(() => PostModel)
export class PostModerationFieldsResolver {
  @ResolveField(() => PostStatus, { description: 'Readers only ever get PUBLISHED posts; authors also see their own held, hidden or rejected ones.' })
  status(@Parent() post: Post): PostStatus {
    return post.status;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it was held, hidden, rejected, deleted or edited by a moderator.' })
  moderationReason(@Parent() post: Post): string | null {
    return post.moderationReason;
  }

  @ResolveField(() => String, { nullable: true, description: 'The ground rule (its key) the post broke.' })
  moderationRuleKey(@Parent() post: Post): string | null {
    return post.moderationRuleKey;
  }
}

@Resolver(() => TopicModel)
export class TopicModerationFieldsResolver {
  @ResolveField(() => Boolean, { description: 'A locked topic takes no new replies, except from moderators.' })
  locked(@Parent() topic: Topic): boolean {
    return topic.lockedAt !== null;
  }

  @ResolveField(() => String, { nullable: true })
  lockReason(@Parent() topic: Topic): string | null {
    return topic.lockReason;
  }
}

export const MODERATION_RESOLVERS = [
  ModerationResolver,
  ReportedPostItemResolver,
  ReportedMemberItemResolver,
  HeldPostItemResolver,
  MemberNotesResolver,
  PostModerationFieldsResolver,
  TopicModerationFieldsResolver,
];
