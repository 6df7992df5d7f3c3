import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AlertAction, AlertStatus, MAX_NOTE_LENGTH, ResolutionOutcome } from '@alongside/alerts';
import { Author, PostModel } from '../discussions/discussions.models.js';
import { ConnectionType, PageArgs } from '../graphql/connection.js';

/** The crisis engine's levels; `NONE` is never an alert's level, but names a rescan that found nothing. */
export enum CrisisLevel {
  NONE = 'none',
  LOW = 'low',
  MEDIUM = 'medium',
  HIGH = 'high',
}

export enum CrisisCategory {
  SUICIDE = 'suicide',
  SELF_HARM = 'self_harm',
  HARM_TO_OTHERS = 'harm_to_others',
  ABUSE = 'abuse',
  MEDICAL_EMERGENCY = 'medical_emergency',
}

export enum JobQueue {
  SCAN = 'crisis-scan',
  ALERTS = 'crisis-alerts',
}

registerEnumType(CrisisLevel, { name: 'CrisisLevel', description: 'Severity, after C-SSRS: high is plan, means or an act in progress.' });
registerEnumType(CrisisCategory, { name: 'CrisisCategory' });
registerEnumType(AlertStatus, { name: 'CrisisAlertStatus' });
registerEnumType(ResolutionOutcome, { name: 'CrisisAlertOutcome' });
registerEnumType(AlertAction, { name: 'CrisisAlertAction' });
registerEnumType(JobQueue, { name: 'JobQueue' });

@ObjectType('CrisisAlertMatch', { description: 'A rule that fired, and the span of the scanned text it matched.' })
export class CrisisAlertMatchModel {
  @Field() rule: string;
  @Field(() => Int, { description: 'UTF-16 offset into `text`; 0 once the text was purged after retention.' }) start: number;
  @Field(() => Int, { description: 'UTF-16 offset into `text`, exclusive; 0 once the text was purged after retention.' }) end: number;
  @Field(() => CrisisCategory) category: string;
  @Field(() => CrisisLevel) severity: string;
}

@ObjectType('CrisisAlertTransition', { description: 'One step of an alert\'s timeline; each is also an audit record.' })
export class CrisisAlertTransitionModel {
  @Field(() => ID) id: string;
  @Field(() => AlertAction) action: AlertAction;
  @Field(() => AlertStatus, { nullable: true }) fromStatus: AlertStatus | null;
  @Field(() => AlertStatus) toStatus: AlertStatus;
  @Field(() => CrisisLevel) level: string;
  @Field(() => Int, { nullable: true }) postRevision: number | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  actorId: string | null;
}

@ObjectType('CrisisAlert', { description: 'A post the crisis engine flagged, for the moderators of its group only.' })
export class CrisisAlertModel {
  @Field(() => ID) id: string;
  @Field(() => CrisisLevel) level: string;
  @Field(() => [CrisisCategory]) categories: string[];
  @Field(() => AlertStatus) status: AlertStatus;
  @Field(() => GraphQLISODateTime, { description: 'Acknowledge by then, or the alert escalates.' }) dueAt: Date;
  @Field(() => ID) groupId: string;
  @Field(() => Int, { description: 'The post revision whose text was scanned.' }) postRevision: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) acknowledgedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) escalatedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt: Date | null;
  @Field(() => ResolutionOutcome, { nullable: true }) outcome: ResolutionOutcome | null;
  @Field(() => String, { nullable: true }) resolutionNote: string | null;
  @Field(() => [CrisisAlertMatchModel]) matches: CrisisAlertMatchModel[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  postId: string | null;
  authorId: string | null;
  assigneeId: string | null;
}

export { Author, PostModel };

export const CrisisAlertConnection = ConnectionType(CrisisAlertModel, 'CrisisAlert');

@ObjectType('CrisisRuleStat', { description: 'How often a rule fired in alerts, and how many of those were false positives.' })
export class CrisisRuleStatModel {
  @Field() rule: string;
  @Field(() => Int) fired: number;
  @Field(() => Int) falsePositives: number;
}

@ObjectType('FailedJob', { description: 'A job that used up its retries.' })
export class FailedJobModel {
  @Field(() => JobQueue) queue: string;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The payload as JSON: ids only.' }) data: string;
  @Field() failedReason: string;
  @Field(() => Int) attemptsMade: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) failedAt: Date | null;
}

@InputType()
export class CrisisAlertFilter {
  @Field(() => [AlertStatus], { nullable: true }) @IsOptional() @IsArray() @IsEnum(AlertStatus, { each: true }) status?: AlertStatus[];
  @Field(() => [CrisisLevel], { nullable: true }) @IsOptional() @IsArray() @IsEnum(CrisisLevel, { each: true }) level?: CrisisLevel[];
  @Field(() => CrisisCategory, { nullable: true }) @IsOptional() @IsEnum(CrisisCategory) category?: CrisisCategory;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() groupId?: string;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() assignedToMe?: boolean;
  @Field({ nullable: true, description: 'Past due and unacknowledged, or escalated.' }) @IsOptional() @IsBoolean() overdue?: boolean;
}

@ArgsType()
export class CrisisAlertsArgs extends PageArgs {
  @Field(() => CrisisAlertFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CrisisAlertFilter)
  filter?: CrisisAlertFilter;
}

@ArgsType()
export class ResolveCrisisAlertArgs {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => ResolutionOutcome) @IsEnum(ResolutionOutcome) outcome: ResolutionOutcome;
  @Field() @MaxLength(MAX_NOTE_LENGTH) note: string;
}

@ArgsType()
export class ReasonedAlertArgs {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(MAX_NOTE_LENGTH) reason?: string;
}
