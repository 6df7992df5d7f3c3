import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GroupsService, MembershipService } from '@alongside/groups';
import { type Actor, InvalidInputException } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { type Connection, toConnection } from '../graphql/connection.js';
import { IdPipe } from '../graphql/id.pipe.js';
import type { Loaders } from '../graphql/loaders.js';
import { GroupArgs, GroupsArgs, MembersArgs } from './group.args.js';
import { CreateGroupInput, UpdateGroupInput } from './group.input.js';
import { GroupConnection, GroupMember, GroupMemberConnection, GroupModel } from './group.model.js';
import { MembershipModel } from './membership.model.js';

/** Each page item costs what its fields cost, times the page size. */
const perItem = ({ args, childComplexity }: { args: { first?: number }; childComplexity: number }) =>
  1 + childComplexity * (args.first ?? 20);

@Resolver(() => GroupModel)
export class GroupsResolver {
  constructor(
    private readonly groupsService: GroupsService,
    private readonly memberships: MembershipService,
  ) {}

  @Access(AccessLevel.PUBLIC)
  @Query(() => GroupConnection, {
    description: 'The group directory: filters, full-text search, Relay pagination. Hidden groups only for their members.',
    complexity: perItem,
  })
  async groups(@CurrentActor() actor: Actor | null, @Args() args: GroupsArgs): Promise<GroupConnection> {
    const filter = args.filter ?? {};
    const page = await this.groupsService.list(actor, filter, args);
    return { ...toConnection(page, (row) => row.cursor, (row) => row.node), filter };
  }

  @Access(AccessLevel.PUBLIC)
  @Query(() => GroupModel, { description: 'A group by id or by slug; NOT_FOUND for unknown and hidden groups.' })
  group(@CurrentActor() actor: Actor | null, @Args() { id, slug }: GroupArgs): Promise<GroupModel> {
    if (id !== undefined && slug === undefined) return this.groupsService.get(actor, id);
    if (slug !== undefined && id === undefined) return this.groupsService.getBySlug(actor, slug);
    throw new InvalidInputException('Give either id or slug.', { id: 'give exactly one of id and slug' });
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroupModel, { description: 'Admins only.' })
  createGroup(@CurrentActor() actor: Actor, @Args('input') input: CreateGroupInput): Promise<GroupModel> {
    return this.groupsService.create(actor, input);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroupModel, { description: 'Group moderators and admins.' })
  updateGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateGroupInput,
  ): Promise<GroupModel> {
    return this.groupsService.update(actor, id, input);
  }

  @ResolveField(() => Int, { description: 'Active members.' })
  memberCount(@Parent() group: GroupModel, @Context('loaders') loaders: Loaders): Promise<number> {
    return loaders.memberCounts.load(group.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Free seats; null when the group has no capacity limit.' })
  async openSeats(@Parent() group: GroupModel, @Context('loaders') loaders: Loaders): Promise<number | null> {
    return group.capacity === null ? null : Math.max(0, group.capacity - (await loaders.memberCounts.load(group.id)));
  }

  @ResolveField(() => [GroupMember], { description: 'Active facilitators, by handle.' })
  facilitators(@Parent() group: GroupModel, @Context('loaders') loaders: Loaders): Promise<GroupMember[]> {
    return loaders.facilitators.load(group.id);
  }

  @ResolveField(() => MembershipModel, { nullable: true, description: 'Your membership in this group, in any status.' })
  async viewerMembership(
    @CurrentActor() actor: Actor | null,
    @Parent() group: GroupModel,
    @Context('loaders') loaders: Loaders,
  ): Promise<MembershipModel | null> {
    return actor === null ? null : loaders.memberships.load({ userId: actor.userId, groupId: group.id });
  }

  @ResolveField(() => GroupMemberConnection, {
    description: "Members by handle, as the group's members-list setting allows; PENDING requests for reviewers.",
    complexity: perItem,
  })
  async members(
    @CurrentActor() actor: Actor | null,
    @Parent() group: GroupModel,
    @Args() args: MembersArgs,
  ): Promise<Connection<GroupMember>> {
    const page = await this.memberships.listMembers(actor, group.id, args.status, args);
    return toConnection(page, (row) => row.cursor, (row) => row.node);
  }
}

@Resolver(() => GroupConnection)
export class GroupConnectionResolver {
  constructor(private readonly groupsService: GroupsService) {}

  @ResolveField(() => Int, { description: 'Groups of the whole listing (all pages) that you may see.' })
  totalCount(@CurrentActor() actor: Actor | null, @Parent() connection: GroupConnection): Promise<number> {
    return this.groupsService.count(actor, connection.filter);
  }
}
