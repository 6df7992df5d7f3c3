import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { MembershipStatus } from '@alongside/groups';
import { PageArgs } from '../graphql/connection.js';
import { GroupFilterInput } from './group.input.js';

@ArgsType()
export class GroupsArgs extends PageArgs {
  @Field(() => GroupFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GroupFilterInput)
  filter?: GroupFilterInput;
}

@ArgsType()
export class GroupArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() id?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(80) slug?: string;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => MembershipStatus, {
    defaultValue: MembershipStatus.ACTIVE,
    description: 'ACTIVE members, or PENDING requests (for those who review them).',
  })
  @IsIn([MembershipStatus.ACTIVE, MembershipStatus.PENDING])
  status: MembershipStatus.ACTIVE | MembershipStatus.PENDING;
}
