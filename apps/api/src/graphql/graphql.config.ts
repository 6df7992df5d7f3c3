import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Request } from 'express';
import type { AppConfig } from '@alongside/platform';
import { credentialsOf, type RequestContext } from '../auth/request-context.js';
import { formatError, formatSubscriptionErrors } from './format-error.js';
import type { LoadersFactory } from './loaders.js';
import { queryLimitsPlugin } from './query-limits.plugin.js';

/** Apollo on Express, code-first; the printed schema is checked against schema.graphql by a test. */
export function graphqlConfig(config: AppConfig, loaders: LoadersFactory): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: config.env !== 'production',
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    plugins: [queryLimitsPlugin(config.graphql)],
    // Subscriptions over graphql-ws authenticate with `connectionParams.authorization` (a bearer token or API key);
    // the guard resolves the actor per operation, as for HTTP, and AlertsService.watch again while the subscription lasts.
    subscriptions: {
      'graphql-ws': graphqlWsOptions,
    },
    context: ({ req, connectionParams }: { req?: Request; connectionParams?: Record<string, unknown> }): RequestContext =>
      req
        ? { req, credentials: credentialsOf(req.headers), loaders: loaders.create() }
        : {
            credentials: credentialsOf({ authorization: wsAuthorization(connectionParams?.authorization) }),
            loaders: loaders.create(),
          },
  };
}

/**
 * Nest's type leaves out `onError`, but Nest passes every option on to graphql-ws: it formats the error that ends a
 * subscription (AlertsService.watch throwing UNAUTHENTICATED once a session is gone).
 */
const graphqlWsOptions: GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'onError'> = {
  path: '/graphql',
  onConnect: (ctx) => typeof ctx.connectionParams?.authorization === 'string',
  onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatSubscriptionErrors(result.errors) } : undefined),
  onError: (_ctx, _id, _payload, errors) => formatSubscriptionErrors(errors),
};

/** `connectionParams.authorization` may carry the bare token or the `Bearer` form. */
function wsAuthorization(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /^Bearer\s/i.test(value) ? value : `Bearer ${value}`;
}
