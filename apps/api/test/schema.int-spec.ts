import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { ACCESS_METADATA } from '../src/auth/access.decorator.js';
import { TestApp } from './test-app.js';

const SCHEMA_FILE = new URL('../../../schema.graphql', import.meta.url);
/** Set by @Query, @Mutation and @Subscription on the resolver method (@nestjs/graphql). */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

describe('the GraphQL API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start('pglite');
  });
  afterAll(() => t.close());

  it('is printed in schema.graphql (run `npm run schema:print` after changing the API)', () => {
    const printed = `${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });

  it('declares an access level on every query, mutation and subscription', () => {
    const operations: string[] = [];
    const undeclared: string[] = [];
    const providers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
    for (const wrapper of providers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of Object.getOwnPropertyNames(prototype).filter((n) => n !== 'constructor')) {
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
        if (typeof method !== 'function' || !Reflect.getMetadata(RESOLVER_TYPE_METADATA, method)) continue;
        operations.push(name);
        if (Reflect.getMetadata(ACCESS_METADATA, method) === undefined) undeclared.push(`${wrapper.name}.${name}`);
      }
    }
    expect(operations).toEqual(expect.arrayContaining(['register', 'login', 'me', 'createTopic', 'createPost']));
    expect(undeclared).toEqual([]);
  });

  it('refuses queries that are too deep or too costly before running them', async () => {
    const deep = `{ me { id } ${'__schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }'} }`;
    const response = await t.gql(deep);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/nested too deeply/);
  });
});
