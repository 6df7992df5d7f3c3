import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, Length, Matches, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

@ObjectType()
export class GroundRule {
  @Field({ description: 'Stable key, e.g. `confidentiality`; reports cite rules by key.' }) key: string;
  @Field() title: string;
  @Field() body: string;
}

@ObjectType({ description: 'One version of a set of ground rules. Versions never change; an edit makes a new one.' })
export class GroundRules {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Pass this to `acceptGroundRules`.' }) version: number;
  @Field() title: string;
  @Field() preamble: string;
  @Field(() => [GroundRule]) rules: GroundRule[];
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class RulesAcceptance {
  @Field(() => ID) groupId: string;
  @Field(() => Int) version: number;
  @Field(() => GraphQLISODateTime) acceptedAt: Date;
}

@InputType()
export class GroundRuleInput {
  @Field() @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'key must be lower-case letters, digits and -' }) key: string;
  @Field() @Length(1, 200) title: string;
  @Field() @Length(1, 4000) body: string;
}

@InputType()
export class GroundRulesInput {
  @Field() @Length(1, 200) title: string;
  @Field() @Length(0, 4000) preamble: string;
  @Field(() => [GroundRuleInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => GroundRuleInput)
  rules: GroundRuleInput[];
}
