import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { TestApp } from './test-app.js';

const SCHEMA_FILE = new URL('../../../schema.graphql', import.meta.url);

describe('schema.graphql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start('pglite');
  });
  afterAll(() => t.close());

  it('is the schema the code builds (run `npm run schema:print` after changing the API)', () => {
    const printed = `${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
