import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import type { Actor } from '@alongside/platform';
import { PrivacyService } from '@alongside/privacy';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { JSONScalar } from '../graphql/json.scalar.js';

@ArgsType()
class DeleteMyAccountArgs {
  @Field({ description: 'Your current password, to confirm.' }) @MaxLength(200) password: string;
}

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => JSONScalar, {
    description: 'Everything the platform holds about you: profile, memberships, acceptances, posts with revisions.',
  })
  exportMyData(@CurrentActor() actor: Actor): Promise<Record<string, unknown>> {
    return this.privacy.exportMyData(actor);
  }

  @Access(AccessLevel.SIGNED_IN)
  @Mutation(() => Boolean, {
    description:
      "Delete your account: your personal data is erased; your posts stay as a deleted member's or are removed, by the organization's policy.",
  })
  async deleteMyAccount(@CurrentActor() actor: Actor, @Args() args: DeleteMyAccountArgs): Promise<boolean> {
    await this.privacy.deleteMyAccount(actor, args.password);
    return true;
  }
}
