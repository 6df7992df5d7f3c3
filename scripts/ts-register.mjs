// Runs the TypeScript sources without a build (tests that spawn the worker, bench:pipeline):
// `node --import ./scripts/ts-register.mjs <file.ts>`. Resolves the tsconfig `paths` aliases and
// compiles each .ts file with swc, with the decorator metadata Nest needs (as jest.config.js does).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
