/* eslint-disable @typescript-eslint/no-unsafe-return -- GraphQL responses are untyped JSON, as in the other specs */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ScanService } from '@alongside/alerts';
import { AuditRecord } from '@alongside/audit';
import { Post } from '@alongside/discussions';
import { GroupRole, Membership, MemberRestriction } from '@alongside/groups';
import { Report, ReportExpiryService, ReviewItem } from '@alongside/moderation';
import { OutboxEvent, PlatformRole } from '@alongside/platform';
import { databaseKinds } from '@alongside/testing';
import { codeOf, TestApp, type TestUser } from './test-app.js';

const REPORT = `mutation($input: ReportPostInput!) { reportPost(input: $input) { received } }`;
const QUEUE = `query($filter: ReviewQueueFilter) { reviewQueue(filter: $filter) {
  edges { cursor node { id kind groupId urgency status assignee { handle }
    ... on ReportedPostReviewItem { reportCount post { id status } reports { reason ruleKey text } }
    ... on HeldPostReviewItem { post { id status moderationReason } }
    ... on CrisisAlertReviewItem { alert { id level post { id } } } } }
  pageInfo { hasNextPage endCursor } } }`;
const CLAIM = `mutation($id: ID!) { claimReviewItem(id: $id) { id status assignee { handle } } }`;
const RELEASE = `mutation($id: ID!) { releaseReviewItem(id: $id) { id status } }`;
const HIDE = `mutation($input: ModeratePostInput!) { hidePost(input: $input) { id status moderationReason moderationRuleKey } }`;
const RESTORE = `mutation($id: ID!) { restorePost(postId: $id) { id status moderationReason } }`;
const POST = `query($id: ID!) { post(id: $id) { id body status moderationReason moderationRuleKey } }`;
const CREATE_POST = `mutation($topicId: ID!, $body: String!) { createPost(input: { topicId: $topicId, body: $body }) { id status body moderationReason } }`;
const POSTS = `query($id: ID!) { topic(id: $id) { posts { edges { node { id status } } } } }`;

interface Community {
  groupId: string;
  topicId: string;
  postId: string;
  moderator: TestUser;
  author: TestUser;
  reader: TestUser;
}

describe.each(databaseKinds())('moderation (%s)', (kind) => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start(kind);
    admin = await t.user(PlatformRole.ADMIN);
  });
  afterAll(() => t.close());

  async function accept(groupId: string, user: TestUser): Promise<void> {
    const { group } = await t.ok(`query($id: ID!) { group(id: $id) { groundRules { version } } }`, { id: groupId }, user.token);
    await t.ok(`mutation($id: ID!, $v: Int!) { acceptGroundRules(groupId: $id, version: $v) { version } }`,
      { id: groupId, v: group.groundRules.version }, user.token);
  }

  async function community(): Promise<Community> {
    const group = await t.group();
    const [moderator, author, reader] = await Promise.all([t.user(), t.user(), t.user()]);
    await t.member(group, moderator, GroupRole.MODERATOR);
    await t.member(group, author);
    await t.member(group, reader);
    for (const u of [moderator, author, reader]) await accept(group.id, u);
    const { createTopic } = await t.ok(
      `mutation($id: ID!) { createTopic(input: { groupId: $id, title: "Side effects", body: "Week two of chemo, tired." }) { topic { id } post { id } } }`,
      { id: group.id }, author.token);
    return { groupId: group.id, topicId: createTopic.topic.id, postId: createTopic.post.id, moderator, author, reader };
  }

  const audit = (targetId: string) =>
    t.dataSource.getRepository(AuditRecord).find({ where: { targetId }, order: { id: 'ASC' } });

  it('a reported post reaches the queue; one moderator claims it; hiding it tells the author why and hides it from others; all is audited', async () => {
    const c = await community();
    await t.ok(REPORT, { input: { postId: c.postId, reason: 'MEDICAL_MISINFORMATION', text: 'Says to stop chemo.' } }, c.reader.token);
    const again = await t.gql(REPORT, { input: { postId: c.postId, reason: 'SPAM' } }, c.reader.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REPORTED' });
    expect(codeOf(await t.gql(REPORT, { input: { postId: c.postId, reason: 'SPAM' } }, c.author.token))).toBe('BAD_USER_INPUT');

    const first = (await t.ok(QUEUE, { filter: { groupId: c.groupId } }, c.moderator.token)).reviewQueue.edges;
    expect(first).toHaveLength(1);
    const item = first[0].node;
    expect(item).toMatchObject({ kind: 'REPORTED_POST', status: 'OPEN', reportCount: 1, post: { id: c.postId, status: 'PUBLISHED' },
      reports: [{ reason: 'MEDICAL_MISINFORMATION', ruleKey: null, text: 'Says to stop chemo.' }] });

    // a second member's report adds up on the same item and raises its urgency
    const third = await t.user();
    await t.member({ id: c.groupId }, third);
    await t.ok(REPORT, { input: { postId: c.postId, reason: 'OTHER', text: 'Not right.' } }, third.token);
    const [raised] = (await t.ok(QUEUE, { filter: { groupId: c.groupId } }, c.moderator.token)).reviewQueue.edges;
    expect(raised.node).toMatchObject({ id: item.id, reportCount: 2 });
    expect(raised.node.urgency).toBeGreaterThan(item.urgency);

    // members and moderators of other groups see nothing of it
    expect((await t.ok(QUEUE, {}, c.reader.token)).reviewQueue.edges).toEqual([]);
    expect(codeOf(await t.gql(CLAIM, { id: item.id }, c.reader.token))).toBe('NOT_FOUND');

    // two moderators claim at once: one wins, the other gets CONFLICT
    const second = await t.user();
    await t.member({ id: c.groupId }, second, GroupRole.FACILITATOR);
    const claims = await Promise.all([c.moderator, second].map((m) => t.gql(CLAIM, { id: item.id }, m.token)));
    expect(claims.filter((r) => !r.errors)).toHaveLength(1);
    expect(claims.find((r) => r.errors)!.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CLAIMED' });
    const holder = claims[0].errors ? second : c.moderator;
    const other = holder === second ? c.moderator : second;
    expect(codeOf(await t.gql(RELEASE, { id: item.id }, other.token))).toBe('CONFLICT');
    const stored = await t.dataSource.getRepository(ReviewItem).findOneByOrFail({ id: item.id });
    expect([stored.status, stored.assigneeId]).toEqual(['CLAIMED', holder.id]);

    // the other moderator may not settle it while it is claimed
    expect(codeOf(await t.gql(HIDE, { input: { postId: c.postId, reason: 'Unsafe advice' } }, other.token))).toBe('CONFLICT');
    const hidden = await t.ok(HIDE, { input: { postId: c.postId, reason: 'Unsafe medical advice', ruleKey: 'not-medical-advice' } }, holder.token);
    expect(hidden.hidePost).toMatchObject({ status: 'HIDDEN', moderationReason: 'Unsafe medical advice', moderationRuleKey: 'not-medical-advice' });

    expect((await t.ok(POST, { id: c.postId }, c.author.token)).post).toMatchObject({ status: 'HIDDEN', moderationReason: 'Unsafe medical advice' });
    expect(codeOf(await t.gql(POST, { id: c.postId }, c.reader.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(POSTS, { id: c.topicId }, c.reader.token))).toBe('NOT_FOUND');
    expect((await t.ok(POSTS, { id: c.topicId }, c.moderator.token)).topic.posts.edges).toHaveLength(1);
    expect((await t.dataSource.getRepository(ReviewItem).findOneByOrFail({ id: item.id })).status).toBe('RESOLVED');

    await t.ok(RESTORE, { id: c.postId }, holder.token);
    expect((await t.ok(POST, { id: c.postId }, c.reader.token)).post.status).toBe('PUBLISHED');

    expect((await audit(c.postId)).map((r) => [r.action, r.actorId])).toEqual([
      ['report.filed', c.reader.id],
      ['report.filed', third.id],
      ['post.hidden', holder.id],
      ['post.restored', holder.id],
    ]);
    expect((await audit(item.id)).map((r) => r.action)).toEqual(['review_item.claimed', 'review_item.resolved']);
    // nobody edits the trail, not even through the database's own connection
    await expect(t.dataSource.query(`DELETE FROM audit_log WHERE target_id = $1`, [c.postId])).rejects.toThrow(/append-only/);

    const log = await t.ok(`query($f: AuditLogFilter) { auditLog(filter: $f, first: 10) { edges { node { action actorId reason before after } } } }`,
      { f: { targetId: c.postId } }, admin.token);
    expect(log.auditLog.edges.map((e: any) => e.node.action)).toEqual(['post.restored', 'post.hidden', 'report.filed', 'report.filed']);
    expect(JSON.parse(log.auditLog.edges[1].node.after)).toMatchObject({ status: 'HIDDEN', ruleKey: 'not-medical-advice' });
    expect(codeOf(await t.gql(`{ auditLog { edges { node { id } } } }`, {}, c.moderator.token))).toBe('FORBIDDEN');
    const page = await t.ok(`{ auditLog(first: 1) { pageInfo { hasNextPage endCursor } } }`, {}, admin.token);
    const next = await t.ok(`query($a: String) { auditLog(first: 1, after: $a) { edges { node { id } } } }`, { a: page.auditLog.pageInfo.endCursor }, admin.token);
    expect(Number(next.auditLog.edges[0].node.id)).toBeLessThan(Number(page.auditLog.pageInfo.endCursor));

    const csv = (await t.ok(`query($f: AuditLogFilter) { auditLogExport(format: CSV, filter: $f) }`, { f: { targetId: c.postId } }, admin.token)).auditLogExport;
    expect(csv.split('\r\n')[0]).toBe('id,createdAt,actorId,action,targetType,targetId,reason,before,after');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
    const jsonl = (await t.ok(`query($f: AuditLogFilter) { auditLogExport(format: JSON_LINES, filter: $f) }`, { f: { action: 'post.' , targetId: c.postId } }, admin.token)).auditLogExport;
    expect(jsonl.trim().split('\n').map((l: string) => JSON.parse(l).action)).toEqual(['post.hidden', 'post.restored']);
  });

  it('refuses moderation to members and to moderators of other groups', async () => {
    const c = await community();
    const outsider = await t.user();
    const elsewhere = await t.group();
    await t.member(elsewhere, outsider, GroupRole.MODERATOR);
    expect(codeOf(await t.gql(HIDE, { input: { postId: c.postId, reason: 'x' } }, c.reader.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(HIDE, { input: { postId: c.postId, reason: 'x' } }, outsider.token))).toBe('FORBIDDEN');
    const mute = `mutation($g: ID!, $u: ID!, $until: DateTime!) { muteMember(input: { groupId: $g, userId: $u, reason: "x", until: $until }) { id } }`;
    const until = new Date(Date.now() + 3600_000).toISOString();
    expect(codeOf(await t.gql(mute, { g: c.groupId, u: c.author.id, until }, outsider.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(mute, { g: c.groupId, u: c.author.id, until }, c.reader.token))).toBe('FORBIDDEN');
    expect(await t.dataSource.getRepository(MemberRestriction).findBy({ userId: c.author.id })).toEqual([]);
    expect((await t.dataSource.getRepository(Post).findOneByOrFail({ id: c.postId })).status).toBe('PUBLISHED');
  });

  it('stops a muted member posting, saying until when, and lets them post once unmuted; bans stop joining', async () => {
    const c = await community();
    const until = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    const muted = await t.ok(`mutation($g: ID!, $u: ID!, $until: DateTime!) {
      muteMember(input: { groupId: $g, userId: $u, reason: "Cool off for a few days", until: $until }) { kind endsAt } }`,
    { g: c.groupId, u: c.author.id, until }, c.moderator.token);
    expect(muted.muteMember).toEqual({ kind: 'MUTE', endsAt: until });
    const refused = await t.gql(CREATE_POST, { topicId: c.topicId, body: 'me again' }, c.author.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEMBER_MUTED', until, scope: 'GROUP' });
    expect(refused.errors?.[0]?.message).toContain(until);
    expect((await t.ok(`{ myRestrictions { kind endsAt } }`, {}, c.author.token)).myRestrictions).toEqual([{ kind: 'MUTE', endsAt: until }]);
    await t.ok(`mutation($g: ID!, $u: ID!) { unmuteMember(groupId: $g, userId: $u) { liftedAt } }`, { g: c.groupId, u: c.author.id }, c.moderator.token);
    expect((await t.ok(CREATE_POST, { topicId: c.topicId, body: 'thanks, calmer now' }, c.author.token)).createPost.status).toBe('PUBLISHED');

    await t.ok(`mutation($g: ID!, $u: ID!) { banMember(input: { groupId: $g, userId: $u, reason: "Repeated harassment" }) { kind } }`,
      { g: c.groupId, u: c.reader.id }, c.moderator.token);
    expect((await t.dataSource.getRepository(Membership).findOneByOrFail({ groupId: c.groupId, userId: c.reader.id })).status).toBe('REMOVED');
    const join = await t.gql(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, { id: c.groupId }, c.reader.token);
    expect(join.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEMBER_BANNED', until: null, scope: 'GROUP' });

    // platform bans are for admins, and stop posting everywhere
    const platformBan = `mutation($u: ID!, $until: DateTime) { banMember(input: { userId: $u, reason: "Selling", until: $until }) { groupId } }`;
    expect(codeOf(await t.gql(platformBan, { u: c.author.id, until }, c.moderator.token))).toBe('FORBIDDEN');
    await t.ok(platformBan, { u: c.author.id, until }, admin.token);
    const stopped = await t.gql(CREATE_POST, { topicId: c.topicId, body: 'buy my pills' }, c.author.token);
    expect(stopped.errors?.[0]?.extensions).toMatchObject({ reason: 'MEMBER_BANNED', scope: 'PLATFORM' });
    await t.ok(`mutation($u: ID!) { liftBan(userId: $u) { liftedAt } }`, { u: c.author.id }, admin.token);
    const restrictions = await t.dataSource.getRepository(MemberRestriction).findBy({ userId: c.author.id });
    expect(restrictions.every((r) => r.liftedAt !== null)).toBe(true);
    expect((await audit(c.author.id)).map((r) => r.action)).toEqual(['member.muted', 'member.unmuted', 'member.banned', 'member.ban_lifted']);
  });

  it('holds a new member\'s first post for approval: pending to its author, invisible to others, approved from the queue', async () => {
    const c = await community();
    await t.ok(`mutation($g: ID!) { setPostApproval(groupId: $g, firstPosts: 1) { id } }`, { g: c.groupId }, c.moderator.token);
    const newcomer = await t.user();
    await t.member({ id: c.groupId }, newcomer);
    await accept(c.groupId, newcomer);
    const { createPost } = await t.ok(CREATE_POST, { topicId: c.topicId, body: 'Hi all, new here' }, newcomer.token);
    expect(createPost).toMatchObject({ status: 'PENDING', moderationReason: expect.stringContaining('first posts') });
    expect(codeOf(await t.gql(POST, { id: createPost.id }, c.reader.token))).toBe('NOT_FOUND');
    const seen = (await t.ok(POSTS, { id: c.topicId }, c.reader.token)).topic.posts.edges.map((e: any) => e.node.id);
    expect(seen).not.toContain(createPost.id);
    expect((await t.ok(POSTS, { id: c.topicId }, newcomer.token)).topic.posts.edges.map((e: any) => e.node.status)).toEqual(['PUBLISHED', 'PENDING']);

    const queue = (await t.ok(QUEUE, { filter: { groupId: c.groupId, kinds: ['HELD_POST'] } }, c.moderator.token)).reviewQueue.edges;
    expect(queue.map((e: any) => e.node)).toEqual([expect.objectContaining({ kind: 'HELD_POST', post: expect.objectContaining({ id: createPost.id, status: 'PENDING' }) })]);
    const approved = await t.ok(`mutation($id: ID!) { approvePost(postId: $id) { status moderationReason } }`, { id: createPost.id }, c.moderator.token);
    expect(approved.approvePost).toEqual({ status: 'PUBLISHED', moderationReason: null });
    expect((await t.ok(POST, { id: createPost.id }, c.reader.token)).post.status).toBe('PUBLISHED');
    expect((await t.ok(QUEUE, { filter: { groupId: c.groupId } }, c.moderator.token)).reviewQueue.edges).toEqual([]);
    // the second post is no longer a first post
    expect((await t.ok(CREATE_POST, { topicId: c.topicId, body: 'Thanks!' }, newcomer.token)).createPost.status).toBe('PUBLISHED');
  });

  it('applies watched terms (block with the reason, censor, flag) but never blocks crisis language, which is scanned and alerted', async () => {
    const c = await community();
    const ADD = `mutation($input: AddWatchedTermInput!) { addWatchedTerm(input: $input) { id term action } }`;
    await t.ok(ADD, { input: { groupId: c.groupId, term: 'miracle cure', action: 'BLOCK', reason: 'No miracle cures here, please.' } }, c.moderator.token);
    await t.ok(ADD, { input: { groupId: c.groupId, term: 'idiot*', action: 'CENSOR', reason: 'Be kind.' } }, c.moderator.token);
    await t.ok(ADD, { input: { groupId: c.groupId, term: 'discount code', action: 'FLAG', reason: 'Selling?' } }, c.moderator.token);
    await t.ok(ADD, { input: { term: 'die', action: 'BLOCK', reason: 'Organization-wide test term.' } }, admin.token);
    expect(codeOf(await t.gql(ADD, { input: { term: 'x', action: 'BLOCK', reason: 'r' } }, c.moderator.token))).toBe('FORBIDDEN');

    const blocked = await t.gql(CREATE_POST, { topicId: c.topicId, body: 'Found a M1R4CLE  cure!' }, c.author.token);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POST_BLOCKED' });
    expect(blocked.errors?.[0]?.message).toContain('No miracle cures here, please.');
    expect((await t.ok(CREATE_POST, { topicId: c.topicId, body: 'those idiots at the clinic' }, c.author.token)).createPost.body).toBe('those ****** at the clinic');
    const flagged = (await t.ok(CREATE_POST, { topicId: c.topicId, body: 'use my discount code' }, c.author.token)).createPost;
    expect(flagged.status).toBe('PUBLISHED');

    const crisis = (await t.ok(CREATE_POST, { topicId: c.topicId, body: 'I want to die tonight, I have the pills ready' }, c.author.token)).createPost;
    expect(crisis.status).toBe('PUBLISHED');
    const events = await t.dataSource.getRepository(OutboxEvent).findBy({ type: 'post.created' });
    expect(events.some((e) => (e.payload as { postId: string }).postId === crisis.id)).toBe(true);
    expect(await t.app.get(ScanService).scan(crisis.id, 1)).toBe('raised');

    const queue = (await t.ok(QUEUE, { filter: { groupId: c.groupId } }, c.moderator.token)).reviewQueue.edges.map((e: any) => e.node);
    expect(queue.map((n: any) => n.kind)).toEqual(['CRISIS_ALERT', 'REPORTED_POST']);
    expect(queue[0].alert.post.id).toBe(crisis.id);
    expect(queue[0].urgency).toBeGreaterThan(queue[1].urgency);
    expect(queue[1].reports).toEqual([{ reason: 'AUTOMATIC_RULE', ruleKey: null, text: 'Selling?' }]);

    // claiming through the queue claims the alert itself
    const claimed = await t.ok(CLAIM, { id: queue[0].id }, c.moderator.token);
    expect(claimed.claimReviewItem).toMatchObject({ status: 'CLAIMED', assignee: { handle: c.moderator.handle } });
    expect(codeOf(await t.gql(CLAIM, { id: queue[0].id }, admin.token))).toBe('CONFLICT');

    // paging walks the merged queue in the same order
    const one = await t.ok(`query($g: ID!) { reviewQueue(first: 1, filter: { groupId: $g }) { edges { node { kind } } pageInfo { hasNextPage endCursor } } }`, { g: c.groupId }, c.moderator.token);
    expect(one.reviewQueue.pageInfo.hasNextPage).toBe(true);
    const rest = await t.ok(`query($g: ID!, $a: String) { reviewQueue(first: 5, after: $a, filter: { groupId: $g }) { edges { node { kind } } pageInfo { hasNextPage } } }`,
      { g: c.groupId, a: one.reviewQueue.pageInfo.endCursor }, c.moderator.token);
    expect(rest.reviewQueue.edges.map((e: any) => e.node.kind)).toEqual(['REPORTED_POST']);
    expect(rest.reviewQueue.pageInfo.hasNextPage).toBe(false);
  });

  it('exports the member\'s reports and warnings, and deletion leaves none of their text', async () => {
    const c = await community();
    await t.ok(REPORT, { input: { postId: c.postId, reason: 'OTHER', text: 'A private worry about Sam' } }, c.reader.token);
    await t.ok(`mutation($g: ID!, $u: ID!) { warnMember(input: { groupId: $g, userId: $u, reason: "Please keep it kind", ruleKey: "respect" }) { id } }`,
      { g: c.groupId, u: c.reader.id }, c.moderator.token);
    expect((await t.ok(`{ myWarnings { reason ruleKey } }`, {}, c.reader.token)).myWarnings).toEqual([{ reason: 'Please keep it kind', ruleKey: 'respect' }]);
    const { exportMyData } = await t.ok(`{ exportMyData }`, {}, c.reader.token);
    expect(exportMyData.moderation.reportsMade).toEqual([expect.objectContaining({ reason: 'OTHER', text: 'A private worry about Sam' })]);
    expect(exportMyData.moderation.warningsReceived).toEqual([expect.objectContaining({ reason: 'Please keep it kind' })]);

    await t.ok(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: c.reader.password }, c.reader.token);
    expect(await t.dataSource.getRepository(Report).findBy({ reporterId: c.reader.id })).toEqual([]);
    const dump = JSON.stringify(await t.dataSource.query(`SELECT * FROM reports UNION ALL SELECT NULL, NULL, NULL, NULL, reason, rule_key, NULL, created_at FROM member_warnings`));
    expect(dump).not.toContain('A private worry about Sam');
    expect(dump).not.toContain('Please keep it kind');
  });

  const ADD_NOTE = `mutation($u: ID!, $b: String!) { addMemberNote(input: { userId: $u, body: $b }) { id userId body author { handle } } }`;
  const NOTES = `query($u: ID!, $a: String) { memberNotes(userId: $u, first: 1, after: $a) {
    edges { node { id body editedAt author { handle } } } pageInfo { hasNextPage endCursor } } }`;

  it('keeps notes about a member for moderators of their groups and admins only; every change is audited without the text', async () => {
    const c = await community();
    const first = (await t.ok(ADD_NOTE, { u: c.author.id, b: 'Struggling since the relapse; go gently.' }, c.moderator.token)).addMemberNote;
    expect(first).toMatchObject({ userId: c.author.id, author: { handle: c.moderator.handle } });
    const second = (await t.ok(ADD_NOTE, { u: c.author.id, b: 'Asked for fewer notifications.' }, admin.token)).addMemberNote;

    // newest first, a page at a time
    const page = (await t.ok(NOTES, { u: c.author.id }, c.moderator.token)).memberNotes;
    expect([page.edges.map((e: any) => e.node.id), page.pageInfo.hasNextPage]).toEqual([[second.id], true]);
    const rest = (await t.ok(NOTES, { u: c.author.id, a: page.pageInfo.endCursor }, c.moderator.token)).memberNotes;
    expect([rest.edges.map((e: any) => e.node.id), rest.pageInfo.hasNextPage]).toEqual([[first.id], false]);

    // fellow members, the member themselves and moderators of groups the member is not in get nothing
    const elsewhere = await t.group();
    const otherModerator = await t.user();
    await t.member(elsewhere, otherModerator, GroupRole.MODERATOR);
    for (const who of [c.reader, c.author, otherModerator]) {
      expect(codeOf(await t.gql(NOTES, { u: c.author.id }, who.token))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(ADD_NOTE, { u: c.author.id, b: 'x' }, who.token))).toBe('FORBIDDEN');
    }
    // ... until the member joins their group
    await t.member(elsewhere, c.author);
    expect((await t.ok(NOTES, { u: c.author.id }, otherModerator.token)).memberNotes.edges).toHaveLength(1);

    // its author or an admin changes a note; another moderator of the group reads it but may not change it
    const EDIT = `mutation($id: ID!, $b: String!) { editMemberNote(input: { id: $id, body: $b }) { body editedAt } }`;
    const DELETE = `mutation($id: ID!) { deleteMemberNote(id: $id) { id } }`;
    expect(codeOf(await t.gql(EDIT, { id: first.id, b: 'Changed' }, otherModerator.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE, { id: second.id }, c.moderator.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(DELETE, { id: first.id }, c.reader.token))).toBe('NOT_FOUND');
    const edited = (await t.ok(EDIT, { id: first.id, b: 'Struggling since the relapse.' }, c.moderator.token)).editMemberNote;
    expect(edited).toEqual({ body: 'Struggling since the relapse.', editedAt: expect.any(String) });
    await t.ok(DELETE, { id: first.id }, admin.token);
    expect((await t.ok(NOTES, { u: c.author.id }, c.moderator.token)).memberNotes.edges.map((e: any) => e.node.id)).toEqual([second.id]);

    const records = await audit(first.id);
    expect(records.map((r) => [r.action, r.actorId])).toEqual([
      ['member_note.added', c.moderator.id],
      ['member_note.edited', c.moderator.id],
      ['member_note.deleted', admin.id],
    ]);
    expect(records[1].before).toMatchObject({ userId: c.author.id, length: 40 });
    expect(records[1].after).toMatchObject({ userId: c.author.id, length: 29 });
    expect(JSON.stringify(records)).not.toContain('relapse');
  });

  it("gives a member the notes about them (not who wrote them) and erases them with the account", async () => {
    const c = await community();
    await t.ok(ADD_NOTE, { u: c.reader.id, b: 'Quietly worried about Wrenfield' }, c.moderator.token);
    await t.ok(ADD_NOTE, { u: c.author.id, b: 'Kind to newcomers' }, c.moderator.token);
    const { exportMyData } = await t.ok(`{ exportMyData }`, {}, c.reader.token);
    expect(exportMyData.moderation.moderatorNotesAboutYou).toEqual([
      { body: 'Quietly worried about Wrenfield', createdAt: expect.any(String), editedAt: null },
    ]);
    expect(JSON.stringify(exportMyData)).not.toContain(c.moderator.id);
    expect(JSON.stringify(exportMyData)).not.toContain('Kind to newcomers');

    await t.ok(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: c.reader.password }, c.reader.token);
    const everything = JSON.stringify(await t.dataSource.query(`SELECT (SELECT json_agg(n) FROM member_notes n) AS notes, (SELECT json_agg(a) FROM audit_log a) AS audit`));
    expect(everything).not.toContain('Wrenfield');
    // a moderator who leaves takes their name off their notes; the notes stay for the other moderators
    await t.ok(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: c.moderator.password }, c.moderator.token);
    expect((await t.ok(NOTES, { u: c.author.id }, admin.token)).memberNotes.edges).toEqual([
      { node: expect.objectContaining({ body: 'Kind to newcomers', author: null }) },
    ]);
  });

  it("screens an author's edit like a new post: blocked with the reason, censored, flagged, held again; crisis language is never blocked", async () => {
    const c = await community();
    const ADD = `mutation($input: AddWatchedTermInput!) { addWatchedTerm(input: $input) { id } }`;
    for (const [term, action, reason] of [['miracle cure', 'BLOCK', 'No miracle cures here, please.'], ['idiot*', 'CENSOR', 'Be kind.'],
      ['discount code', 'FLAG', 'Selling?'], ['dm me', 'HOLD', 'Private contact offers wait for a moderator.'], ['die', 'BLOCK', 'Test term.']]) {
      await t.ok(ADD, { input: { groupId: c.groupId, term, action, reason } }, c.moderator.token);
    }
    const EDIT = `mutation($id: ID!, $body: String!) { editPost(input: { postId: $id, body: $body }) { body status revision moderationReason } }`;
    const blocked = await t.gql(EDIT, { id: c.postId, body: 'Found a M1R4CLE  cure!' }, c.author.token);
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'POST_BLOCKED' });
    expect(blocked.errors?.[0]?.message).toContain('No miracle cures here, please.');
    expect(await t.dataSource.getRepository(Post).findOneByOrFail({ id: c.postId })).toMatchObject({ revision: 1, body: 'Week two of chemo, tired.' });

    expect((await t.ok(EDIT, { id: c.postId, body: 'those idiots at the clinic' }, c.author.token)).editPost)
      .toMatchObject({ body: 'those ****** at the clinic', status: 'PUBLISHED', revision: 2 });
    expect((await t.ok(EDIT, { id: c.postId, body: 'use my discount code' }, c.author.token)).editPost.status).toBe('PUBLISHED');
    const flagged = (await t.ok(QUEUE, { filter: { groupId: c.groupId } }, c.moderator.token)).reviewQueue.edges.map((e: any) => e.node);
    expect(flagged).toEqual([expect.objectContaining({ kind: 'REPORTED_POST', post: { id: c.postId, status: 'PUBLISHED' },
      reports: [{ reason: 'AUTOMATIC_RULE', ruleKey: null, text: 'Selling?' }] })]);

    const held = (await t.ok(EDIT, { id: c.postId, body: 'dm me for the details' }, c.author.token)).editPost;
    expect(held).toMatchObject({ status: 'PENDING', moderationReason: 'Private contact offers wait for a moderator.' });
    expect(codeOf(await t.gql(POST, { id: c.postId }, c.reader.token))).toBe('NOT_FOUND');
    const queue = (await t.ok(QUEUE, { filter: { groupId: c.groupId, kinds: ['HELD_POST'] } }, c.moderator.token)).reviewQueue.edges;
    expect(queue.map((e: any) => e.node.post)).toEqual([expect.objectContaining({ id: c.postId, status: 'PENDING' })]);

    // crisis language is published and scanned again, never blocked
    const { createPost } = await t.ok(CREATE_POST, { topicId: c.topicId, body: 'A better day today' }, c.author.token);
    const crisis = (await t.ok(EDIT, { id: createPost.id, body: 'I want to die tonight, I have the pills ready' }, c.author.token)).editPost;
    expect(crisis).toMatchObject({ status: 'PUBLISHED', revision: 2 });
    const events = await t.dataSource.getRepository(OutboxEvent).findBy({ type: 'post.edited' });
    expect(events.some((e) => (e.payload as { postId: string; revision: number }).postId === createPost.id)).toBe(true);
  });

  it('lifts a removal: the member is back in the group; a ban in force must be lifted first; all audited', async () => {
    const c = await community();
    const REMOVE = `mutation($g: ID!, $u: ID!) { removeMember(input: { groupId: $g, userId: $u, reason: "Off-topic selling" }) }`;
    const LIFT = `mutation($g: ID!, $u: ID!) { liftRemoval(groupId: $g, userId: $u) }`;
    const membership = () => t.dataSource.getRepository(Membership).findOneByOrFail({ groupId: c.groupId, userId: c.reader.id });
    const vars = { g: c.groupId, u: c.reader.id };
    expect((await t.gql(LIFT, vars, c.moderator.token)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_RESTRICTED' });
    await t.ok(REMOVE, vars, c.moderator.token);
    expect(codeOf(await t.gql(LIFT, vars, c.author.token))).toBe('FORBIDDEN');
    expect((await t.ok(LIFT, vars, c.moderator.token)).liftRemoval).toBe(true);
    expect(await membership()).toMatchObject({ status: 'ACTIVE', role: 'MEMBER', leftAt: null });
    expect((await t.ok(CREATE_POST, { topicId: c.topicId, body: 'Sorry, back to chemo talk' }, c.reader.token)).createPost.status).toBe('PUBLISHED');

    await t.ok(`mutation($g: ID!, $u: ID!) { banMember(input: { groupId: $g, userId: $u, reason: "Selling again" }) { id } }`, vars, c.moderator.token);
    expect((await t.gql(LIFT, vars, c.moderator.token)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MEMBER_BANNED' });
    expect((await membership()).status).toBe('REMOVED');
    await t.ok(`mutation($g: ID!, $u: ID!) { liftBan(groupId: $g, userId: $u) { id } }`, vars, c.moderator.token);
    await t.ok(LIFT, vars, c.moderator.token);
    expect((await membership()).status).toBe('ACTIVE');
    expect((await audit(c.reader.id)).map((r) => [r.action, r.actorId])).toEqual([
      ['member.removed', c.moderator.id],
      ['member.removal_lifted', c.moderator.id],
      ['member.banned', c.moderator.id],
      ['member.ban_lifted', c.moderator.id],
      ['member.removal_lifted', c.moderator.id],
    ]);
  });

  it("counts only published posts in a topic's postCount, for members and moderators alike", async () => {
    const c = await community();
    const COUNT = `query($id: ID!) { topic(id: $id) { postCount } }`;
    const counts = async () => Promise.all([c.reader, c.moderator].map(async (u) => (await t.ok(COUNT, { id: c.topicId }, u.token)).topic.postCount));
    const ids: string[] = [];
    for (const body of ['Same here', 'Hang in there']) ids.push((await t.ok(CREATE_POST, { topicId: c.topicId, body }, c.reader.token)).createPost.id);
    expect(await counts()).toEqual([3, 3]);
    await t.ok(HIDE, { input: { postId: ids[0], reason: 'Off topic' } }, c.moderator.token);
    await t.ok(`mutation($id: ID!) { deletePostAsModerator(input: { postId: $id, reason: "Spam" }) { id } }`, { id: ids[1] }, c.moderator.token);
    expect(await counts()).toEqual([1, 1]);
    await t.ok(RESTORE, { id: ids[0] }, c.moderator.token);
    expect(await counts()).toEqual([2, 2]);

    await t.ok(`mutation($g: ID!) { setPostApproval(groupId: $g, firstPosts: 1) { id } }`, { g: c.groupId }, c.moderator.token);
    const newcomer = await t.user();
    await t.member({ id: c.groupId }, newcomer);
    await accept(c.groupId, newcomer);
    const held = (await t.ok(CREATE_POST, { topicId: c.topicId, body: 'Hello, new here' }, newcomer.token)).createPost;
    expect(held.status).toBe('PENDING');
    expect(await counts()).toEqual([2, 2]);
    await t.ok(`mutation($id: ID!) { approvePost(postId: $id) { id } }`, { id: held.id }, c.moderator.token);
    expect(await counts()).toEqual([3, 3]);
  });

  it("shows each queue item's group, loaded once for the whole page however many items there are", async () => {
    const [a, b] = [await community(), await community()];
    await t.member({ id: b.groupId }, a.moderator, GroupRole.MODERATOR);
    const GROUPS = `{ reviewQueue(first: 20) { edges { node { id groupId group { id name } } } } }`;
    await t.ok(REPORT, { input: { postId: a.postId, reason: 'SPAM' } }, a.reader.token);
    let edges: any[] = [];
    const one = await t.countQueries(async () => (edges = (await t.ok(GROUPS, {}, a.moderator.token)).reviewQueue.edges));
    expect(edges.map((e) => e.node.group.id)).toEqual([a.groupId]);

    await t.ok(REPORT, { input: { postId: b.postId, reason: 'HARASSMENT' } }, b.reader.token);
    await t.ok(`mutation($g: ID!, $u: ID!) { reportMember(input: { groupId: $g, userId: $u, reason: SPAM }) { received } }`,
      { g: a.groupId, u: a.author.id }, a.reader.token);
    const three = await t.countQueries(async () => (edges = (await t.ok(GROUPS, {}, a.moderator.token)).reviewQueue.edges));
    expect(edges).toHaveLength(3);
    for (const { node } of edges) expect(node.group.id).toBe(node.groupId);
    expect(new Set(edges.map((e) => e.node.group.id))).toEqual(new Set([a.groupId, b.groupId]));
    expect(three).toBe(one);
  });

  it('expires reports nobody touched for the period: they leave the queue as EXPIRED, audited; a new report opens a new item', async () => {
    const c = await community();
    await t.ok(REPORT, { input: { postId: c.postId, reason: 'SPAM' } }, c.reader.token);
    await t.ok(`mutation($g: ID!) { setPostApproval(groupId: $g, firstPosts: 1) { id } }`, { g: c.groupId }, c.moderator.token);
    const newcomer = await t.user();
    await t.member({ id: c.groupId }, newcomer);
    await accept(c.groupId, newcomer);
    await t.ok(CREATE_POST, { topicId: c.topicId, body: 'Hi, new here' }, newcomer.token);
    const before = (await t.ok(QUEUE, { filter: { groupId: c.groupId } }, c.moderator.token)).reviewQueue.edges.map((e: any) => e.node);
    const report = before.find((n: any) => n.kind === 'REPORTED_POST');
    // both untouched for 31 days; held posts never expire (their author waits on a decision)
    await t.dataSource.query(`UPDATE review_items SET updated_at = now() - interval '31 days' WHERE group_id = $1`, [c.groupId]);
    expect(await t.app.get(ReportExpiryService).expireStale()).toBe(1);
    expect(await t.app.get(ReportExpiryService).expireStale()).toBe(0);

    const open = (await t.ok(QUEUE, { filter: { groupId: c.groupId } }, c.moderator.token)).reviewQueue.edges.map((e: any) => e.node.kind);
    expect(open).toEqual(['HELD_POST']);
    const expired = (await t.ok(QUEUE, { filter: { groupId: c.groupId, status: ['EXPIRED'] } }, c.moderator.token)).reviewQueue.edges;
    expect(expired.map((e: any) => [e.node.id, e.node.status])).toEqual([[report.id, 'EXPIRED']]);
    expect((await audit(report.id)).map((r) => [r.action, r.actorId])).toEqual([['review_item.expired', null]]);
    expect(codeOf(await t.gql(CLAIM, { id: report.id }, c.moderator.token))).toBe('CONFLICT');

    const third = await t.user();
    await t.member({ id: c.groupId }, third);
    await t.ok(REPORT, { input: { postId: c.postId, reason: 'HARASSMENT' } }, third.token);
    const fresh = (await t.ok(QUEUE, { filter: { groupId: c.groupId, kinds: ['REPORTED_POST'] } }, c.moderator.token)).reviewQueue.edges;
    expect(fresh.map((e: any) => e.node)).toEqual([expect.objectContaining({ status: 'OPEN', reportCount: 1 })]);
    expect(fresh[0].node.id).not.toBe(report.id);
  });
});
