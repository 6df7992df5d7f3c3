import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  Admission,
  Facilitation,
  GroupKind,
  GroupVisibility,
  MeetingFrequency,
  MeetingMode,
  MembersListVisibility,
  Weekday,
} from '@alongside/groups';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N}+'’ _-]*$/u;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 40;
const MAX_CAPACITY = 100_000;

/** May be left out, but not set to null. */
const Omittable = () => ValidateIf((_object, value) => value !== undefined);

const Tags = (): PropertyDecorator => (target, key) => {
  ArrayMaxSize(MAX_TAGS)(target, key);
  Length(1, MAX_TAG_LENGTH, { each: true })(target, key);
  Matches(TAG, { each: true, message: `${String(key)} must be words of letters and digits` })(target, key);
};

const Languages = (): PropertyDecorator => (target, key) => {
  ArrayMaxSize(MAX_TAGS)(target, key);
  Matches(LANGUAGE, { each: true, message: `${String(key)} must be BCP 47 language tags such as en or pt-BR` })(target, key);
};

@InputType()
export class MeetingScheduleInput {
  @Field(() => MeetingFrequency) @IsEnum(MeetingFrequency) frequency: MeetingFrequency;
  @Field(() => [Weekday]) @ArrayMinSize(1) @ArrayMaxSize(7) @IsEnum(Weekday, { each: true }) weekdays: Weekday[];
  @Field({ description: "HH:MM, 24-hour, in the group's time zone." })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be HH:MM' })
  startTime: string;
  @Field(() => Int) @IsInt() @Min(5) @Max(1440) durationMinutes: number;
}

@InputType()
export class CreateGroupInput {
  @Field() @Length(3, 120) name: string;
  @Field({ nullable: true, description: 'Made from the name when left out.' })
  @IsOptional()
  @Length(3, 80)
  @Matches(SLUG, { message: 'slug must be lower-case letters and digits joined by hyphens' })
  slug?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(5000) description?: string;
  @Field(() => GroupKind) @IsEnum(GroupKind) kind: GroupKind;
  @Field(() => [String], { nullable: true }) @IsOptional() @Tags() conditions?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @Tags() audiences?: string[];
  @Field(() => [String], { nullable: true, description: 'Defaults to ["en"].' }) @IsOptional() @Languages() languages?: string[];
  @Field(() => Facilitation) @IsEnum(Facilitation) facilitation: Facilitation;
  @Field(() => MeetingMode) @IsEnum(MeetingMode) meetingMode: MeetingMode;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) location?: string | null;
  @Field({ nullable: true, description: 'IANA time zone; defaults to UTC.' }) @IsOptional() @Length(1, 64) timeZone?: string;
  @Field(() => MeetingScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingScheduleInput)
  schedule?: MeetingScheduleInput | null;
  @Field(() => GroupVisibility) @IsEnum(GroupVisibility) visibility: GroupVisibility;
  @Field(() => Admission) @IsEnum(Admission) admission: Admission;
  @Field(() => Int, { nullable: true, description: 'Most active members; unlimited when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number | null;
  @Field(() => MembersListVisibility, { nullable: true }) @IsOptional() @IsEnum(MembersListVisibility)
  membersListVisibility?: MembersListVisibility;
  @Field(() => [ID], { nullable: true, description: 'Users who become active facilitators.' })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS)
  @IsUUID('all', { each: true })
  facilitatorIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Users who become active group moderators.' })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS)
  @IsUUID('all', { each: true })
  moderatorIds?: string[];
}

@InputType({ description: 'Fields left out stay as they are; nullable ones are cleared with null.' })
export class UpdateGroupInput {
  @Field({ nullable: true }) @Omittable() @Length(3, 120) name?: string;
  @Field({ nullable: true }) @Omittable() @Length(3, 80) @Matches(SLUG, { message: 'slug must be lower-case letters and digits joined by hyphens' })
  slug?: string;
  @Field({ nullable: true }) @Omittable() @MaxLength(5000) description?: string;
  @Field(() => GroupKind, { nullable: true }) @Omittable() @IsEnum(GroupKind) kind?: GroupKind;
  @Field(() => [String], { nullable: true }) @Omittable() @Tags() conditions?: string[];
  @Field(() => [String], { nullable: true }) @Omittable() @Tags() audiences?: string[];
  @Field(() => [String], { nullable: true }) @Omittable() @Languages() languages?: string[];
  @Field(() => Facilitation, { nullable: true }) @Omittable() @IsEnum(Facilitation) facilitation?: Facilitation;
  @Field(() => MeetingMode, { nullable: true }) @Omittable() @IsEnum(MeetingMode) meetingMode?: MeetingMode;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 200) location?: string | null;
  @Field({ nullable: true }) @Omittable() @Length(1, 64) timeZone?: string;
  @Field(() => MeetingScheduleInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingScheduleInput)
  schedule?: MeetingScheduleInput | null;
  @Field(() => GroupVisibility, { nullable: true }) @Omittable() @IsEnum(GroupVisibility) visibility?: GroupVisibility;
  @Field(() => Admission, { nullable: true }) @Omittable() @IsEnum(Admission) admission?: Admission;
  @Field(() => Int, { nullable: true, description: 'null: unlimited. Lowering it never removes members.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number | null;
  @Field(() => MembersListVisibility, { nullable: true }) @Omittable() @IsEnum(MembersListVisibility)
  membersListVisibility?: MembersListVisibility;
}

@InputType({ description: 'Directory filters; list filters match groups having any of the values.' })
export class GroupFilterInput {
  @Field({ nullable: true, description: 'Full-text search over name, tags and description (web search syntax).' })
  @IsOptional()
  @MaxLength(200)
  search?: string;
  @Field(() => GroupKind, { nullable: true }) @IsOptional() @IsEnum(GroupKind) kind?: GroupKind;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_TAGS) @MaxLength(MAX_TAG_LENGTH, { each: true })
  conditions?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_TAGS) @MaxLength(MAX_TAG_LENGTH, { each: true })
  audiences?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_TAGS) @MaxLength(MAX_TAG_LENGTH, { each: true })
  languages?: string[];
  @Field(() => Facilitation, { nullable: true }) @IsOptional() @IsEnum(Facilitation) facilitation?: Facilitation;
  @Field(() => MeetingMode, { nullable: true }) @IsOptional() @IsEnum(MeetingMode) meetingMode?: MeetingMode;
  @Field(() => [Weekday], { nullable: true }) @IsOptional() @ArrayMaxSize(7) @IsEnum(Weekday, { each: true })
  meetingDays?: Weekday[];
  @Field(() => Admission, { nullable: true }) @IsOptional() @IsEnum(Admission) admission?: Admission;
  @Field(() => GroupVisibility, { nullable: true }) @IsOptional() @IsEnum(GroupVisibility) visibility?: GroupVisibility;
  @Field({ nullable: true, description: 'true: groups with a free seat; false: full ones.' }) @IsOptional() @IsBoolean()
  hasOpenSeats?: boolean;
  @Field({ nullable: true, description: 'true: only groups you are an active member of; false: the others. Sign-in needed.' })
  @IsOptional()
  @IsBoolean()
  memberOf?: boolean;
}
