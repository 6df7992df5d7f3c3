import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@alongside/platform';
import type { RequestContext } from './request-context.js';

/** The actor the guard resolved, or `null` for an anonymous caller. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor | null =>
    GqlExecutionContext.create(context).getContext<RequestContext>().actor ?? null,
);
