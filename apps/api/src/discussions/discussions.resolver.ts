import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DiscussionsService, postCursor, topicCursor } from '@alongside/discussions';
import type { Actor } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import type { RequestContext } from '../auth/request-context.js';
import { type Connection, PageArgs, toConnection } from '../graphql/connection.js';
import { IdPipe } from '../graphql/id.pipe.js';
import {
  Author,
  CreatePostInput,
  CreateTopicInput,
  CreateTopicPayload,
  EditPostInput,
  PostConnection,
  PostModel,
  PostRevisionModel,
  TopicConnection,
  TopicModel,
} from './discussions.models.js';

async function authorOf(ctx: RequestContext, authorId: string | null): Promise<Author | null> {
  const user = authorId ? await ctx.loaders.users.load(authorId) : null;
  return user ? { id: user.id, handle: user.handle } : null;
}

@Resolver(() => TopicModel)
export class TopicResolver {
  constructor(private readonly discussions: DiscussionsService) {}

  @Access(AccessLevel.PUBLIC)
  @Query(() => TopicConnection, { description: "A group's topics, most recently active first." })
  async topics(
    @CurrentActor() actor: Actor | null,
    @Args('groupId', { type: () => ID }, IdPipe) groupId: string,
    @Args() page: PageArgs,
  ): Promise<Connection<TopicModel>> {
    return toConnection(await this.discussions.listTopics(actor, groupId, page), topicCursor);
  }

  @Access(AccessLevel.PUBLIC)
  @Query(() => TopicModel)
  topic(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<TopicModel> {
    return this.discussions.getTopic(actor, id);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => CreateTopicPayload, { description: 'Open a topic with its first post.' })
  createTopic(@CurrentActor() actor: Actor, @Args('input') input: CreateTopicInput): Promise<CreateTopicPayload> {
    return this.discussions.createTopic(actor, input.groupId, input.title, input.body);
  }

  @ResolveField(() => Author, { nullable: true, description: 'Null once the author deleted their account.' })
  author(@Parent() topic: TopicModel, @Context() ctx: RequestContext): Promise<Author | null> {
    return authorOf(ctx, topic.authorId);
  }

  @ResolveField(() => PostConnection, { complexity: ({ args }) => 1 + (args as PageArgs).first * 3 })
  async posts(
    @Parent() topic: TopicModel,
    @CurrentActor() actor: Actor | null,
    @Args() page: PageArgs,
  ): Promise<Connection<PostModel>> {
    return toConnection(await this.discussions.listPosts(actor, topic.id, page), postCursor);
  }
}

@Resolver(() => PostModel)
export class PostResolver {
  constructor(private readonly discussions: DiscussionsService) {}

  @Access(AccessLevel.PUBLIC)
  @Query(() => PostModel)
  post(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<PostModel> {
    return this.discussions.getPost(actor, id);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => PostModel, { description: "Reply in a topic. Needs the group's current ground rules accepted." })
  createPost(@CurrentActor() actor: Actor, @Args('input') input: CreatePostInput): Promise<PostModel> {
    return this.discussions.createPost(actor, input.topicId, input.body);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => PostModel, { description: 'The author edits a post; the old text stays in `revisions`.' })
  editPost(@CurrentActor() actor: Actor, @Args('input') input: EditPostInput): Promise<PostModel> {
    return this.discussions.editPost(actor, input.postId, input.body);
  }

  @ResolveField(() => Author, { nullable: true, description: 'Null once the author deleted their account.' })
  author(@Parent() post: PostModel, @Context() ctx: RequestContext): Promise<Author | null> {
    return authorOf(ctx, post.authorId);
  }

  @ResolveField(() => [PostRevisionModel])
  revisions(@Parent() post: PostModel, @CurrentActor() actor: Actor | null): Promise<PostRevisionModel[]> {
    return this.discussions.revisions(actor, post.id);
  }
}
