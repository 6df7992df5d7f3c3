import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Depth of the deepest selection, following fragment spreads (a cycle counts as too deep). */
export function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  limit: number,
  depth = 0,
): number {
  if (!set || depth > limit) return depth;
  let deepest = depth;
  for (const selection of set.selections) {
    let next: number;
    if (selection.kind === Kind.FIELD) {
      next = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, limit, depth + 1) : depth + 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      next = selectionDepth(selection.selectionSet, fragments, limit, depth);
    } else {
      next = selectionDepth(fragments.get(selection.name.value)?.selectionSet, fragments, limit, depth);
    }
    deepest = Math.max(deepest, next);
  }
  return deepest;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/**
 * Refuses operations deeper than `maxDepth` or costlier than `maxComplexity` before any resolver runs.
 * Each field costs 1; list fields declare their cost with `complexity` in their options.
 */
export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, operation, schema }: GraphQLRequestContextDidResolveOperation<object>) {
          const depth = selectionDepth(operation?.selectionSet, fragmentsOf(document), limits.maxDepth);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`The query is nested too deeply (more than ${limits.maxDepth} levels).`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(
              `The query is too complex (${complexity}, at most ${limits.maxComplexity}). Ask for fewer items or fields.`,
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
