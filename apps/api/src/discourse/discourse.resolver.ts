import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DiscourseAdminService } from '@alongside/discourse';
import type { Actor } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import {
  DiscourseBackfillModel,
  DiscourseCategoryMappingModel,
  DiscourseStatusModel,
  SetDiscourseCategoryMappingInput,
  StartDiscourseBackfillInput,
  toBackfillModel,
} from './discourse.models.js';

/** Admins' control of the Discourse connector; registered whether or not it is configured (then NOT_CONFIGURED). */
@Resolver()
export class DiscourseResolver {
  constructor(private readonly admin: DiscourseAdminService) {}

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => DiscourseStatusModel, { description: 'Admins: the connector\'s health, reconciliation, backfill and category mappings.' })
  async discourseStatus(@CurrentActor() actor: Actor): Promise<DiscourseStatusModel> {
    const status = await this.admin.status(actor);
    return { ...status, backfill: status.backfill && toBackfillModel(status.backfill) };
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => [DiscourseCategoryMappingModel], {
    description: 'Admins: send a Discourse category\'s posts to a group (or back to platform moderators with a null group); returns every mapping.',
  })
  setDiscourseCategoryMapping(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetDiscourseCategoryMappingInput,
  ): Promise<DiscourseCategoryMappingModel[]> {
    return this.admin.setCategoryMapping(actor, input.category, input.groupSlug ?? null);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => DiscourseBackfillModel, {
    description: 'Admins: scan the forum\'s existing posts since a date, in the worker; the unfinished backfill of the same range resumes.',
  })
  async startDiscourseBackfill(@CurrentActor() actor: Actor, @Args('input') input: StartDiscourseBackfillInput): Promise<DiscourseBackfillModel> {
    return toBackfillModel(await this.admin.startBackfill(actor, input.since, input.category ?? null));
  }
}
