import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { AdminBootstrapService } from '@alongside/identity';
import { PlatformRole } from '@alongside/platform';
import { databaseKinds } from '@alongside/testing';
import { codeOf, TestApp } from './test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken expiresAt user { id email handle platformRole } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id handle } } }`;
const ME = `{ me { id email handle displayName platformRole } }`;

describe.each(databaseKinds())('identity over GraphQL (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(kind, { LOGIN_MAX_ATTEMPTS: '3' });
  });
  afterAll(() => t.close());

  it('registers with a generated pseudonym, signs in and answers `me`', async () => {
    const { register } = await t.ok(REGISTER, { input: { email: 'Ana@Example.org', password: 'a-long-password' } });
    expect(register.user.email).toBe('ana@example.org');
    expect(register.user.handle).toMatch(/^[a-z]+-[a-z]+-\d{4}$/);
    expect(register.user.platformRole).toBe('MEMBER');

    const { login } = await t.ok(LOGIN, { input: { email: 'ana@example.org', password: 'a-long-password' } });
    const { me } = await t.ok(ME, {}, login.accessToken);
    expect(me).toMatchObject({ id: register.user.id, handle: register.user.handle });
  });

  it('refuses duplicates with CONFLICT, bad input with BAD_USER_INPUT and the offending fields', async () => {
    await t.ok(REGISTER, { input: { email: 'dup@example.org', password: 'a-long-password', handle: 'Dup_One' } });
    const email = await t.gql(REGISTER, { input: { email: 'DUP@example.org', password: 'a-long-password' } });
    expect(codeOf(email)).toBe('CONFLICT');
    expect(email.errors![0].extensions!.reason).toBe('EMAIL_TAKEN');
    const handle = await t.gql(REGISTER, { input: { email: 'x@example.org', password: 'a-long-password', handle: 'dup_one' } });
    expect(handle.errors![0].extensions!.reason).toBe('HANDLE_TAKEN');

    const bad = await t.gql(REGISTER, { input: { email: 'not-an-email', password: 'short', handle: 'a b' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors![0].extensions!.fields).sort()).toEqual(['email', 'handle', 'password']);
    expect(JSON.stringify(bad)).not.toMatch(/stack|at .*\.ts/);
  });

  it('answers UNAUTHENTICATED without or with a forged token', async () => {
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged'))).toBe('UNAUTHENTICATED');
  });

  it('rate-limits failed sign-ins per e-mail, then tells when to retry', async () => {
    const user = await t.user();
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await t.gql(LOGIN, { input: { email: user.email, password: 'wrong-password' } }))).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql(LOGIN, { input: { email: user.email, password: user.password } });
    expect(codeOf(limited)).toBe('TOO_MANY_REQUESTS');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('changing the password signs out older sessions', async () => {
    const user = await t.user();
    await new Promise((r) => setTimeout(r, 1100)); // tokens carry whole seconds
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`;
    const wrong = await t.gql(CHANGE, { input: { currentPassword: 'nope-nope-nope', newPassword: 'another-long-one' } }, user.token);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    const { changePassword } = await t.ok(CHANGE, { input: { currentPassword: user.password, newPassword: 'another-long-one' } }, user.token);
    expect(codeOf(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect((await t.ok(ME, {}, changePassword.accessToken)).me.id).toBe(user.id);
  });

  describe('API keys', () => {
    const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id prefix scopes } } }`;

    it('are created by admins only, shown once, scoped, and revocable', async () => {
      const admin = await t.user(PlatformRole.ADMIN);
      const member = await t.user();
      expect(codeOf(await t.gql(CREATE, { input: { name: 'x', scopes: ['READ'] } }, member.token))).toBe('FORBIDDEN');

      const { createApiKey } = await t.ok(CREATE, { input: { name: 'reporting', scopes: ['READ'] } }, admin.token);
      expect(createApiKey.secret.startsWith(createApiKey.apiKey.prefix)).toBe(true);
      const me = await fetch(`${t.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': createApiKey.secret },
        body: JSON.stringify({ query: ME }),
      }).then((r) => r.json() as Promise<any>);
      expect(me.data.me.id).toBe(admin.id);

      // a read-only key cannot do what needs `admin`, even though its creator could
      const viaKey = await t.gql(CREATE, { input: { name: 'y', scopes: ['READ'] } }, createApiKey.secret);
      expect(codeOf(viaKey)).toBe('FORBIDDEN');
      expect(viaKey.errors![0].extensions!.reason).toBe('MISSING_SCOPE');

      const { apiKeys } = await t.ok(`{ apiKeys { id lastUsedAt } }`, {}, admin.token);
      expect(apiKeys.find((k: any) => k.id === createApiKey.apiKey.id).lastUsedAt).not.toBeNull();
      expect(JSON.stringify(apiKeys)).not.toContain(createApiKey.secret);

      await t.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: createApiKey.apiKey.id }, admin.token);
      expect(codeOf(await t.gql(ME, {}, createApiKey.secret))).toBe('UNAUTHENTICATED');
    });
  });

  it('lets only admins change platform roles and keeps the last admin', async () => {
    const admin = await t.user(PlatformRole.ADMIN);
    const member = await t.user();
    const SET = `mutation($input: SetPlatformRoleInput!) { setPlatformRole(input: $input) { platformRole } }`;
    expect(codeOf(await t.gql(SET, { input: { userId: admin.id, role: 'MEMBER' } }, member.token))).toBe('FORBIDDEN');
    const { setPlatformRole } = await t.ok(SET, { input: { userId: member.id, role: 'MODERATOR' } }, admin.token);
    expect(setPlatformRole.platformRole).toBe('MODERATOR');
  });

  it('creates the first admin once: generated on the embedded default, printed once', async () => {
    const bootstrap = t.app.get(AdminBootstrapService);
    await t.dataSource.query(`UPDATE users SET platform_role = 'MEMBER' WHERE platform_role = 'ADMIN'`);
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const created = await bootstrap.ensureAdmin();
      expect(created?.password).toBeDefined();
      expect(write.mock.calls.map((c) => String(c[0])).join('')).toContain(created!.password!);
      const { login } = await t.ok(LOGIN, { input: { email: created!.email, password: created!.password } });
      const { me } = await t.ok(ME, {}, login.accessToken);
      expect(me.platformRole).toBe('ADMIN');
      expect(await bootstrap.ensureAdmin()).toBeNull();

      const demote = await t.gql(`mutation($input: SetPlatformRoleInput!) { setPlatformRole(input: $input) { id } }`,
        { input: { userId: me.id, role: 'MEMBER' } }, login.accessToken);
      expect(demote.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });
    } finally {
      write.mockRestore();
    }
  });
});

describe('the first admin from ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  it('is created when no admin exists', async () => {
    const t = await TestApp.start('pglite', { ADMIN_EMAIL: 'Boss@Example.org', ADMIN_PASSWORD: 'a-very-long-password' });
    try {
      expect(await t.app.get(AdminBootstrapService).ensureAdmin()).toEqual({ email: 'boss@example.org' });
      const { login } = await t.ok(LOGIN, { input: { email: 'boss@example.org', password: 'a-very-long-password' } });
      expect((await t.ok(ME, {}, login.accessToken)).me.platformRole).toBe('ADMIN');
    } finally {
      await t.close();
    }
  });
});
