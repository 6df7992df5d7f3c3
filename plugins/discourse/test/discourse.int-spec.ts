/* eslint-disable @typescript-eslint/no-restricted-imports -- the in-process app and its pipeline harness live with the API's tests */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PlatformRole } from '@alongside/platform';
import { eventually, pipelineBackends, pipelineEnv, startPipelineApp } from '../../../apps/api/test/pipeline.harness.js';
import type { TestApp, TestUser } from '../../../apps/api/test/test-app.js';
import { DISCOURSE_WEBHOOK_MAX_BYTES } from '../src/index.js';
import { DiscourseDouble, type DoublePost } from './discourse-double.js';

const FIXTURES = '/work/shared/discourse/fixtures';
const fixture = (name: string) =>
  JSON.parse(readFileSync(`${FIXTURES}/${name}.json`, 'utf8')) as { headers: Record<string, string>; body: string };

const HIGH_TEXT = 'I took all my pills an hour ago';

async function deliver(t: TestApp, delivery: { headers: Record<string, string>; body: string }, headers: Record<string, string> = {}) {
  const response = await fetch(`${t.baseUrl}/discourse/webhooks`, { method: 'POST', headers: { ...delivery.headers, ...headers }, body: delivery.body });
  return { status: response.status, json: (await response.json()) as { outcome?: string } };
}

async function count(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.dataSource.query<{ n: string }[]>(sql, params);
  return Number(row.n);
}

async function alertsOnForumPost(t: TestApp, admin: TestUser, discoursePostId: number): Promise<unknown[]> {
  const [row] = await t.dataSource.query<{ post_id: string }[]>(`SELECT post_id FROM discourse_posts WHERE discourse_post_id = $1`, [discoursePostId]);
  if (!row) return [];
  const { crisisAlerts } = await t.ok<{ crisisAlerts: { edges: { node: { post: { id: string }; level: string } }[] } }>(
    `{ crisisAlerts(first: 50) { edges { node { level post { id } } } } }`, {}, admin.token);
  return crisisAlerts.edges.filter((e) => e.node.post.id === row.post_id);
}

describe.each(pipelineBackends())('Discourse connector ($name)', (backend) => {
  const double = new DiscourseDouble();
  let env: Record<string, string>;
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    await double.start();
    env = pipelineEnv(backend, double.connectorEnv());
    t = await startPipelineApp(backend, env);
    admin = await t.user(PlatformRole.ADMIN);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await double.stop();
  });

  it('answers the ping fixture and refuses a wrong or missing signature with 401, storing nothing', async () => {
    expect(await deliver(t, fixture('ping'), { 'X-Discourse-Event-Signature': fixture('ping').headers['X-Discourse-Event-Signature'] }))
      .toMatchObject({ status: 401 }); // the ping fixture is signed with Discourse's spec secret, not ours
    const ping = double.delivery('ping', {});
    expect(await deliver(t, ping)).toEqual({ status: 200, json: { outcome: 'pong' } });
    const post = fixture('post_created');
    const unsigned = { ...post.headers };
    delete unsigned['X-Discourse-Event-Signature'];
    expect((await deliver(t, { headers: unsigned, body: post.body })).status).toBe(401);
    expect((await deliver(t, { ...post, body: post.body.replace('Rowan', 'R0wan') })).status).toBe(401);
    expect(await count(t, `SELECT count(*) AS n FROM discourse_deliveries`)).toBe(0);
  });

  it('refuses a body over the limit (413) and a signed body that is not a post (400), storing neither; answers on a trailing slash and a query string', async () => {
    // Not a post of the double's forum: the reconciliation would read it from there.
    const large = { id: 99_001, topic_id: 99_001, version: 1, raw: 'x'.repeat(DISCOURSE_WEBHOOK_MAX_BYTES) };
    expect((await deliver(t, double.delivery('post_created', large))).status).toBe(413);
    expect(await deliver(t, double.delivery('post_created', { topic_id: 1 }))).toMatchObject({ status: 400, json: { error: 'BAD_PAYLOAD' } });
    expect(await count(t, `SELECT count(*) AS n FROM discourse_deliveries`)).toBe(0);
    const ping = double.delivery('ping', {});
    const response = await fetch(`${t.baseUrl}/discourse/webhooks/?from=forum`, { method: 'POST', headers: ping.headers, body: ping.body });
    expect({ status: response.status, json: await response.json() }).toEqual({ status: 200, json: { outcome: 'pong' } });
  });

  it('turns the fixture into one post, one alert and one flag, however often it is delivered', async () => {
    const created = fixture('post_created');
    const payload = (JSON.parse(created.body) as { post: DoublePost }).post;
    double.addPost(payload);
    expect(await deliver(t, created)).toEqual({ status: 200, json: { outcome: 'accepted' } });
    expect((await deliver(t, created)).json.outcome).toBe('duplicate');
    expect((await deliver(t, created, { 'X-Discourse-Event-Id': '99999' })).json.outcome).toBe('duplicate');

    await eventually(async () => (await alertsOnForumPost(t, admin, 90412)).length === 1, 20_000, 'the alert on the forum post');
    await eventually(() => Promise.resolve(double.flagsOn(90412).length === 1), 20_000, 'the flag');
    const [flag] = double.flagsOn(90412);
    expect(flag.params).toMatchObject({ post_action_type_id: '7' });
    expect(flag.params.message).toContain('/alerts/');
    expect(flag.params.message).not.toContain('pills');
    expect(await count(t, `SELECT count(*) AS n FROM posts WHERE source = 'discourse'`)).toBe(1);
    const [stored] = await t.dataSource.query<{ body: string }[]>(`SELECT p.body FROM posts p JOIN discourse_posts d ON d.post_id = p.id`);
    expect(stored.body).toBe(payload.raw);

    // The edit fixture: a new version, scanned again; redelivered, nothing more.
    const edited = fixture('post_edited');
    expect((await deliver(t, edited)).json.outcome).toBe('accepted');
    expect((await deliver(t, edited, { 'X-Discourse-Event-Id': '99998' })).json.outcome).toBe('duplicate');
    await eventually(async () => (await count(t, `SELECT count(*) AS n FROM post_revisions r JOIN discourse_posts d ON d.post_id = r.post_id`)) === 2);
    await t.dataSource.query(`SELECT 1`);
    expect(await alertsOnForumPost(t, admin, 90412)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a sweep period: no second flag appears
    expect(double.flagsOn(90412)).toHaveLength(1);
  });

  it('accepts each post version once when deliveries arrive together (written by shared statements), each with its outbox row', async () => {
    const posts = Array.from({ length: 30 }, (_, i) => double.addPost({ raw: `Concurrent ${i}: a quiet day` }));
    const copies = posts.flatMap((post) => [double.delivery('post_created', post), double.delivery('post_created', post)]);
    const answers = await Promise.all(copies.map((delivery) => deliver(t, delivery)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const outcomes = answers.map((a) => a.json.outcome);
    expect(outcomes.filter((o) => o === 'accepted')).toHaveLength(30);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(30);
    const ids = posts.map((p) => p.id);
    expect(await count(t, `SELECT count(*) AS n FROM discourse_deliveries WHERE dedup_key = ANY($1)`, [ids.map((id) => `post_created:${id}:1`)])).toBe(30);
    expect(await count(t,
      `SELECT count(*) AS n FROM outbox_events e JOIN discourse_deliveries d ON e.payload->>'deliveryId' = d.id::text WHERE d.dedup_key = ANY($1)`,
      [ids.map((id) => `post_created:${id}:1`)])).toBe(30);
    await eventually(async () => (await count(t, `SELECT count(*) AS n FROM discourse_posts WHERE discourse_post_id = ANY($1)`, [ids])) === 30, 30_000, 'the posts');
  });

  it('skips its own posts and private messages', async () => {
    const own = double.addPost({ raw: HIGH_TEXT, username: double.apiUsername });
    const pm = double.addPost({ raw: HIGH_TEXT, topic_archetype: 'private_message', category_id: null });
    for (const post of [own, pm]) expect((await deliver(t, double.delivery('post_created', post))).json.outcome).toBe('accepted');
    await eventually(async () => (await count(t, `SELECT count(*) AS n FROM discourse_deliveries WHERE outcome LIKE 'skipped:%'`)) === 2);
    expect(await count(t, `SELECT count(*) AS n FROM discourse_posts WHERE discourse_post_id = ANY($1)`, [[own.id, pm.id]])).toBe(0);
  });

  it('scans the 20 posts made while Alongside was down once it is back', async () => {
    double.addPost({ raw: 'Before the outage' });
    const started = Date.now();
    const log = (what: string) => process.env.DEBUG_LOG && console.log(what, Date.now() - started);
    await eventually(async () => (await t.dataSource.query<unknown[]>(`SELECT 1 FROM discourse_state WHERE key = 'reconcile'`)).length > 0, 20_000, 'a first reconciliation');
    const database = t.database;
    log('reconciled');
    await t.app.close();
    log('closed');
    const posts = Array.from({ length: 20 }, (_, i) => double.addPost({ raw: i === 7 ? HIGH_TEXT : `Day ${i}: chemo was tiring but fine` }));
    t = await startPipelineApp(backend, env, database);
    log('restarted');
    await eventually(
      async () => (await count(t, `SELECT count(*) AS n FROM discourse_posts WHERE discourse_post_id = ANY($1)`, [posts.map((p) => p.id)])) === 20,
      30_000,
      'the 20 posts',
    );
    await eventually(async () => (await alertsOnForumPost(t, admin, posts[7].id)).length === 1, 20_000, 'the alert on the missed post');
    await eventually(() => Promise.resolve(double.flagsOn(posts[7].id).length === 1), 20_000, 'its flag');
  }, 90_000);

  it('flags once the forum is back when it was down as the alert was raised', async () => {
    const post = double.addPost({ raw: HIGH_TEXT });
    double.down = true;
    try {
      expect((await deliver(t, double.delivery('post_created', post))).json.outcome).toBe('accepted');
      await eventually(async () => (await alertsOnForumPost(t, admin, post.id)).length === 1, 20_000, 'the alert');
    } finally {
      double.down = false;
    }
    await eventually(() => Promise.resolve(double.flagsOn(post.id).length === 1), 30_000, 'the flag after the outage');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(double.flagsOn(post.id)).toHaveLength(1);
  });

  it('records a flag the forum refuses for good (the post is gone) once, lists it in the status, and never re-sends it', async () => {
    const post = double.addPost({ raw: HIGH_TEXT });
    expect((await deliver(t, double.delivery('post_created', post))).json.outcome).toBe('accepted');
    double.posts.delete(post.id); // deleted on the forum before the flag went out: 404 from then on
    await eventually(async () => (await alertsOnForumPost(t, admin, post.id)).length === 1, 20_000, 'the alert');
    const reads = () => double.requests.filter((r) => r.path === `/posts/${post.id}.json`).length;
    await eventually(() => Promise.resolve(reads() >= 1), 20_000, 'the flag attempt');
    await new Promise((resolve) => setTimeout(resolve, 2500)); // two sweep periods
    expect(reads()).toBe(1);
    expect(double.flagsOn(post.id)).toHaveLength(0);
    const { discourseStatus } = await t.ok<{ discourseStatus: { healthy: boolean; failedFlags: { discoursePostId: number; level: string; error: string }[] } }>(
      `{ discourseStatus { healthy failedFlags { discoursePostId level error failedAt alertId } } }`, {}, admin.token);
    expect(discourseStatus.healthy).toBe(true);
    expect(discourseStatus.failedFlags.filter((f) => f.discoursePostId === post.id)).toEqual([
      expect.objectContaining({ level: 'high', error: expect.stringContaining('Discourse answered 404') }),
    ]);
  });

  it('spaces its calls through a 429 storm and loses none', async () => {
    const posts = [1, 2, 3].map(() => double.addPost({ raw: HIGH_TEXT }));
    double.rateLimited = 3;
    for (const post of posts) await deliver(t, double.delivery('post_created', post));
    await eventually(() => Promise.resolve(posts.every((p) => double.flagsOn(p.id).length === 1)), 40_000, 'every flag');
    expect(double.rateLimitedAt).toHaveLength(3);
    // Retry-After: 1 — within the second after the last 429 only calls already on the wire (job concurrency 2) may arrive.
    const last429 = Math.max(...double.rateLimitedAt);
    expect(double.requests.filter((r) => r.at > last429 && r.at < last429 + 900).length).toBeLessThanOrEqual(2);
    for (const post of posts) expect(double.flagsOn(post.id)).toHaveLength(1);
  });
});
