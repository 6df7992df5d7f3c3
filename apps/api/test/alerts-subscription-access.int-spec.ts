import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ALERT_RAISED_EVENT, type AlertEvent, CrisisAlert } from '@alongside/alerts';
import { GroupRole } from '@alongside/groups';
import { PlatformRole } from '@alongside/platform';
import { EventBus } from '@alongside/queue';
import { insertMembership } from './factories.js';
import { community, eventually, HIGH_TEXT, pipelineBackends, pipelineEnv, post, startPipelineApp, subscribe } from './pipeline.harness.js';
import type { TestApp, TestUser } from './test-app.js';

/** Longer than AlertsService's access cache (1 s) and than a JWT `iat` second: the next event re-checks everything. */
const PAST_ACCESS_CACHE_MS = 1200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(pipelineBackends())('crisis alert subscriptions end with access ($name)', (backend) => {
  let t: TestApp;
  let alert: CrisisAlert;
  let admin: TestUser;
  beforeAll(async () => {
    t = await startPipelineApp(backend, pipelineEnv(backend));
    const c = await community(t);
    const postId = await post(t, c, HIGH_TEXT);
    alert = await eventually(() => t.dataSource.getRepository(CrisisAlert).findOneBy({ postId }), 10_000, 'an alert');
    admin = await t.user(PlatformRole.ADMIN);
  }, 120_000);
  afterAll(() => t.close());

  /** A raised alert in `groupId`, as the pipeline announces it (distinct payloads: NOTIFY folds identical ones). */
  let n = 0;
  function announce(groupId: string, authorId = alert.authorId): Promise<void> {
    const snapshot: Partial<CrisisAlert> = { ...alert };
    delete snapshot.text; // announced alerts never carry their text
    const event = { alert: { ...snapshot, groupId, authorId, updatedAt: new Date(Date.now() + ++n) } } as AlertEvent;
    return t.app.get(EventBus).publishAll(ALERT_RAISED_EVENT, [event]);
  }

  type Watcher = Awaited<ReturnType<typeof subscribe>>;
  const RAISED = `subscription { crisisAlertRaised { id } }`;

  /**
   * Subscribes `credentials` and an admin (who hears every group), checks both hear `groupId`, runs `revoke`, announces
   * again and, once the admin heard that, gives the first subscription to `check`.
   */
  async function afterRevoking(credentials: string, groupId: string, revoke: () => Promise<unknown>, check: (watcher: Watcher) => unknown) {
    const watcher = await subscribe(t, credentials, RAISED);
    const control = await subscribe(t, admin.token, RAISED);
    try {
      await announce(groupId);
      await eventually(() => Promise.resolve(watcher.events.length === 1 && control.events.length === 1), 10_000, 'the first event');
      await sleep(PAST_ACCESS_CACHE_MS);
      await revoke();
      await announce(groupId);
      // The admin hearing the second event means the watcher had its chance to as well.
      await eventually(() => Promise.resolve(control.events.length === 2), 10_000, 'the second event');
      await sleep(200);
      await check(watcher);
    } finally {
      await watcher.close();
      await control.close();
    }
  }

  async function endedUnauthenticated(watcher: Watcher) {
    await eventually(() => Promise.resolve(watcher.errors.length > 0), 5000, 'the subscription to end');
    expect(watcher.errors[0]).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    expect(watcher.events).toHaveLength(1);
  }

  function heardNothingMore(watcher: Watcher) {
    expect(watcher.events).toHaveLength(1);
    expect(watcher.errors).toEqual([]);
  }

  it('ends with UNAUTHENTICATED once the session is revoked (password changed), and sends nothing more', async () => {
    const c = await community(t);
    const changePassword = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`;
    const input = { currentPassword: c.moderator.password, newPassword: 'a-brand-new-passphrase' };
    await afterRevoking(c.moderator.token, c.groupId, () => t.ok(changePassword, { input }, c.moderator.token), endedUnauthenticated);
  });

  it('ends with UNAUTHENTICATED once the account is deleted, and sends nothing more', async () => {
    const c = await community(t);
    const deleteAccount = () => t.ok(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: c.moderator.password }, c.moderator.token);
    await afterRevoking(c.moderator.token, c.groupId, deleteAccount, endedUnauthenticated);
  });

  it('ends with UNAUTHENTICATED once its API key is revoked', async () => {
    const c = await community(t);
    const { createApiKey } = await t.ok(
      `mutation { createApiKey(input: { name: "queue screen", scopes: [READ, MODERATE] }) { apiKey { id } secret } }`,
      {},
      admin.token,
    );
    const revoke = () => t.ok(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: createApiKey.apiKey.id }, admin.token);
    await afterRevoking(createApiKey.secret, c.groupId, revoke, endedUnauthenticated);
  });

  it('stops hearing a group once removed as its moderator (the session goes on)', async () => {
    const c = await community(t);
    await insertMembership(t, c.groupId, (await t.user()).id, GroupRole.MODERATOR); // a group keeps one moderator
    const setRole = `mutation($g: ID!, $u: ID!) { setMemberRole(groupId: $g, userId: $u, role: MEMBER) { role } }`;
    await afterRevoking(c.moderator.token, c.groupId, () => t.ok(setRole, { g: c.groupId, u: c.moderator.id }, admin.token), heardNothingMore);
  });

  it('stops hearing groups it does not moderate once demoted from platform moderator', async () => {
    const c = await community(t);
    const platformModerator = await t.user(PlatformRole.MODERATOR);
    const setRole = `mutation($input: SetPlatformRoleInput!) { setPlatformRole(input: $input) { platformRole } }`;
    const input = { userId: platformModerator.id, role: 'MEMBER' };
    await afterRevoking(platformModerator.token, c.groupId, () => t.ok(setRole, { input }, admin.token), heardNothingMore);
  });

  it("reads each event afresh: an author's handle is gone from the next event once they deleted their account", async () => {
    const c = await community(t);
    const watcher = await subscribe(t, c.moderator.token, `subscription { crisisAlertRaised { authorHandle } }`);
    try {
      await announce(c.groupId, c.member.id);
      await eventually(() => Promise.resolve(watcher.events.length === 1), 10_000, 'the first event');
      await t.ok(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: c.member.password }, c.member.token);
      await announce(c.groupId, c.member.id);
      await eventually(() => Promise.resolve(watcher.events.length === 2), 10_000, 'the second event');
      expect(watcher.events).toEqual([{ crisisAlertRaised: { authorHandle: c.member.handle } }, { crisisAlertRaised: { authorHandle: null } }]);
    } finally {
      await watcher.close();
    }
  });
});
