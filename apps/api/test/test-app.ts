import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  Admission,
  Facilitation,
  type Group,
  GroupKind,
  GroupRole,
  GroupsService,
  GroupVisibility,
  MeetingMode,
  Membership,
  MembershipStatus,
  type NewGroup,
} from '@alongside/groups';
import { ApiKeysService, AuthService } from '@alongside/identity';
import { type Actor, ALL_SCOPES, type ApiScope, loadConfig, PlatformRole } from '@alongside/platform';
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
  private groupCreator?: Promise<TestUser>;

  private constructor(
    readonly app: INestApplication,
    readonly database: TestDatabase,
    readonly baseUrl: string,
  ) {}

  /** `database`: start on one that exists (a restart: close `app` only, not the database); a fresh one otherwise. */
  static async start(kind: DatabaseKind, env: Record<string, string> = {}, existing?: TestDatabase): Promise<TestApp> {
    const database = existing ?? (await createTestDatabase(kind));
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

  /** Creates a group straight through the service, as an admin; public and open unless overridden. */
  async group(overrides: Partial<NewGroup> = {}): Promise<Group> {
    this.groupCreator ??= this.user(PlatformRole.ADMIN);
    const n = ++this.sequence;
    return this.app.get(GroupsService).create(adminActor(await this.groupCreator), {
      name: `Group ${n}`,
      kind: GroupKind.CONDITION_SPECIFIC,
      facilitation: Facilitation.PEER_LED,
      meetingMode: MeetingMode.ONLINE,
      visibility: GroupVisibility.PUBLIC,
      admission: Admission.OPEN,
      ...overrides,
    });
  }

  /** Puts a user into a group with a role and status, bypassing admission (a factory for set-ups). */
  async member(
    group: { id: string },
    user: { id: string },
    role = GroupRole.MEMBER,
    status = MembershipStatus.ACTIVE,
  ): Promise<Membership> {
    const memberships = this.dataSource.getRepository(Membership);
    const joinedAt = status === MembershipStatus.ACTIVE ? new Date() : null;
    return memberships.save(memberships.create({ groupId: group.id, userId: user.id, role, status, joinedAt }));
  }

  /** The secret of an API key, made by `owner` (an admin), with these scopes. */
  async apiKey(owner: TestUser, scopes: ApiScope[]): Promise<string> {
    return (await this.app.get(ApiKeysService).create(adminActor(owner), 'test', scopes)).secret;
  }

  /** Runs `work` and counts the SQL statements the API's DataSource sends meanwhile (those `matching`, when given). */
  async countQueries(work: () => Promise<unknown>, matching?: RegExp): Promise<number> {
    const logger = this.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    let count = 0;
    logger.logQuery = (...args) => {
      if (!matching || matching.test(args[0])) count++;
      logQuery(...args);
    };
    try {
      await work();
    } finally {
      logger.logQuery = logQuery;
    }
    return count;
  }
}

function adminActor(user: TestUser): Actor {
  return { userId: user.id, platformRole: PlatformRole.ADMIN, scopes: new Set(ALL_SCOPES) };
}

/** The code of the first error, for `expect(codeOf(res)).toBe('FORBIDDEN')`. */
export function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code as string | undefined;
}
