import { ArgsType, Field, GraphQLISODateTime, ID, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_INVITE_HOURS, GroupRole, MAX_INVITE_HOURS, MAX_INVITE_USES } from '@alongside/groups';

@ArgsType()
export class JoinGroupArgs {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field({ nullable: true, description: 'For groups that admit by request: a few words to the facilitators.' })
  @IsOptional()
  @MaxLength(1000)
  message?: string;
}

@ArgsType()
export class JoinWithInviteArgs {
  @Field({ description: 'The token of the invite link.' }) @Length(1, 200) token: string;
}

@ArgsType()
export class GroupMemberArgs {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field(() => ID) @IsUUID() userId: string;
}

@ArgsType()
export class DeclineRequestArgs extends GroupMemberArgs {
  @Field({ description: 'Shown to the person who asked.' }) @Length(1, 1000) reason: string;
}

@ArgsType()
export class SetMemberRoleArgs extends GroupMemberArgs {
  @Field(() => GroupRole) @IsEnum(GroupRole) role: GroupRole;
}

@ArgsType()
export class CreateGroupInviteArgs {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field(() => Int, { defaultValue: DEFAULT_INVITE_HOURS, description: `At most ${MAX_INVITE_HOURS}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_INVITE_HOURS)
  expiresInHours: number;
  @Field(() => Int, { nullable: true, description: 'Unlimited when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INVITE_USES)
  maxUses?: number;
}

@ArgsType()
export class TakeBreakArgs {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the break ends by itself; until ended when left out.' })
  @IsOptional()
  @IsDate()
  until?: Date;
}

@ArgsType()
export class SetListeningModeArgs {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field() @IsBoolean() listening: boolean;
}

@ArgsType()
export class SetShowDisplayNameArgs {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field() @IsBoolean() show: boolean;
}
