import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Group, MembershipService, isOnBreak } from '@alongside/groups';
import type { Actor } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { IdPipe } from '../graphql/id.pipe.js';
import type { Loaders } from '../graphql/loaders.js';
import { GroupMember, GroupModel } from './group.model.js';
import {
  CreateGroupInviteArgs,
  DeclineRequestArgs,
  GroupMemberArgs,
  JoinGroupArgs,
  JoinWithInviteArgs,
  SetListeningModeArgs,
  SetMemberRoleArgs,
  SetShowDisplayNameArgs,
  TakeBreakArgs,
} from './membership.args.js';
import { CreatedGroupInvitePayload, GroupInviteModel, MembershipModel } from './membership.model.js';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(private readonly memberships: MembershipService) {}

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => [MembershipModel], { description: 'Your active, pending and declined memberships.' })
  myMemberships(@CurrentActor() actor: Actor): Promise<MembershipModel[]> {
    return this.memberships.myMemberships(actor);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MembershipModel, {
    description: 'Join an open group (ACTIVE) or ask to join a request group (PENDING); invite-only groups need joinGroupWithInvite.',
  })
  joinGroup(@CurrentActor() actor: Actor, @Args() { groupId, message }: JoinGroupArgs): Promise<MembershipModel> {
    return this.memberships.join(actor, groupId, { message });
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MembershipModel, { description: 'Join with the token of an invite link.' })
  joinGroupWithInvite(@CurrentActor() actor: Actor, @Args() { token }: JoinWithInviteArgs): Promise<MembershipModel> {
    return this.memberships.joinWithInvite(actor, token);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroupMember, { description: "Group facilitators and moderators: admit a pending request (capacity permitting)." })
  approveMembershipRequest(@CurrentActor() actor: Actor, @Args() { groupId, userId }: GroupMemberArgs): Promise<GroupMember> {
    return this.memberships.approveRequest(actor, groupId, userId);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroupMember, { description: 'Group facilitators and moderators: decline a pending request with a reason.' })
  declineMembershipRequest(
    @CurrentActor() actor: Actor,
    @Args() { groupId, userId, reason }: DeclineRequestArgs,
  ): Promise<GroupMember> {
    return this.memberships.declineRequest(actor, groupId, userId, reason);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CreatedGroupInvitePayload, { description: 'Group facilitators and moderators. The token is returned once.' })
  createGroupInvite(
    @CurrentActor() actor: Actor,
    @Args() { groupId, expiresInHours, maxUses }: CreateGroupInviteArgs,
  ): Promise<CreatedGroupInvitePayload> {
    return this.memberships.createInvite(actor, groupId, { expiresInHours, maxUses });
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroupInviteModel)
  revokeGroupInvite(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<GroupInviteModel> {
    return this.memberships.revokeInvite(actor, id);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MembershipModel, { description: 'Leave a group, or withdraw a pending request.' })
  leaveGroup(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }, IdPipe) groupId: string): Promise<MembershipModel> {
    return this.memberships.leave(actor, groupId);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MembershipModel, { description: 'Pause notifications and stay a member.' })
  takeBreak(@CurrentActor() actor: Actor, @Args() { groupId, until }: TakeBreakArgs): Promise<MembershipModel> {
    return this.memberships.takeBreak(actor, groupId, until);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MembershipModel)
  endBreak(@CurrentActor() actor: Actor, @Args('groupId', { type: () => ID }, IdPipe) groupId: string): Promise<MembershipModel> {
    return this.memberships.endBreak(actor, groupId);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MembershipModel, { description: 'Listening mode: read without posting.' })
  setListeningMode(@CurrentActor() actor: Actor, @Args() { groupId, listening }: SetListeningModeArgs): Promise<MembershipModel> {
    return this.memberships.setListening(actor, groupId, listening);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => MembershipModel, { description: 'Show your display name beside your handle in this group, or hide it.' })
  setShowDisplayName(@CurrentActor() actor: Actor, @Args() { groupId, show }: SetShowDisplayNameArgs): Promise<MembershipModel> {
    return this.memberships.setShowDisplayName(actor, groupId, show);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroupMember, { description: 'Group moderators and admins: make an active member a facilitator, moderator or member.' })
  setMemberRole(@CurrentActor() actor: Actor, @Args() { groupId, userId, role }: SetMemberRoleArgs): Promise<GroupMember> {
    return this.memberships.setMemberRole(actor, groupId, userId, role);
  }

  @ResolveField(() => GroupModel)
  async group(@Parent() membership: MembershipModel, @Context('loaders') loaders: Loaders): Promise<Group | null> {
    return loaders.groups.load(membership.groupId);
  }

  @ResolveField(() => Boolean, { name: 'onBreak', description: 'On a break now (a break with an end is over once it has passed).' })
  onBreak(@Parent() membership: MembershipModel): boolean {
    return isOnBreak(membership, new Date());
  }
}
