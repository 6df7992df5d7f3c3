import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainException } from '@alongside/platform';

const logger = new Logger('GraphQL');

/** Apollo's own codes for requests that never reached a resolver; passed through as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Nest's HTTP exceptions (from its own pipes and guards) by status. */
const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * The one place errors become client responses: domain exceptions keep their class as
 * `extensions.code` (and their reason and details); anything unknown becomes
 * INTERNAL_SERVER_ERROR for the client and a full log line for us. No stack trace leaves.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainException) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.errorClass, reason: original.reason, ...original.details },
    };
  }
  if (original instanceof HttpException && HTTP_STATUS_CODES[original.getStatus()]) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: HTTP_STATUS_CODES[original.getStatus()] },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * graphql-ws does not run Apollo's formatError: subscription errors get the same shapes through this. An error with no
 * original one is graphql's own (the operation failed validation) and passes as it is.
 */
export function formatSubscriptionErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  // An error the subscription's iterator threw reaches us wrapped without a path; formatError unwraps only resolvers'.
  return errors.map((e) => (e.originalError ? formatError(e.toJSON(), e.path ? e : e.originalError) : e.toJSON()));
}
