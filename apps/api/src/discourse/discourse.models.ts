import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsOptional, Matches, MaxLength } from 'class-validator';
import type { BackfillState } from '@alongside/discourse';

const CATEGORY = /^\s*[\w-]{1,100}\s*$/;
const CATEGORY_MESSAGE = 'must be a Discourse category id or slug';

@InputType()
export class SetDiscourseCategoryMappingInput {
  @Field({ description: 'A Discourse category id (e.g. "12") or slug (e.g. "peer-support").' })
  @Matches(CATEGORY, { message: `category ${CATEGORY_MESSAGE}` })
  category: string;

  @Field(() => String, { nullable: true, description: 'The slug of the Alongside group its posts go to; null removes the mapping.' })
  @IsOptional()
  @MaxLength(100)
  groupSlug?: string | null;
}

@InputType()
export class StartDiscourseBackfillInput {
  @Field(() => GraphQLISODateTime, { description: 'Forum posts created at or after this instant are scanned.' })
  @IsDate()
  since: Date;

  @Field(() => String, { nullable: true, description: 'Only this category (id or slug); all categories when left out.' })
  @IsOptional()
  @Matches(CATEGORY, { message: `category ${CATEGORY_MESSAGE}` })
  category?: string | null;
}

@ObjectType('DiscourseCategoryMapping', { description: 'A Discourse category whose posts go to an Alongside group.' })
export class DiscourseCategoryMappingModel {
  @Field({ description: 'The category id or slug, lower-cased.' }) category: string;
  @Field(() => ID) groupId: string;
  @Field() groupSlug: string;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

@ObjectType('DiscourseBackfill', { description: 'A backfill of existing forum posts: where it stands, stored after every page.' })
export class DiscourseBackfillModel {
  @Field(() => GraphQLISODateTime) since: Date;
  @Field(() => String, { nullable: true }) category: string | null;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => Int, { nullable: true, description: 'Posts with a smaller id are still to be read; null before the first page.' })
  cursor: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Creation time of the oldest post read so far.' })
  reachedAt: Date | null;
  @Field(() => Int) pages: number;
  @Field(() => Int, { description: 'Posts read in the range and category.' }) postsSeen: number;
  @Field(() => Int, { description: 'Post versions not scanned before, sent to the scan; a version already scanned is left alone.' })
  postsScanned: number;
  @Field() done: boolean;
}

@ObjectType('DiscourseFailedFlag', { description: 'A flag the forum refused for good (the post gone, or not visible to the account): never sent again.' })
export class DiscourseFailedFlagModel {
  @Field(() => ID) alertId: string;
  @Field(() => Int) discoursePostId: number;
  @Field() level: string;
  @Field({ description: 'The forum\'s answer, e.g. "Discourse answered 404: …".' }) error: string;
  @Field(() => GraphQLISODateTime) failedAt: Date;
}

@ObjectType('DiscourseStatus', { description: 'The Discourse connector as the worker sees it.' })
export class DiscourseStatusModel {
  @Field({ description: 'False when the DISCOURSE_* variables are not set; nothing else is then reported.' }) enabled: boolean;
  @Field({ description: 'False once the forum refused the API key: the connector stops calling it until a call succeeds.' })
  healthy: boolean;
  @Field(() => String, { nullable: true, description: 'Why the connector is unhealthy, e.g. a 403 for the API key.' })
  lastError: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastErrorAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the scheduled reconciliation last completed.' })
  lastReconciledAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'The newest forum post id it has read up to.' }) lastReconciledPostId: number | null;
  @Field(() => DiscourseBackfillModel, { nullable: true, description: 'The latest backfill, if any.' }) backfill: DiscourseBackfillModel | null;
  @Field(() => [DiscourseCategoryMappingModel], { description: 'Mappings set by admins (DISCOURSE_CATEGORY_MAP comes after them).' })
  categoryMappings: DiscourseCategoryMappingModel[];
  @Field(() => [DiscourseFailedFlagModel], { description: 'Flags the forum refused for good, newest 50 first.' })
  failedFlags: DiscourseFailedFlagModel[];
}

export function toBackfillModel(state: BackfillState): DiscourseBackfillModel {
  return {
    since: new Date(state.since),
    category: state.category,
    startedAt: new Date(state.startedAt),
    cursor: state.before,
    reachedAt: state.reached ? new Date(state.reached) : null,
    pages: state.pages,
    postsSeen: state.seen,
    postsScanned: state.ingested,
    done: state.done,
  };
}
