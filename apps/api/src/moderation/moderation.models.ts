import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PostStatus } from '@alongside/discussions';
import { RestrictionKind } from '@alongside/groups';
import { ReportReason, ReviewKind, ReviewStatus, WatchedTermAction } from '@alongside/moderation';
import { CrisisAlertModel } from '../alerts/alerts.models.js';
import { Author, PostModel } from '../discussions/discussions.models.js';
import { ConnectionType, PageArgs } from '../graphql/connection.js';

registerEnumType(PostStatus, { name: 'PostStatus', description: 'PUBLISHED posts are shown; the others only to the author (with the reason) and moderators.' });
registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReviewKind, { name: 'ReviewKind' });
registerEnumType(ReviewStatus, { name: 'ReviewStatus' });
registerEnumType(WatchedTermAction, { name: 'WatchedTermAction' });
registerEnumType(RestrictionKind, { name: 'RestrictionKind' });

export enum AuditExportFormat {
  CSV = 'csv',
  JSON_LINES = 'jsonl',
}
registerEnumType(AuditExportFormat, { name: 'AuditExportFormat' });

/** What every entry of the review queue has, whatever its kind. */
@InterfaceType('ReviewItem', {
  description: 'An entry of the review queue: a reported post or member, a held post, or a crisis alert.',
  resolveType: (item: { kind: ReviewKind }) => {
    switch (item.kind) {
      case ReviewKind.REPORTED_POST:
        return 'ReportedPostReviewItem';
      case ReviewKind.REPORTED_MEMBER:
        return 'ReportedMemberReviewItem';
      case ReviewKind.HELD_POST:
        return 'HeldPostReviewItem';
      case ReviewKind.CRISIS_ALERT:
        return 'CrisisAlertReviewItem';
    }
  },
})
export class ReviewItemModel {
  @Field(() => ID, { description: 'The item id; for a crisis alert, the alert id.' }) id: string;
  @Field(() => ReviewKind) kind: ReviewKind;
  @Field(() => ID) groupId: string;
  @Field(() => Int, { description: '0-100: the queue is ordered by it, most urgent first, then oldest.' }) urgency: number;
  @Field(() => ReviewStatus) status: ReviewStatus;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => Author, { nullable: true, description: 'The moderator who claimed it.' }) assignee: Author | null;
  assigneeId: string | null;
  postId: string | null;
  userId: string | null;
}

@ObjectType('Report')
export class ReportModel {
  @Field(() => ReportReason) reason: ReportReason;
  @Field(() => String, { nullable: true }) ruleKey: string | null;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('ReportedPostReviewItem', { implements: () => [ReviewItemModel] })
export class ReportedPostReviewItem extends ReviewItemModel {
  @Field(() => Int) reportCount: number;
}

@ObjectType('ReportedMemberReviewItem', { implements: () => [ReviewItemModel] })
export class ReportedMemberReviewItem extends ReviewItemModel {
  @Field(() => Int) reportCount: number;
}

@ObjectType('HeldPostReviewItem', { implements: () => [ReviewItemModel] })
export class HeldPostReviewItem extends ReviewItemModel {}

@ObjectType('CrisisAlertReviewItem', { implements: () => [ReviewItemModel] })
export class CrisisAlertReviewItem extends ReviewItemModel {
  @Field(() => CrisisAlertModel) alert: CrisisAlertModel;
}

export const ReviewItemConnection = ConnectionType(ReviewItemModel, 'ReviewItem');

@InputType()
export class ReviewQueueFilter {
  @Field(() => [ReviewKind], { nullable: true }) @IsOptional() @IsArray() @IsEnum(ReviewKind, { each: true }) kinds?: ReviewKind[];
  @Field(() => [ReviewStatus], { nullable: true, description: 'Default: OPEN and CLAIMED.' })
  @IsOptional() @IsArray() @IsEnum(ReviewStatus, { each: true }) status?: ReviewStatus[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() groupId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() assignedToMe?: boolean;
}

@ArgsType()
export class ReviewQueueArgs extends PageArgs {
  @Field(() => ReviewQueueFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ReviewQueueFilter) filter?: ReviewQueueFilter;
}

@InputType()
export class ReportInput {
  @Field(() => ReportReason) @IsEnum(ReportReason) reason: ReportReason;
  @Field(() => String, { nullable: true, description: 'For GROUND_RULE_BREACH: the key of the rule broken.' })
  @IsOptional() @MaxLength(64) ruleKey?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for OTHER.' }) @IsOptional() @MaxLength(2000) text?: string | null;
}

@InputType()
export class ReportPostInput extends ReportInput {
  @Field(() => ID) @IsUUID() postId: string;
}

@InputType()
export class ReportMemberInput extends ReportInput {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field(() => ID) @IsUUID() userId: string;
}

@ObjectType('ReportReceipt', { description: 'Your report was received; the item it joined is for moderators.' })
export class ReportReceipt {
  @Field() received: boolean;
}

@InputType()
export class ModeratePostInput {
  @Field(() => ID) @IsUUID() postId: string;
  @Field({ description: 'Shown to the author.' }) @MinLength(1) @MaxLength(1000) reason: string;
  @Field(() => String, { nullable: true, description: 'The ground rule broken, by its key.' }) @IsOptional() @MaxLength(64) ruleKey?: string | null;
}

@InputType()
export class ModeratorEditPostInput extends ModeratePostInput {
  @Field() @MinLength(1) @MaxLength(20_000) body: string;
}

@InputType()
export class MemberActionInput {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field(() => ID) @IsUUID() userId: string;
  @Field({ description: 'Shown to the member.' }) @MinLength(1) @MaxLength(1000) reason: string;
}

@InputType()
export class WarnMemberInput extends MemberActionInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(64) ruleKey?: string | null;
}

@InputType()
export class MuteMemberInput extends MemberActionInput {
  @Field(() => GraphQLISODateTime, { description: 'When the mute ends (within 550 days).' }) @IsDate() until: Date;
}

@InputType()
export class BanMemberInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => ID, { nullable: true, description: 'The group; omitted: the whole platform (admins only).' })
  @IsOptional() @IsUUID() groupId?: string | null;
  @Field({ description: 'Shown to the member.' }) @MinLength(1) @MaxLength(1000) reason: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the ban ends; omitted: until lifted.' })
  @IsOptional() @IsDate() until?: Date | null;
}

@ObjectType('MemberRestriction', { description: 'A mute or ban: in a group, or platform-wide (groupId null).' })
export class RestrictionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field(() => RestrictionKind) kind: RestrictionKind;
  @Field() reason: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) endsAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) liftedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('MemberWarning', { description: 'A private warning: seen by the member and moderators only.' })
export class WarningModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => ID) userId: string;
  @Field() reason: string;
  @Field(() => String, { nullable: true }) ruleKey: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('MemberNote', { description: "A moderator's note about a member: for moderators of the member's groups and admins only." })
export class MemberNoteModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The member it is about.' }) userId: string;
  @Field() body: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) editedAt: Date | null;
  authorId: string | null;
}

export const MemberNoteConnection = ConnectionType(MemberNoteModel, 'MemberNote');

@InputType()
export class AddMemberNoteInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field() @MinLength(1) @MaxLength(2000) body: string;
}

@InputType()
export class EditMemberNoteInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field() @MinLength(1) @MaxLength(2000) body: string;
}

@ArgsType()
export class MemberNotesArgs extends PageArgs {
  @Field(() => ID) @IsUUID() userId: string;
}

@ObjectType('WatchedTerm')
export class WatchedTermModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) groupId: string | null;
  @Field() term: string;
  @Field(() => WatchedTermAction) action: WatchedTermAction;
  @Field() reason: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@InputType()
export class AddWatchedTermInput {
  @Field(() => ID, { nullable: true, description: 'Omitted: organization-wide (admins only).' }) @IsOptional() @IsUUID() groupId?: string | null;
  @Field({ description: 'One to six words; `*` ends a prefix. Case, accents, leetspeak and separators are matched as the crisis engine does.' })
  @MinLength(1) @MaxLength(200) term: string;
  @Field(() => WatchedTermAction) @IsEnum(WatchedTermAction) action: WatchedTermAction;
  @Field({ description: 'Shown to the author when the term blocks or holds a post.' }) @MinLength(1) @MaxLength(500) reason: string;
}

@ObjectType('AuditRecord', { description: 'One line of the append-only audit log.' })
export class AuditRecordModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Null for the system.' }) actorId: string | null;
  @Field() action: string;
  @Field() targetType: string;
  @Field() targetId: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the state before.' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the state after.' }) after: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

export const AuditRecordConnection = ConnectionType(AuditRecordModel, 'AuditRecord');

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorId?: string;
  @Field({ nullable: true, description: 'An action, or a prefix ending in "." (e.g. "post.").' }) @IsOptional() @MaxLength(64) action?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) targetType?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(64) targetId?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AuditLogFilter) filter?: AuditLogFilter;
}

@ArgsType()
export class AuditLogExportArgs {
  @Field(() => AuditExportFormat) @IsIn(Object.values(AuditExportFormat)) format: AuditExportFormat;
  @Field(() => AuditLogFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AuditLogFilter) filter?: AuditLogFilter;
}

@ArgsType()
export class PostApprovalArgs {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field(() => Int, { description: "How many of a new member's first posts wait for approval (0: none)." }) @IsInt() @Min(0) @Max(100) firstPosts: number;
}

export { PostModel };
