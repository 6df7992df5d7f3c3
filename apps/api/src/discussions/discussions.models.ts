import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { MAX_POST_LENGTH, MAX_TITLE_LENGTH } from '@alongside/discussions';
import { ConnectionType } from '../graphql/connection.js';

@ObjectType({ description: 'Who wrote something, as other members see them: the pseudonym only.' })
export class Author {
  @Field(() => ID) id: string;
  @Field() handle: string;
}

@ObjectType()
export class PostRevisionModel {
  @Field(() => Int) revision: number;
  @Field() body: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType('Post')
export class PostModel {
  @Field(() => ID) id: string;
  @Field(() => ID) topicId: string;
  @Field(() => ID) groupId: string;
  @Field() body: string;
  @Field(() => Int, { description: '1 when written, +1 on every edit.' }) revision: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) editedAt: Date | null;
  authorId: string | null;
}

@ObjectType('Topic')
export class TopicModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field() title: string;
  @Field(() => Int, { description: 'Published posts only: held, hidden, rejected and deleted ones are not counted, for moderators either.' })
  postCount: number;
  @Field(() => GraphQLISODateTime) lastPostAt: Date;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  authorId: string | null;
}

export const TopicConnection = ConnectionType(TopicModel, 'Topic');
export const PostConnection = ConnectionType(PostModel, 'Post');

@ObjectType()
export class CreateTopicPayload {
  @Field(() => TopicModel) topic: TopicModel;
  @Field(() => PostModel) post: PostModel;
}

@InputType()
export class CreateTopicInput {
  @Field(() => ID) @IsUUID() groupId: string;
  @Field() @Length(1, MAX_TITLE_LENGTH) title: string;
  @Field() @MinLength(1) @MaxLength(MAX_POST_LENGTH) body: string;
}

@InputType()
export class CreatePostInput {
  @Field(() => ID) @IsUUID() topicId: string;
  @Field() @MinLength(1) @MaxLength(MAX_POST_LENGTH) body: string;
}

@InputType()
export class EditPostInput {
  @Field(() => ID) @IsUUID() postId: string;
  @Field() @MinLength(1) @MaxLength(MAX_POST_LENGTH) body: string;
}
