import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GroupRole, MembershipStatus } from '@alongside/groups';

@ObjectType('Membership', { description: "The signed-in user's own membership in a group." })
export class MembershipModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => GroupRole) role: GroupRole;
  @Field(() => MembershipStatus) status: MembershipStatus;
  @Field({ description: 'Reads without posting: a first-class way to take part.' }) listening: boolean;
  @Field({ description: 'On a break: still a member, no notifications.' }) onBreak: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) breakUntil: Date | null;
  @Field({ description: 'Whether other members see your display name in this group, beside your handle.' })
  showDisplayName: boolean;
  @Field(() => String, { nullable: true }) requestMessage: string | null;
  @Field(() => String, { nullable: true, description: 'Why a request was declined.' }) decisionReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) joinedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) leftAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('GroupInvite')
export class GroupInviteModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
  @Field(() => Int, { nullable: true }) maxUses: number | null;
  @Field(() => Int) uses: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class CreatedGroupInvitePayload {
  @Field(() => GroupInviteModel) invite: GroupInviteModel;
  @Field({ description: 'The invite token. Shown once: share it now; pass it to `joinGroupWithInvite`.' }) token: string;
}
