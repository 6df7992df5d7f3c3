import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import type { AppConfig } from '@alongside/platform';
import { credentialsOf, type RequestContext } from '../auth/request-context.js';
import { formatError } from './format-error.js';
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
    context: ({ req }: { req: Request }): RequestContext => ({
      req,
      credentials: credentialsOf(req.headers),
      loaders: loaders.create(),
    }),
  };
}
