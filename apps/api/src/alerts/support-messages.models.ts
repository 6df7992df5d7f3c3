import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CrisisLine', { description: 'A help line offered in a supportive message.' })
export class CrisisLineModel {
  @Field() name: string;
  @Field({ description: 'How to reach it: "call or text 988".' }) contact: string;
  @Field(() => String, { nullable: true }) hours?: string;
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes it answers in.' }) languages?: readonly string[];
}

@ObjectType('SupportMessage', {
  description: 'A private, automatic message of support with help lines for your region, sent after a post of yours worried us.',
})
export class SupportMessageModel {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => [CrisisLineModel]) lines: CrisisLineModel[];
  @Field(() => String, { nullable: true, description: 'The emergency number of your region, when known.' }) emergencyNumber: string | null;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field() language: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
