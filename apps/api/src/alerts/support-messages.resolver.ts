import { Query, Resolver } from '@nestjs/graphql';
import { SupportMessagesService } from '@alongside/alerts';
import type { Actor } from '@alongside/platform';
import { Access, AccessLevel } from '../auth/access.decorator.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { SupportMessageModel } from './support-messages.models.js';

@Resolver(() => SupportMessageModel)
export class SupportMessagesResolver {
  constructor(private readonly support: SupportMessagesService) {}

  @Access(AccessLevel.SIGNED_IN)
  @Query(() => [SupportMessageModel], { description: 'Your own supportive messages, newest first. Nobody else sees them.' })
  supportMessages(@CurrentActor() actor: Actor): Promise<SupportMessageModel[]> {
    return this.support.mine(actor);
  }
}
