/* eslint-disable @typescript-eslint/no-restricted-imports -- the in-process app and its pipeline harness live with the API's tests */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PlatformRole } from '@alongside/platform';
import { GroupRole } from '@alongside/groups';
import { insertMembership } from '../../../apps/api/test/factories.js';
import { eventually, HIGH_TEXT, pipelineBackends, pipelineEnv, startPipelineApp, subscribe } from '../../../apps/api/test/pipeline.harness.js';
import type { TestApp, TestUser } from '../../../apps/api/test/test-app.js';
import { DiscourseDouble, type DoublePost } from './discourse-double.js';

/** Longer than a sweep period (DISCOURSE_RECONCILE_SECONDS=1): what has not happened by then is not coming. */
const SWEEP_MS = 1500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Timeline {
  crisisAlert: { status: string; outcome: string | null; timeline: { action: string; note: string | null }[] };
}

describe.each(pipelineBackends())('Discourse decisions and forum actions ($name)', (backend) => {
  const double = new DiscourseDouble();
  let t: TestApp;
  let admin: TestUser;
  let peers: { id: string };
  let carers: { id: string };

  beforeAll(async () => {
    await double.start();
    const env = pipelineEnv(backend, double.connectorEnv({
      DISCOURSE_SAFEGUARDING_LEVEL: 'high',
      DISCOURSE_SAFEGUARDING_RECIPIENTS: 'safeguarding',
      DISCOURSE_SUPPORT_MESSAGE_LEVEL: 'high',
      DISCOURSE_SUPPORT_REGION: 'GB',
      DISCOURSE_HIDE_LEVEL: 'high',
    }));
    t = await startPipelineApp(backend, env);
    admin = await t.user(PlatformRole.ADMIN);
    peers = await t.group();
    carers = await t.group();
    // As the admin mutation stores them: the double's posts are in category 12; category 34 is mapped by its slug.
    double.categories.set(34, 'carers-corner');
    await t.dataSource.query(`INSERT INTO discourse_category_mappings (category, group_id) VALUES ('12', $1), ('carers-corner', $2)`, [peers.id, carers.id]);
  }, 120_000); // starting the app and migrating takes long on a loaded machine

  afterAll(async () => {
    await t?.close();
    await double.stop();
  });

  async function deliver(event: string, payload: object, eventId?: string): Promise<string | undefined> {
    const delivery = double.delivery(event, payload, eventId);
    const response = await fetch(`${t.baseUrl}/discourse/webhooks`, { method: 'POST', headers: delivery.headers, body: delivery.body });
    expect(response.status).toBe(200);
    return ((await response.json()) as { outcome?: string }).outcome;
  }

  /** A member's crisis post on the forum, delivered, alerted and flagged: its alert id and review item. */
  async function flaggedPost(overrides: Partial<DoublePost> = {}): Promise<{ post: DoublePost; alertId: string; reviewableId: number }> {
    const post = double.addPost({ raw: HIGH_TEXT, ...overrides });
    expect(await deliver('post_created', post)).toBe('accepted');
    const alertId = await eventually(async () => {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `SELECT a.id FROM crisis_alerts a JOIN discourse_posts d ON d.post_id = a.post_id WHERE d.discourse_post_id = $1`, [post.id]);
      return row?.id;
    }, 20_000, 'the alert');
    await eventually(() => Promise.resolve(double.flagsOn(post.id).length === 1), 20_000, 'the flag');
    const reviewableId = Number(double.posts.get(post.id)!.reviewable_id);
    // The flag's record (with its reviewable) is written just after the forum answered.
    await eventually(async () => (await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM discourse_actions WHERE kind = 'flag' AND discourse_post_id = $1 AND reviewable_id = $2`, [post.id, reviewableId])).length > 0);
    return { post, alertId, reviewableId };
  }

  async function resolve(alertId: string, outcome: string): Promise<void> {
    await t.ok(`mutation($id: ID!) { claimCrisisAlert(id: $id) { id } }`, { id: alertId }, admin.token);
    await t.ok(`mutation($id: ID!, $outcome: CrisisAlertOutcome!) { resolveCrisisAlert(id: $id, outcome: $outcome, note: "Talked with them") { id } }`,
      { id: alertId, outcome }, admin.token);
  }

  async function timeline(alertId: string): Promise<Timeline['crisisAlert']> {
    return (await t.ok<Timeline>(`query($id: ID!) { crisisAlert(id: $id) { status outcome timeline { action note } } }`, { id: alertId }, admin.token))
      .crisisAlert;
  }

  it('performs the matching review action once when an alert is resolved, and does not record its own echo', async () => {
    const { alertId, reviewableId } = await flaggedPost();
    await resolve(alertId, 'CONTACTED_MEMBER');
    await eventually(() => Promise.resolve(double.performed(reviewableId).length === 1), 20_000, 'the perform call');
    const [perform] = double.performed(reviewableId);
    // Hidden at this level (DISCOURSE_HIDE_LEVEL=high): agreed, and the post put back.
    expect(perform.path).toBe(`/review/${reviewableId}/perform/agree_and_restore.json`);
    expect(perform.params.version).toBe('0');
    expect(double.reviewables.get(reviewableId)).toMatchObject({ status: 1, version: 1 });

    // Discourse sends reviewable_updated for our own perform: once naming our account, once naming nobody.
    const echo = double.reviewablePayload(reviewableId);
    await deliver('reviewable_updated', echo);
    const anonymous = { ...echo, reviewable_scores: [] };
    await deliver('reviewable_transitioned_to', anonymous, '77');
    await pause(SWEEP_MS);
    expect(double.performed(reviewableId)).toHaveLength(1);
    const entries = (await timeline(alertId)).timeline.map((e) => e.action);
    expect(entries.filter((a) => a === 'RESOLVED')).toHaveLength(1);
    expect(entries).not.toContain('EXTERNAL_DECISION');
  });

  it('re-reads the item on a 409 and performs again with the new version', async () => {
    const { alertId, reviewableId } = await flaggedPost();
    double.staleReads = 1; // someone changes the item just after our first read
    await resolve(alertId, 'FALSE_POSITIVE');
    await eventually(() => Promise.resolve(double.reviewables.get(reviewableId)!.status === 2), 20_000, 'the disagreement');
    const performs = double.performed(reviewableId);
    expect(performs.map((r) => r.params.version)).toEqual(['0', '1']);
    expect(performs.every((r) => r.path.endsWith('/perform/disagree_and_restore.json'))).toBe(true);
    const reads = double.requests.filter((r) => r.method === 'GET' && r.path === `/review/${reviewableId}.json`);
    expect(reads).toHaveLength(2);
    await pause(SWEEP_MS);
    expect(double.performed(reviewableId)).toHaveLength(2);
  });

  it('takes a 403 on a listed review action as that decision refused, not the key: the connector stays healthy and flags go on', async () => {
    const { alertId, reviewableId } = await flaggedPost();
    double.refusedActions.add('ignore_and_do_nothing');
    try {
      await resolve(alertId, 'NO_ACTION_NEEDED');
      await eventually(() => Promise.resolve(double.performed(reviewableId).length === 1), 20_000, 'the refused perform');
      await eventually(async () => (await t.dataSource.query<unknown[]>(
        `SELECT 1 FROM discourse_decisions WHERE reviewable_id = $1 AND action IS NULL`, [reviewableId])).length > 0, 20_000, 'the decision recorded as left to Discourse');
      const { discourseStatus } = await t.ok<{ discourseStatus: { healthy: boolean } }>(`{ discourseStatus { healthy } }`, {}, admin.token);
      expect(discourseStatus.healthy).toBe(true);
      expect(double.requests.some((r) => r.path === '/session/current.json')).toBe(true);
      // Not retried, and the next alert's flag still goes out.
      await flaggedPost();
      expect(double.performed(reviewableId)).toHaveLength(1);
      expect(double.reviewables.get(reviewableId)!.status).toBe(0);
    } finally {
      double.refusedActions.clear();
    }
  });

  it('records a decision taken in Discourse on the timeline, resolves an alert nobody holds, and sends nothing back', async () => {
    const { alertId, reviewableId } = await flaggedPost();
    const payload = double.decide(reviewableId, 'disagree', 'sam_mod');
    expect(await deliver('reviewable_updated', payload)).toBe('accepted');
    expect(await deliver('reviewable_updated', payload)).toBe('duplicate'); // a retry has a new event id
    await eventually(async () => (await timeline(alertId)).status === 'RESOLVED', 20_000, 'the resolution');
    const alert = await timeline(alertId);
    expect(alert.outcome).toBe('FALSE_POSITIVE');
    expect(alert.timeline.at(-1)).toEqual({ action: 'RESOLVED', note: 'Discourse: flag disagreed by @sam_mod' });
    const [audit] = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_log WHERE target_id = $1 AND action = 'crisis_alert.resolved' AND actor_id IS NULL`, [alertId]);
    expect(Number(audit.n)).toBe(1);
    await pause(SWEEP_MS);
    expect(double.performed(reviewableId)).toHaveLength(0);
  });

  it('only notes a Discourse decision on an alert a moderator here holds, and sends nothing back once it is resolved here', async () => {
    const { alertId, reviewableId } = await flaggedPost();
    await t.ok(`mutation($id: ID!) { claimCrisisAlert(id: $id) { id } }`, { id: alertId }, admin.token);
    await deliver('reviewable_updated', double.decide(reviewableId, 'agree_and_keep_hidden', 'sam_mod'));
    await eventually(async () => (await timeline(alertId)).timeline.some((e) => e.action === 'EXTERNAL_DECISION'), 20_000, 'the note');
    const alert = await timeline(alertId);
    expect(alert.status).toBe('CLAIMED');
    expect(alert.timeline.at(-1)).toEqual({ action: 'EXTERNAL_DECISION', note: 'Discourse: flag agreed by @sam_mod' });

    // Resolved here afterwards: the decision came from Discourse, so nothing goes back.
    await t.ok(`mutation($id: ID!) { resolveCrisisAlert(id: $id, outcome: CONTACTED_MEMBER, note: "Called") { id } }`, { id: alertId }, admin.token);
    await pause(SWEEP_MS);
    expect(double.performed(reviewableId)).toHaveLength(0);
  });

  it('performs nothing on an item already closed in Discourse whose webhook never came', async () => {
    const { alertId, reviewableId } = await flaggedPost();
    double.decide(reviewableId, 'ignore_and_do_nothing', 'sam_mod'); // no reviewable webhook subscribed, say
    await resolve(alertId, 'NO_ACTION_NEEDED');
    await eventually(async () => (await t.dataSource.query<unknown[]>(
      `SELECT 1 FROM discourse_decisions WHERE alert_id = $1 AND direction = 'sent' AND action IS NULL`, [alertId])).length > 0, 20_000, 'the read');
    expect(double.requests.filter((r) => r.method === 'GET' && r.path === `/review/${reviewableId}.json`)).toHaveLength(1);
    await pause(SWEEP_MS);
    expect(double.performed(reviewableId)).toHaveLength(0);
  });

  it('hides, messages the safeguarding group and sends the member the supportive message, once and without the post\'s words', async () => {
    const { post, alertId } = await flaggedPost({ user_id: 4401, username: 'alex_p' });
    expect(double.flagsOn(post.id)[0].params.queue_for_review).toBe('true');
    const pmsFor = (recipients: string) => double.pms.filter((pm) => pm.target_recipients === recipients);
    await eventually(() => Promise.resolve(pmsFor('alex_p').length === 1 && pmsFor('safeguarding').some((pm) => pm.raw.includes(alertId))), 20_000, 'both messages');
    const safeguarding = pmsFor('safeguarding').find((pm) => pm.raw.includes(alertId))!;
    expect(safeguarding).toMatchObject({ archetype: 'private_message' });
    expect(safeguarding.raw).toContain(`${double.url}${String(post.post_url)}`);
    const [support] = pmsFor('alex_p');
    expect(support.raw).toContain('Samaritans'); // DISCOURSE_SUPPORT_REGION=GB, from libs/alerts' crisis resources
    expect(support.title).toBe('We wanted to check in with you');
    for (const pm of [safeguarding, support]) {
      expect(pm.raw).not.toContain('pills');
      expect(pm.raw.toLowerCase()).not.toContain('took');
    }

    // A second crisis post of the same member within the period: the safeguarding group hears, the member is not messaged again.
    const second = await flaggedPost({ user_id: 4401, username: 'alex_p' });
    await eventually(() => Promise.resolve(pmsFor('safeguarding').some((pm) => pm.raw.includes(second.alertId))), 20_000, 'the second safeguarding message');
    await pause(SWEEP_MS);
    expect(pmsFor('alex_p')).toHaveLength(1);
    expect(pmsFor('safeguarding').filter((pm) => pm.raw.includes(alertId))).toHaveLength(1);
    // Our private messages come back as webhooks: skipped, never scanned.
    const ownPm = [...double.posts.values()].find((p) => p.topic_archetype === 'private_message')!;
    expect(await deliver('post_created', ownPm)).toBe('accepted');
    await eventually(async () => (await t.dataSource.query<{ outcome: string }[]>(
      `SELECT outcome FROM discourse_deliveries WHERE dedup_key = $1`, [`post_created:${ownPm.id}:1`]))[0]?.outcome === 'skipped:own-post');
  });

  it('moves the mirrored topic, its posts and its active alert when the forum topic moves to another category', async () => {
    const { post, alertId } = await flaggedPost();
    const [before] = await t.dataSource.query<{ group_id: string }[]>(`SELECT group_id FROM crisis_alerts WHERE id = $1`, [alertId]);
    expect(before.group_id).toBe(peers.id);
    // A moderator of the new group only: the move is announced to them.
    const carersModerator = await t.user();
    await insertMembership(t, carers.id, carersModerator.id, GroupRole.MODERATOR);
    const updates = await subscribe(t, carersModerator.token, `subscription { crisisAlertUpdated { id status } }`);
    const topic = { id: post.topic_id, title: 'A hard week, renamed', fancy_title: 'A hard week, renamed', category_id: 34, archetype: 'regular', slug: 'a-hard-week' };
    expect(await deliver('topic_edited', topic)).toBe('accepted');
    await eventually(async () => (await t.dataSource.query<{ group_id: string }[]>(
      `SELECT group_id FROM crisis_alerts WHERE id = $1`, [alertId]))[0].group_id === carers.id, 20_000, 'the alert to follow the topic');
    await eventually(() => Promise.resolve(updates.events.some((e: { crisisAlertUpdated: { id: string } }) => e.crisisAlertUpdated.id === alertId)), 10_000,
      'the new group\'s moderator to hear of the moved alert');
    await updates.close();
    const [mirrored] = await t.dataSource.query<{ group_id: string; title: string; post_group: string }[]>(
      `SELECT t.group_id, t.title, p.group_id AS post_group FROM discourse_topics dt JOIN topics t ON t.id = dt.topic_id
         JOIN posts p ON p.topic_id = t.id WHERE dt.discourse_topic_id = $1`, [post.topic_id]);
    expect(mirrored).toEqual({ group_id: carers.id, title: 'A hard week, renamed', post_group: carers.id });
    const [moved] = await t.dataSource.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM audit_log WHERE target_id = $1 AND action = 'crisis_alert.moved'`, [alertId]);
    expect(Number(moved.n)).toBe(1);
  });
});
