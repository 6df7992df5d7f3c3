import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthService } from '@alongside/identity';
import { loadConfig, PlatformRole } from '@alongside/platform';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from '@alongside/testing';
import { createApiApp } from '../src/bootstrap.js';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestUser {
  id: string;
  email: string;
  handle: string;
  password: string;
  token: string;
}

/** The whole API in-process on a fresh database, spoken to over real HTTP. */
export class TestApp {
  private sequence = 0;

  private constructor(
    readonly app: INestApplication,
    readonly database: TestDatabase,
    readonly baseUrl: string,
  ) {}

  static async start(kind: DatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
    const database = await createTestDatabase(kind);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent', ...env });
    const app = await createApiApp(config, { databaseUrl: database.url });
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new TestApp(app, database, `http://127.0.0.1:${address.port}`);
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.close();
  }

  /** POSTs a GraphQL operation; `auth` is a bearer token or an API key. */
  async gql<T = any>(query: string, variables: Record<string, unknown> = {}, auth?: string): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like {@link gql}, but fails the test on any error and returns `data`. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}, auth?: string): Promise<T> {
    const response = await this.gql<T>(query, variables, auth);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** Registers a user straight through the service (fast), with a platform role if given. */
  async user(role: PlatformRole = PlatformRole.MEMBER, overrides: { handle?: string } = {}): Promise<TestUser> {
    const n = ++this.sequence;
    const email = `user${n}-${Date.now()}@example.test`;
    const password = `correct-horse-${n}`;
    const session = await this.app.get(AuthService).register({ email, password, handle: overrides.handle }, role);
    return { id: session.user.id, email, handle: session.user.handle, password, token: session.accessToken };
  }
}

/** The code of the first error, for `expect(codeOf(res)).toBe('FORBIDDEN')`. */
export function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code as string | undefined;
}
