import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AccessException } from '@alongside/platform';
import { ACCESS_METADATA, AccessLevel } from './access.decorator.js';
import { ActorResolver } from './actor-resolver.service.js';
import type { RequestContext } from './request-context.js';

/**
 * The global guard. It resolves the actor once per request and fails closed: an operation
 * that declares no {@link AccessLevel} is refused. Finer authorization happens in services.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // REST routes (health, metrics) guard themselves
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (level === undefined) {
      this.logger.error({ handler: context.getHandler().name }, 'operation declares no access level; refused');
      throw AccessException.notAllowed();
    }
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    ctx.actorPromise ??= this.actors.resolve(ctx.credentials);
    const actor = (ctx.actor = await ctx.actorPromise);
    switch (level) {
      case AccessLevel.PUBLIC:
        return true;
      case AccessLevel.SIGNED_IN:
        if (actor === null) throw AccessException.signInRequired();
        return true;
    }
  }
}
