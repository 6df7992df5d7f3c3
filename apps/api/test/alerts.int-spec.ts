/* eslint-disable @typescript-eslint/no-unsafe-return -- GraphQL responses are untyped JSON, as in the other specs */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { In } from 'typeorm';
import { ALERT_RAISED_EVENT, CrisisAlert } from '@alongside/alerts';
import { AuditRecord } from '@alongside/audit';
import { GroupRole } from '@alongside/groups';
import { PlatformRole } from '@alongside/platform';
import { EventBus } from '@alongside/queue';
import { insertGroup, insertMembership } from './factories.js';
import { ALERT_FIELDS, alertOf, community, eventually, HIGH_TEXT, NONE_TEXT, pipelineBackends, pipelineEnv, post, startPipelineApp, subscribe } from './pipeline.harness.js';
import { codeOf, TestApp } from './test-app.js';

const CLAIM = `mutation($id: ID!) { claimCrisisAlert(id: $id) { id status assignee { handle } } }`;
const RELEASE = `mutation($id: ID!) { releaseCrisisAlert(id: $id) { id status } }`;
const ACK = `mutation($id: ID!) { acknowledgeCrisisAlert(id: $id) { id status } }`;
const ESCALATE = `mutation($id: ID!) { escalateCrisisAlert(id: $id, reason: "need a second pair of eyes") { id status } }`;
const RESOLVE = `mutation($id: ID!, $outcome: CrisisAlertOutcome!, $note: String!) { resolveCrisisAlert(id: $id, outcome: $outcome, note: $note) { id status outcome } }`;
const REOPEN = `mutation($id: ID!) { reopenCrisisAlert(id: $id) { id status } }`;

describe.each(pipelineBackends())('crisis alerts: scan to triage ($name)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startPipelineApp(backend, pipelineEnv(backend));
  }, 120_000); // a first start of the embedded default, migrations included: slow on a loaded 2-core machine
  afterAll(() => t.close());

  it('follows the README: a high post raises an alert on the queue and the subscription; it is claimed, acknowledged, resolved', async () => {
    const c = await community(t);
    const raised = await subscribe(t, c.moderator.token, `subscription { crisisAlertRaised { id level status post { id } } }`);
    try {
      const postId = await post(t, c, HIGH_TEXT);
      const alert = await eventually(() => alertOf(t, c.moderator, postId), 10_000, 'the alert');
      expect(alert).toMatchObject({ level: 'HIGH', status: 'OPEN', overdue: false, authorHandle: c.member.handle, assignee: null });
      expect(alert.categories.length).toBeGreaterThan(0);
      expect(alert.matches.length).toBeGreaterThan(0);
      expect(alert.timeline).toEqual([{ action: 'RAISED', fromStatus: null, toStatus: 'OPEN', note: null }]);
      const event = await eventually<any>(() => Promise.resolve(raised.events.find((e) => e.crisisAlertRaised.id === alert.id)), 5000, 'the event');
      expect(event.crisisAlertRaised).toEqual({ id: alert.id, level: 'HIGH', status: 'OPEN', post: { id: postId } });

      expect((await t.ok(CLAIM, { id: alert.id }, c.moderator.token)).claimCrisisAlert).toMatchObject({
        status: 'CLAIMED',
        assignee: { handle: c.moderator.handle },
      });
      expect((await t.ok(ACK, { id: alert.id }, c.moderator.token)).acknowledgeCrisisAlert.status).toBe('ACKNOWLEDGED');
      const resolved = await t.ok(RESOLVE, { id: alert.id, outcome: 'CONTACTED_MEMBER', note: 'Talked; they are safe with family.' }, c.moderator.token);
      expect(resolved.resolveCrisisAlert).toMatchObject({ status: 'RESOLVED', outcome: 'CONTACTED_MEMBER' });

      const { crisisAlert } = await t.ok(`query($id: ID!) { crisisAlert(id: $id) { ${ALERT_FIELDS} } }`, { id: alert.id }, c.moderator.token);
      expect(crisisAlert.timeline.map((s: { action: string }) => s.action)).toEqual(['RAISED', 'CLAIMED', 'ACKNOWLEDGED', 'RESOLVED']);
      const audit = await t.dataSource.getRepository(AuditRecord).find({ where: { targetId: alert.id }, order: { id: 'ASC' } });
      expect(audit.map((r) => [r.action, r.actorId])).toEqual([
        ['crisis_alert.raised', null],
        ['crisis_alert.claimed', c.moderator.id],
        ['crisis_alert.acknowledged', c.moderator.id],
        ['crisis_alert.resolved', c.moderator.id],
      ]);
    } finally {
      await raised.close();
    }
  });

  it('raises nothing for a post without a crisis signal', async () => {
    const c = await community(t);
    const calm = await post(t, c, NONE_TEXT);
    const alarming = await post(t, c, HIGH_TEXT);
    await eventually(() => alertOf(t, c.moderator, alarming), 10_000, 'the later alert');
    expect(await alertOf(t, c.moderator, calm)).toBeNull();
    expect(await alertOf(t, c.moderator, c.postId)).toBeNull();
  });

  it('shows alerts only to moderators of the group (admins all), and logs every read of the text', async () => {
    const c = await community(t);
    const postId = await post(t, c, HIGH_TEXT);
    const alert = await eventually(() => alertOf(t, c.moderator, postId), 10_000, 'the alert');
    const otherModerator = await t.user();
    await insertMembership(t, (await insertGroup(t)).id, otherModerator.id, GroupRole.MODERATOR);
    const facilitator = await t.user();
    await insertMembership(t, c.groupId, facilitator.id, GroupRole.FACILITATOR);
    const admin = await t.user(PlatformRole.ADMIN);

    expect(await alertOf(t, otherModerator, postId)).toBeNull();
    expect(codeOf(await t.gql(`query($id: ID!) { crisisAlert(id: $id) { id } }`, { id: alert.id }, otherModerator.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(CLAIM, { id: alert.id }, otherModerator.token))).toBe('NOT_FOUND');
    expect((await t.ok(`{ crisisAlerts { edges { node { id } } } }`, {}, c.member.token)).crisisAlerts.edges).toEqual([]);
    expect(codeOf(await t.gql(`{ crisisAlerts { edges { node { id } } } }`))).toBe('UNAUTHENTICATED');
    expect(await alertOf(t, facilitator, postId)).not.toBeNull();
    expect(await alertOf(t, admin, postId)).not.toBeNull();

    const { crisisAlert } = await t.ok(`query($id: ID!) { crisisAlert(id: $id) { text } }`, { id: alert.id }, facilitator.token);
    expect(crisisAlert.text).toBe(HIGH_TEXT);
    const reads = await t.dataSource.getRepository(AuditRecord).findBy({ targetId: alert.id, action: 'crisis_alert.text_viewed' });
    expect(reads.map((r) => r.actorId)).toEqual([facilitator.id]);
  });

  it('hears alert events only in groups one moderates (admins all), and resolves `post { id }` without a query per event', async () => {
    const c = await community(t);
    const other = await community(t);
    const postIds = [await post(t, c, HIGH_TEXT), await post(t, other, HIGH_TEXT)];
    const alerts = await eventually(async () => {
      const found = await t.dataSource.getRepository(CrisisAlert).findBy({ postId: In(postIds) });
      return found.length === 2 && found;
    }, 10_000, 'the alerts');
    const admin = await t.user(PlatformRole.ADMIN);
    const query = `subscription { crisisAlertRaised { id post { id } } }`;
    const moderator = await subscribe(t, c.moderator.token, query);
    const everyone = await subscribe(t, admin.token, query);
    try {
      const snapshots = alerts.map(({ text: _text, ...alert }) => alert);
      // Distinct payloads: NOTIFY delivers identical ones of one statement once.
      const events = Array.from({ length: 20 }, (_, i) => ({ alert: { ...snapshots[i % 2], updatedAt: new Date(Date.now() + i) } }));
      const lookups = { posts: 0, access: 0 };
      lookups.posts = await t.countQueries(async () => {
        lookups.access = await t.countQueries(async () => {
          await t.app.get(EventBus).publishAll(ALERT_RAISED_EVENT, events);
          await eventually(() => Promise.resolve(everyone.events.length === 20 && moderator.events.length >= 10), 10_000, 'the events');
        }, /FROM "(groups|memberships)"/);
      }, /FROM "posts"/);
      expect(moderator.events.map((e) => e.crisisAlertRaised.post.id)).toEqual(Array(10).fill(postIds[0]));
      expect(everyone.events.map((e) => e.crisisAlertRaised.post.id).sort()).toEqual([...Array(10).fill(postIds[0]), ...Array(10).fill(postIds[1])].sort());
      expect(lookups.posts).toBe(0);
      // The moderator's access to each group, looked up once a second (two queries), not per event.
      expect(lookups.access).toBeLessThanOrEqual(8);
    } finally {
      await moderator.close();
      await everyone.close();
    }
  });

  it('gives a second concurrent claim CONFLICT, and refuses illegal steps with a clear error', async () => {
    const c = await community(t);
    const second = await t.user();
    await insertMembership(t, c.groupId, second.id, GroupRole.MODERATOR);
    const postId = await post(t, c, HIGH_TEXT);
    const alert = await eventually(() => alertOf(t, c.moderator, postId), 10_000, 'the alert');

    const claims = await Promise.all([c.moderator, second].map((m) => t.gql(CLAIM, { id: alert.id }, m.token)));
    expect(claims.filter((r) => !r.errors).length).toBe(1);
    const lost = claims.find((r) => r.errors)!;
    expect(lost.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLAIMED' });
    const holder = claims[0].errors ? second : c.moderator;
    const other = holder === second ? c.moderator : second;

    expect(codeOf(await t.gql(ACK, { id: alert.id }, other.token))).toBe('CONFLICT');
    expect(codeOf(await t.gql(RESOLVE, { id: alert.id, outcome: 'FALSE_POSITIVE', note: '   ' }, holder.token))).toBe('BAD_USER_INPUT');
    await t.ok(RELEASE, { id: alert.id }, holder.token);
    const illegal = await t.gql(RESOLVE, { id: alert.id, outcome: 'FALSE_POSITIVE', note: 'song lyrics' }, holder.token);
    expect(illegal.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', status: 'OPEN', action: 'resolve' });

    expect((await t.ok(ESCALATE, { id: alert.id }, other.token)).escalateCrisisAlert.status).toBe('ESCALATED');
    expect(codeOf(await t.gql(ESCALATE, { id: alert.id }, other.token))).toBe('CONFLICT');
    const { crisisAlerts } = await t.ok(`{ crisisAlerts(filter: { overdue: true }) { edges { node { id status } } } }`, {}, other.token);
    expect(crisisAlerts.edges.map((e: any): string => e.node.id)).toContain(alert.id);
    await t.ok(RESOLVE, { id: alert.id, outcome: 'FALSE_POSITIVE', note: 'song lyrics' }, other.token);
    expect((await t.ok(REOPEN, { id: alert.id }, holder.token)).reopenCrisisAlert.status).toBe('OPEN');

    const stats = await t.ok(`{ crisisRuleStats { rule fired falsePositives } }`, {}, (await t.user(PlatformRole.ADMIN)).token);
    expect(stats.crisisRuleStats.length).toBeGreaterThan(0);
    expect(codeOf(await t.gql(`{ crisisRuleStats { rule } }`, {}, holder.token))).toBe('FORBIDDEN');
  });

  it('orders the queue by level, then overdue, then oldest, and pages it with cursors', async () => {
    const admin = await t.user(PlatformRole.ADMIN);
    const c = await community(t);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await post(t, c, HIGH_TEXT));
    await eventually(async () => (await Promise.all(ids.map((id) => alertOf(t, c.moderator, id)))).every(Boolean), 10_000, 'three alerts');
    const seen: any[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await t.ok(
        `query($after: String) { crisisAlerts(first: 2, after: $after) { edges { node { id level overdue } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        admin.token,
      );
      seen.push(...res.crisisAlerts.edges.map((e: any): unknown => e.node));
      if (!res.crisisAlerts.pageInfo.hasNextPage) break;
      after = res.crisisAlerts.pageInfo.endCursor;
    }
    expect(new Set(seen.map((n): string => n.id)).size).toBe(seen.length);
    const ranks = seen.map((n) => ['NONE', 'LOW', 'MEDIUM', 'HIGH'].indexOf(n.level) * 2 + (n.overdue ? 1 : 0));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('neither skips nor repeats an alert that falls due while a moderator pages', async () => {
    const c = await community(t);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await post(t, c, HIGH_TEXT));
    await eventually(async () => (await Promise.all(ids.map((id) => alertOf(t, c.moderator, id)))).every(Boolean), 10_000, 'three alerts');
    // Oldest first while none is overdue (the worker may have raised them in any order).
    const oldestFirst = (await t.dataSource.query<{ post_id: string }[]>(
      `SELECT post_id FROM crisis_alerts WHERE group_id = $1 ORDER BY created_at, id`, [c.groupId])).map((r) => r.post_id);
    expect([...oldestFirst].sort()).toEqual([...ids].sort());
    const PAGE = `query($after: String, $g: ID!) { crisisAlerts(first: 1, after: $after, filter: { groupId: $g }) {
      edges { node { id post { id } } } pageInfo { hasNextPage endCursor } } }`;
    const first: any = await t.ok(PAGE, { after: null, g: c.groupId }, c.moderator.token);
    expect(first.crisisAlerts.edges[0].node.post.id).toBe(oldestFirst[0]);
    // The newest alert falls due after the first page was read: it is overdue now, not as of that page.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t.dataSource.query(`UPDATE crisis_alerts SET due_at = now() - interval '1 millisecond' WHERE post_id = $1`, [oldestFirst[2]]);
    const seen = [first.crisisAlerts.edges[0].node.post.id];
    let page = first;
    while (page.crisisAlerts.pageInfo.hasNextPage) {
      page = await t.ok(PAGE, { after: page.crisisAlerts.pageInfo.endCursor, g: c.groupId }, c.moderator.token);
      seen.push(...page.crisisAlerts.edges.map((e: any): string => e.node.post.id));
    }
    expect(seen).toEqual(oldestFirst);
    // A fresh first page orders it as of now: overdue first.
    const fresh: any = await t.ok(PAGE, { after: null, g: c.groupId }, c.moderator.token);
    expect(fresh.crisisAlerts.edges[0].node.post.id).toBe(oldestFirst[2]);
  });
});
