/* eslint-disable @typescript-eslint/no-restricted-imports -- the in-process app and its pipeline harness live with the API's tests */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DATABASE_ENDPOINT, type DatabaseEndpoint } from '@alongside/database';
import { DISCOURSE_QUEUE } from '@alongside/discourse';
import { PlatformRole } from '@alongside/platform';
import { QueueService } from '@alongside/queue';
import { eventually, HIGH_TEXT, pipelineBackends, pipelineEnv, startPipelineApp } from '../../../apps/api/test/pipeline.harness.js';
import { TestApp, type TestUser } from '../../../apps/api/test/test-app.js';
import { DiscourseDouble, type DoublePost } from './discourse-double.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const STATUS = `{ discourseStatus { enabled healthy lastError lastErrorAt lastReconciledAt categoryMappings { category groupSlug }
  backfill { since category cursor pages postsSeen postsScanned done } } }`;
const MAP = `mutation($input: SetDiscourseCategoryMappingInput!) { setDiscourseCategoryMapping(input: $input) { category groupSlug } }`;
const BACKFILL = `mutation($input: StartDiscourseBackfillInput!) { startDiscourseBackfill(input: $input) { startedAt cursor done } }`;

interface Backfill {
  since: string;
  category: string | null;
  cursor: number | null;
  pages: number;
  postsSeen: number;
  postsScanned: number;
  done: boolean;
}

interface Status {
  enabled: boolean;
  healthy: boolean;
  lastError: string | null;
  lastErrorAt: string | null;
  lastReconciledAt: string | null;
  categoryMappings: { category: string; groupSlug: string }[];
  backfill: Backfill | null;
}

/** The forum's posts at `minutesAgo`, oldest first (Discourse's ids grow with time). */
function postsAt(double: DiscourseDouble, minutesAgo: number[], overrides: Partial<DoublePost> = {}): DoublePost[] {
  return [...minutesAgo]
    .sort((a, b) => b - a)
    .map((ago, i) => double.addPost({ raw: `Day ${i}: a tiring week, but the nurses were kind`, created_at: new Date(Date.now() - ago * MINUTE).toISOString(), ...overrides }));
}

/** `discourse:backfill` as an operator runs it, on the test app's database and queue. */
function backfillCommand(env: Record<string, string>, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', './scripts/ts-register.mjs', 'apps/api/src/discourse/discourse-backfill.ts', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run discourse:backfill', () => {
  it('exits 1 with one line on a bad date, and when the connector is not configured', async () => {
    const bad = await backfillCommand({ DISCOURSE_URL: 'http://127.0.0.1:9' }, ['--since', 'yesterday-ish']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringContaining('--since must be a date')]);
    const notConfigured = await backfillCommand({}, ['--since', '2026-01-01']);
    expect(notConfigured.code).toBe(1);
    expect(notConfigured.stderr.trim().split('\n')).toEqual([expect.stringContaining('connector is not configured')]);
  }, 120_000);
});

describe('without DISCOURSE_*', () => {
  it('has the same operations: the status says not enabled, the mutations answer NOT_CONFIGURED, /health leaves the connector out', async () => {
    const t = await TestApp.start('pglite');
    try {
      const admin = await t.user(PlatformRole.ADMIN);
      expect((await t.ok(STATUS, {}, admin.token)).discourseStatus).toEqual({
        enabled: false, healthy: false, lastError: null, lastErrorAt: null, lastReconciledAt: null, categoryMappings: [], backfill: null,
      });
      for (const [mutation, input] of [[MAP, { category: '12', groupSlug: null }], [BACKFILL, { since: '2026-01-01T00:00:00Z' }]] as const) {
        expect((await t.gql(mutation, { input }, admin.token)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_CONFIGURED' });
      }
      const health = await fetch(`${t.baseUrl}/health`);
      expect(health.status).toBe(200);
      expect(Object.keys(((await health.json()) as { details: object }).details).sort()).toEqual(['database', 'queue']);
    } finally {
      await t.close();
    }
  }, 120_000);
});

describe.each(pipelineBackends())('Discourse connector: admin, backfill, health ($name)', (backend) => {
  const double = new DiscourseDouble();
  let env: Record<string, string>;
  let t: TestApp;
  let admin: TestUser;

  const status = async (): Promise<Status> => (await t.ok<{ discourseStatus: Status }>(STATUS, {}, admin.token)).discourseStatus;
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    Number((await t.dataSource.query<{ n: string }[]>(sql, params))[0].n);
  /** Scan requests (outbox events) written for these forum posts, and how many of the posts they cover. */
  const scans = async (posts: DoublePost[]): Promise<{ events: number; posts: number }> => {
    const [row] = await t.dataSource.query<{ events: string; posts: string }[]>(
      `SELECT count(*) AS events, count(DISTINCT d.discourse_post_id) AS posts
         FROM outbox_events e JOIN discourse_posts d ON (e.payload->>'postId')::uuid = d.post_id
        WHERE e.type IN ('post.created', 'post.edited') AND d.discourse_post_id = ANY($1)`,
      [posts.map((p) => p.id)],
    );
    return { events: Number(row.events), posts: Number(row.posts) };
  };
  const alertsOn = async (post: DoublePost): Promise<number> =>
    count(`SELECT count(*) AS n FROM crisis_alerts a JOIN discourse_posts d ON d.post_id = a.post_id WHERE d.discourse_post_id = $1`, [post.id]);
  const health = async (): Promise<{ status: number; body: { details?: Record<string, { status: string; reason?: string }> } }> => {
    const response = await fetch(`${t.baseUrl}/health`);
    return { status: response.status, body: (await response.json()) as { details?: Record<string, { status: string; reason?: string }> } };
  };

  beforeAll(async () => {
    await double.start();
    env = pipelineEnv(backend, {
      DISCOURSE_URL: double.url,
      DISCOURSE_API_KEY: double.apiKey,
      DISCOURSE_API_USERNAME: double.apiUsername,
      DISCOURSE_WEBHOOK_SECRET: double.webhookSecret,
      DISCOURSE_MAX_REQUESTS_PER_MINUTE: '1200',
      // One reconciliation at boot only: the forum's requests in these tests are the backfill's and the flags'.
      DISCOURSE_RECONCILE_SECONDS: '3600',
    });
    t = await startPipelineApp(backend, env);
    admin = await t.user(PlatformRole.ADMIN);
    await eventually(async () => (await status()).lastReconciledAt !== null || double.requests.length > 0, 60_000, 'the boot reconciliation');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await double.stop();
  });

  it('maps a category to a group and back, validated and audited, and lists the mapping in the status', async () => {
    const group = await t.group();
    const { setDiscourseCategoryMapping: mapped } = await t.ok(MAP, { input: { category: ' Peer-Support ', groupSlug: group.slug } }, admin.token);
    expect(mapped).toEqual([{ category: 'peer-support', groupSlug: group.slug }]);
    expect((await status()).categoryMappings).toEqual([{ category: 'peer-support', groupSlug: group.slug }]);

    const unknown = await t.gql(MAP, { input: { category: '12', groupSlug: 'no-such-group' } }, admin.token);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_GROUP' });
    const badCategory = await t.gql(MAP, { input: { category: 'not a slug', groupSlug: group.slug } }, admin.token);
    expect(badCategory.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const future = await t.gql(BACKFILL, { input: { since: new Date(Date.now() + DAY).toISOString() } }, admin.token);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { since: expect.any(String) } });

    const { setDiscourseCategoryMapping: cleared } = await t.ok(MAP, { input: { category: 'peer-support', groupSlug: null } }, admin.token);
    expect(cleared).toEqual([]);
    const { auditLog } = await t.ok(`{ auditLog(first: 10, filter: { targetId: "peer-support" }) { edges { node { action actorId } } } }`, {}, admin.token);
    expect(auditLog.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expect.arrayContaining([
        { action: 'discourse.category_mapped', actorId: admin.id },
        { action: 'discourse.category_unmapped', actorId: admin.id },
      ]),
    );
    expect(auditLog.edges).toHaveLength(2);
  });

  it('backfills through the admin mutation in the worker, paged, and a second run rescans nothing but a new version', async () => {
    const before = postsAt(double, [3 * DAY / MINUTE, 2 * DAY / MINUTE, 2 * DAY / MINUTE]);
    const inRange = postsAt(double, Array.from({ length: 60 }, (_, i) => 60 + i));
    const urgent = double.addPost({ raw: HIGH_TEXT, created_at: new Date(Date.now() - 30 * MINUTE).toISOString() });
    const since = new Date(Date.now() - DAY).toISOString();

    const { startDiscourseBackfill: started } = await t.ok(BACKFILL, { input: { since } }, admin.token);
    expect(started).toMatchObject({ cursor: null, done: false });
    const finished = await eventually(async () => ((await status()).backfill?.done ? (await status()).backfill : null), 90_000, 'the backfill');
    // 61 posts in range: a page of 50, then one reaching past `since`.
    expect(finished).toMatchObject({ since, category: null, pages: 2, postsSeen: 61, postsScanned: 61, done: true });
    expect(await scans([...inRange, urgent])).toEqual({ events: 61, posts: 61 });
    expect(await scans(before)).toEqual({ events: 0, posts: 0 });
    await eventually(async () => (await alertsOn(urgent)) === 1, 60_000, 'the alert on the backfilled post');
    await eventually(() => Promise.resolve(double.flagsOn(urgent.id).length === 1), 60_000, 'its flag');
    await eventually(
      async () => (await count(`SELECT count(*) AS n FROM outbox_events WHERE type IN ('post.created', 'post.edited') AND dispatched_at IS NULL`)) === 0,
      60_000,
      'every backfilled post relayed to the scan',
    );
    const audited = await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'discourse.backfill_started' AND actor_id = $1`, [admin.id]);
    expect(audited).toBe(1);

    // Again over the same range: one post has a new version since; only that version is scanned.
    Object.assign(inRange[5], { raw: 'Edited: the scan results came back clear', version: 2 });
    await t.ok(BACKFILL, { input: { since } }, admin.token);
    const again = await eventually(
      async () => {
        const b = (await status()).backfill;
        return b?.done && b.postsSeen === 61 ? b : null;
      },
      90_000,
      'the second backfill',
    );
    expect(again.postsScanned).toBe(1);
    expect(await scans([...inRange, urgent])).toEqual({ events: 62, posts: 61 });
    expect(await alertsOn(urgent)).toBe(1);
    expect(double.flagsOn(urgent.id)).toHaveLength(1);
  }, 300_000);

  it('runs from the command line, resumes an interrupted run from its cursor, and rescans nothing when run again', async () => {
    // The forum's requests from here on are the command's: no backfill job of the app is still reading.
    await eventually(async () => (await status()).backfill?.done !== false, 90_000, 'the worker idle');
    const endpoint = t.app.get<DatabaseEndpoint>(DATABASE_ENDPOINT);
    const cliEnv = { ...env, DATABASE_URL: endpoint.url, LOG_LEVEL: 'silent' };
    const since = new Date(Date.now() - 20 * MINUTE).toISOString();
    const ages = Array.from({ length: 75 }, (_, i) => 15 - i * 0.1);
    const caregivers = postsAt(double, ages.filter((_, i) => i % 5 !== 0), { category_id: 13, category_slug: 'caregivers' });
    const others = postsAt(double, ages.filter((_, i) => i % 5 === 0));

    // The forum answers the first page, then goes away.
    double.downAfter = 1;
    const interrupted = await backfillCommand(cliEnv, ['--since', since, '--category', 'caregivers']);
    double.down = false;
    expect(interrupted).toMatchObject({ code: 1, stderr: expect.stringMatching(/resume from post < \d+/) });
    const cursor = Number(/resume from post < (\d+)/.exec(interrupted.stderr)![1]);
    expect((await status()).backfill).toMatchObject({ category: 'caregivers', cursor, pages: 1, done: false });

    const firstRequest = double.requests.length;
    const resumed = await backfillCommand(cliEnv, ['--since', since, '--category', 'caregivers']);
    expect(resumed).toMatchObject({ code: 0, stderr: expect.stringContaining(`from post < ${cursor}`) });
    expect(resumed.stderr).toMatch(/\[#+-*\] +\d+%/);
    expect(double.requests[firstRequest]).toMatchObject({ path: '/posts.json', params: { before: String(cursor) } });
    expect(resumed.stdout).toMatch(/60 posts read, 60 post versions sent to the scan/);
    expect(await scans(caregivers)).toEqual({ events: 60, posts: 60 });
    expect(await scans(others)).toEqual({ events: 0, posts: 0 });

    const rerun = await backfillCommand(cliEnv, ['--since', since, '--category', 'caregivers']);
    expect(rerun).toMatchObject({ code: 0 });
    expect(rerun.stdout).toMatch(/60 posts read, 0 post versions sent to the scan/);
    expect(await scans(caregivers)).toEqual({ events: 60, posts: 60 });
  }, 300_000);

  it('refuses a second backfill while one runs in another process, naming it, and reads and counts nothing', async () => {
    const endpoint = t.app.get<DatabaseEndpoint>(DATABASE_ENDPOINT);
    const cliEnv = { ...env, DATABASE_URL: endpoint.url, LOG_LEVEL: 'silent' };
    const stored = (await status()).backfill!;
    expect(stored.done).toBe(true);
    // The worker's lease, as its backfill job holds it while reading pages.
    await t.dataSource.query(
      `INSERT INTO discourse_state (key, value, updated_at)
       VALUES ('backfill-lease', jsonb_build_object('owner', 'the worker on test-host (pid 7, 0f0f0f0f)', 'until', now() + interval '1 minute'), now())`,
    );
    const requests = double.requests.length;
    try {
      const other = await t.gql(BACKFILL, { input: { since: new Date(Date.now() - 5 * MINUTE).toISOString() } }, admin.token);
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BACKFILL_RUNNING' });
      // The same range, unfinished: the command would resume it, but the worker holds it.
      await t.dataSource.query(`UPDATE discourse_state SET value = jsonb_set(value, '{done}', 'false') WHERE key = 'backfill'`);
      const cli = await backfillCommand(cliEnv, ['--since', stored.since, '--category', stored.category!]);
      expect(cli).toMatchObject({ code: 1, stderr: expect.stringMatching(/^discourse:backfill: A backfill is already running in the worker on test-host \(pid 7, 0f0f0f0f\)/m) });
      expect(cli.stderr).not.toContain('resume');
      expect((await status()).backfill).toEqual({ ...stored, done: false });
      // The worker's job for it meets the lease too: it fails at once, without retrying, and is removed.
      await t.ok(BACKFILL, { input: { since: stored.since, category: stored.category } }, admin.token);
      const queue = await t.app.get(QueueService).queue(DISCOURSE_QUEUE);
      const [{ startedAt }] = await t.dataSource.query<{ startedAt: string }[]>(`SELECT value->>'startedAt' AS "startedAt" FROM discourse_state WHERE key = 'backfill'`);
      const jobId = `backfill-${Date.parse(startedAt)}`;
      await eventually(async () => (await queue.raw.getJobState(jobId)) === 'unknown', 30_000, 'the refused backfill job removed');
      expect(double.requests.slice(requests).filter((r) => r.path === '/posts.json')).toEqual([]);
    } finally {
      await t.dataSource.query(`DELETE FROM discourse_state WHERE key = 'backfill-lease'`);
    }
    // Once the other run has stopped, starting it again resumes it in the worker.
    await t.ok(BACKFILL, { input: { since: stored.since, category: stored.category } }, admin.token);
    await eventually(async () => (await status()).backfill?.done === true, 60_000, 'the backfill resumed in the worker');
  }, 120_000);

  it('on a refused key: no retry, unhealthy in /health and the status with the reason, and the flag goes out once the key works again', async () => {
    expect(await health()).toMatchObject({ status: 200, body: { details: { discourse: { status: 'up' } } } });
    const first = double.addPost({ raw: HIGH_TEXT });
    double.refuseCredentials = true;
    try {
      const delivery = double.delivery('post_created', first);
      await fetch(`${t.baseUrl}/discourse/webhooks`, { method: 'POST', headers: delivery.headers, body: delivery.body });
      await eventually(async () => (await health()).status === 503, 60_000, 'the connector marked unhealthy');
      const { body } = await health();
      expect(body.details?.discourse).toMatchObject({ status: 'down', reason: expect.stringContaining('403 invalid_access') });
      // The process itself is fine: Docker's check (live) and a load balancer's (ready) must not act on a forum key.
      const live = await fetch(`${t.baseUrl}/health/live`);
      expect({ status: live.status, body: await live.json() }).toEqual({ status: 200, body: { status: 'ok' } });
      const ready = await fetch(`${t.baseUrl}/health/ready`);
      expect(ready.status).toBe(200);
      expect(Object.keys(((await ready.json()) as { details: object }).details).sort()).toEqual(['database', 'queue']);
      expect(await status()).toMatchObject({ enabled: true, healthy: false, lastError: expect.stringContaining('403'), lastErrorAt: expect.any(String) });
      // The flag job read the post once, was refused, and is not retried (its backoff would retry within seconds).
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(double.requests.filter((r) => r.path === `/posts/${first.id}.json`)).toHaveLength(1);
      expect(double.flagsOn(first.id)).toHaveLength(0);
    } finally {
      double.refuseCredentials = false;
    }

    // Any call that succeeds makes the connector healthy again (here a backfill), and the next sweep re-queues the flag.
    await t.ok(BACKFILL, { input: { since: new Date(Date.now() - MINUTE).toISOString() } }, admin.token);
    await eventually(async () => (await status()).healthy, 60_000, 'the connector healthy again');
    expect((await health()).status).toBe(200);
    const second = double.addPost({ raw: HIGH_TEXT });
    const delivery = double.delivery('post_created', second);
    await fetch(`${t.baseUrl}/discourse/webhooks`, { method: 'POST', headers: delivery.headers, body: delivery.body });
    await eventually(() => Promise.resolve(double.flagsOn(first.id).length === 1 && double.flagsOn(second.id).length === 1), 60_000, 'both flags');
    expect(double.flagsOn(first.id)).toHaveLength(1);
  }, 240_000);
});
