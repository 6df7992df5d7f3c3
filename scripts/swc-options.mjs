// How TypeScript sources are compiled outside `tsc`: by Jest (@swc/jest) and by the loader that runs scripts
// (ts-hooks.mjs). Decorator metadata is what Nest's dependency injection reads.
export const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
};
