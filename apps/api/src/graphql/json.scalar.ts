import { GraphQLScalarType } from 'graphql';

/** Arbitrary JSON, for documents such as a member's data export. Output only. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (output only).',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON is an output type');
  },
});
