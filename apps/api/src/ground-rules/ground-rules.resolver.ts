import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GroundRulesService } from '@alongside/ground-rules';
import type { Actor } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { RequestContext } from '../auth/request-context.js';
import { GroupModel } from '../groups/group.model.js';
import { IdPipe } from '../graphql/id.pipe.js';
import { GroundRules, GroundRulesInput, RulesAcceptance } from './ground-rules.models.js';

@Resolver()
export class GroundRulesResolver {
  constructor(private readonly groundRules: GroundRulesService) {}

  @Access(AccessLevel.PUBLIC)
  @Query(() => GroundRules, { description: "The organization's default ground rules, current version." })
  async defaultGroundRules(): Promise<GroundRules> {
    return (await this.groundRules.currentDefault()).current;
  }

  @Access(AccessLevel.PUBLIC)
  @Query(() => [GroundRules], { description: 'Every version of the rules that apply in a group, newest first.' })
  groundRulesHistory(
    @CurrentActor() actor: Actor | null,
    @Args('groupId', { type: () => ID }, IdPipe) groupId: string,
  ): Promise<GroundRules[]> {
    return this.groundRules.history(actor, groupId);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => RulesAcceptance, { description: "Accept a group's current ground rules; needed before posting." })
  acceptGroundRules(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }, IdPipe) groupId: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<RulesAcceptance> {
    return this.groundRules.accept(actor, groupId, version);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroundRules, { description: 'Admins: publish a new version of the default rules.' })
  publishDefaultGroundRules(@CurrentActor() actor: Actor, @Args('input') input: GroundRulesInput): Promise<GroundRules> {
    return this.groundRules.publishDefault(actor, input);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => GroundRules, { description: "Group moderators: publish a new version of the group's own rules." })
  publishGroupGroundRules(
    @CurrentActor() actor: Actor,
    @Args('groupId', { type: () => ID }, IdPipe) groupId: string,
    @Args('input') input: GroundRulesInput,
  ): Promise<GroundRules> {
    return this.groundRules.publishForGroup(actor, groupId, input);
  }
}


/** `Group.groundRules`: the rules that apply in the group now (its own, or the organization's default). */
@Resolver(() => GroupModel)
export class GroupGroundRulesResolver {
  @ResolveField(() => GroundRules, { description: 'The current ground rules; accept them (by `version`) before posting.' })
  groundRules(@Parent() group: GroupModel, @Context() ctx: RequestContext): Promise<GroundRules> {
    return ctx.loaders.groundRules.load(group.id);
  }
}
