import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OutboxEvent, PlatformRole } from '@alongside/platform';
import { GroupRole, GroupVisibility, MembershipStatus } from '@alongside/groups';
import { databaseKinds } from '@alongside/testing';
import { insertGroup, insertMembership } from './factories.js';
import { codeOf, TestApp, type TestUser } from './test-app.js';

const GROUND_RULES = `query($groupId: ID!) { groundRulesHistory(groupId: $groupId) { id version title rules { key title } } }`;
const ACCEPT = `mutation($groupId: ID!, $version: Int!) { acceptGroundRules(groupId: $groupId, version: $version) { version acceptedAt } }`;
const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { topic { id title postCount author { handle } } post { id body revision } } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id body revision author { id handle } } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { id body revision editedAt revisions { revision body } } }`;
const PUBLISH = `mutation($groupId: ID!, $input: GroundRulesInput!) { publishGroupGroundRules(groupId: $groupId, input: $input) { version } }`;

describe.each(databaseKinds())('ground rules and discussions (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(kind);
  });
  afterAll(() => t.close());

  async function memberOfNewGroup(visibility = GroupVisibility.PUBLIC): Promise<{ groupId: string; member: TestUser }> {
    const group = await insertGroup(t, { visibility });
    const member = await t.user();
    await insertMembership(t, group.id, member.id);
    return { groupId: group.id, member };
  }

  async function outbox(): Promise<OutboxEvent[]> {
    return t.dataSource.getRepository(OutboxEvent).find({ order: { id: 'ASC' } });
  }

  it('ships default rules on respect, confidentiality, empathy, no judgment, privacy, no medical advice, emergencies', async () => {
    const { defaultGroundRules } = await t.ok(`{ defaultGroundRules { version rules { key body } } }`);
    expect(defaultGroundRules.version).toBe(1);
    const keys = defaultGroundRules.rules.map((r: { key: string }) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['respect', 'confidentiality', 'empathy', 'no-judgment', 'privacy-outside', 'not-medical-advice', 'emergencies']),
    );
    expect(JSON.stringify(defaultGroundRules)).toMatch(/emergency number/);
    expect(JSON.stringify(defaultGroundRules)).toMatch(/read by software/);
  });

  it('refuses a post until the current rules are accepted, telling which version', async () => {
    const { groupId, member } = await memberOfNewGroup();
    const before = (await outbox()).length;
    const refused = await t.gql(CREATE_TOPIC, { input: { groupId, title: 'Hello', body: 'First post' } }, member.token);
    expect(codeOf(refused)).toBe('GROUND_RULES_NOT_ACCEPTED');
    expect(refused.errors![0].extensions).toMatchObject({ groupId, version: 1 });
    expect((await outbox()).length).toBe(before);

    const { acceptGroundRules } = await t.ok(ACCEPT, { groupId, version: 1 }, member.token);
    expect(acceptGroundRules.version).toBe(1);
    const { createTopic } = await t.ok(CREATE_TOPIC, { input: { groupId, title: ' Hello ', body: 'First post' } }, member.token);
    expect(createTopic.topic).toMatchObject({ title: 'Hello', postCount: 1, author: { handle: member.handle } });
    expect(createTopic.post).toMatchObject({ body: 'First post', revision: 1 });
  });

  it('asks for acceptance again after a new version, and keeps old versions readable', async () => {
    const { groupId, member } = await memberOfNewGroup();
    const moderator = await t.user();
    await insertMembership(t, groupId, moderator.id, GroupRole.MODERATOR);
    await t.ok(ACCEPT, { groupId, version: 1 }, member.token);
    const { createTopic } = await t.ok(CREATE_TOPIC, { input: { groupId, title: 'T', body: 'one' } }, member.token);

    const rules = { title: 'Our group', preamble: 'Be kind.', rules: [{ key: 'kindness', title: 'Kindness', body: 'Be kind.' }] };
    expect(codeOf(await t.gql(PUBLISH, { groupId, input: rules }, member.token))).toBe('FORBIDDEN');
    const { publishGroupGroundRules } = await t.ok(PUBLISH, { groupId, input: rules }, moderator.token);
    expect(publishGroupGroundRules.version).toBe(2); // continues the default's numbering

    const again = await t.gql(CREATE_POST, { input: { topicId: createTopic.topic.id, body: 'two' } }, member.token);
    expect(codeOf(again)).toBe('GROUND_RULES_NOT_ACCEPTED');
    expect(again.errors![0].extensions!.version).toBe(2);
    const stale = await t.gql(ACCEPT, { groupId, version: 1 }, member.token);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.currentVersion).toBe(2);
    await t.ok(ACCEPT, { groupId, version: 2 }, member.token);
    await t.ok(CREATE_POST, { input: { topicId: createTopic.topic.id, body: 'two' } }, member.token);

    const { groundRulesHistory } = await t.ok(GROUND_RULES, { groupId }, member.token);
    expect(groundRulesHistory.map((v: { version: number }) => v.version)).toEqual([2]);
    const acceptances = await t.dataSource.query(
      `SELECT version FROM rules_acceptances WHERE user_id = $1 AND group_id = $2 ORDER BY version`,
      [member.id, groupId],
    );
    expect(acceptances.map((a: { version: number }) => a.version)).toEqual([1, 2]);
  });

  it('writes each post and its outbox event in one transaction, and an edit as a new revision', async () => {
    const { groupId, member } = await memberOfNewGroup();
    await t.ok(ACCEPT, { groupId, version: 1 }, member.token);
    const { createTopic } = await t.ok(CREATE_TOPIC, { input: { groupId, title: 'T', body: 'first' } }, member.token);
    const postId = createTopic.post.id;
    const created = (await outbox()).filter((e) => e.payload.postId === postId);
    expect(created).toMatchObject([{ type: 'post.created', payload: { postId, revision: 1 }, dedupKey: `post:${postId}:1`, dispatchedAt: null }]);

    const { editPost } = await t.ok(EDIT_POST, { input: { postId, body: 'first, edited' } }, member.token);
    expect(editPost).toMatchObject({ body: 'first, edited', revision: 2 });
    expect(editPost.revisions).toEqual([{ revision: 1, body: 'first' }, { revision: 2, body: 'first, edited' }]);
    const events = (await outbox()).filter((e) => e.payload.postId === postId);
    expect(events.map((e) => e.type)).toEqual(['post.created', 'post.edited']);

    const other = await t.user();
    await insertMembership(t, groupId, other.id);
    await t.ok(ACCEPT, { groupId, version: 1 }, other.token);
    expect(codeOf(await t.gql(EDIT_POST, { input: { postId, body: 'hijack' } }, other.token))).toBe('FORBIDDEN');
  });

  it('leaves no post, revision or event behind when the outbox write fails', async () => {
    const { groupId, member } = await memberOfNewGroup();
    await t.ok(ACCEPT, { groupId, version: 1 }, member.token);
    const count = async (): Promise<Record<string, string>> => {
      const [row] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM posts) AS p, (SELECT count(*) FROM post_revisions) AS r,
                (SELECT count(*) FROM outbox_events) AS o, (SELECT count(*) FROM topics) AS t`,
      );
      return row as Record<string, string>;
    };
    const before = await count();
    // A constraint that makes the outbox insert fail inside the same transaction as the post.
    await t.dataSource.query(`ALTER TABLE outbox_events ADD CONSTRAINT test_reject CHECK (type <> 'post.created') NOT VALID`);
    try {
      const failed = await t.gql(CREATE_TOPIC, { input: { groupId, title: 'T', body: 'lost?' } }, member.token);
      expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(failed)).not.toMatch(/test_reject|outbox/);
    } finally {
      await t.dataSource.query(`ALTER TABLE outbox_events DROP CONSTRAINT test_reject`);
    }
    expect(await count()).toEqual(before);
  });

  it('keeps private and hidden groups\' posts for members; non-members of hidden groups learn nothing', async () => {
    for (const visibility of [GroupVisibility.PRIVATE, GroupVisibility.HIDDEN]) {
      const { groupId, member } = await memberOfNewGroup(visibility);
      await t.ok(ACCEPT, { groupId, version: 1 }, member.token);
      const { createTopic } = await t.ok(CREATE_TOPIC, { input: { groupId, title: 'T', body: 'private words' } }, member.token);
      const stranger = await t.user();
      const TOPICS = `query($groupId: ID!) { topics(groupId: $groupId) { edges { node { id } } } }`;
      const POST = `query($id: ID!) { post(id: $id) { body } }`;
      const expected = visibility === GroupVisibility.HIDDEN ? 'NOT_FOUND' : 'FORBIDDEN';
      expect(codeOf(await t.gql(TOPICS, { groupId }, stranger.token))).toBe(expected);
      expect(codeOf(await t.gql(POST, { id: createTopic.post.id }, stranger.token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(POST, { id: createTopic.post.id }))).toBe('NOT_FOUND');
      expect((await t.ok(POST, { id: createTopic.post.id }, member.token)).post.body).toBe('private words');
    }
  });

  it('lets only active members post, and pages topics and posts with cursors', async () => {
    const { groupId, member } = await memberOfNewGroup();
    const pending = await t.user();
    await insertMembership(t, groupId, pending.id, GroupRole.MEMBER, MembershipStatus.PENDING);
    await t.ok(ACCEPT, { groupId, version: 1 }, pending.token);
    expect(codeOf(await t.gql(CREATE_TOPIC, { input: { groupId, title: 'T', body: 'x' } }, pending.token))).toBe('FORBIDDEN');
    const admin = await t.user(PlatformRole.ADMIN);
    expect(codeOf(await t.gql(CREATE_TOPIC, { input: { groupId, title: 'T', body: 'x' } }, admin.token))).toBe('FORBIDDEN');

    await t.ok(ACCEPT, { groupId, version: 1 }, member.token);
    const { createTopic } = await t.ok(CREATE_TOPIC, { input: { groupId, title: 'Paging', body: 'p0' } }, member.token);
    for (let i = 1; i < 5; i++) await t.ok(CREATE_POST, { input: { topicId: createTopic.topic.id, body: `p${i}` } }, member.token);
    const POSTS = `query($id: ID!, $after: String) { topic(id: $id) { postCount posts(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }`;
    const bodies: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { topic }: { topic: any } = await t.ok(POSTS, { id: createTopic.topic.id, after }, member.token);
      bodies.push(...topic.posts.edges.map((e: { node: { body: string } }) => e.node.body));
      if (!topic.posts.pageInfo.hasNextPage) break;
      after = topic.posts.pageInfo.endCursor;
    }
    expect(bodies).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(codeOf(await t.gql(POSTS, { id: createTopic.topic.id, after: 'garbage' }, member.token))).toBe('BAD_USER_INPUT');
  });

  it('refuses a 1 MB post and a 10,000-rule rule set with BAD_USER_INPUT', async () => {
    const { groupId, member } = await memberOfNewGroup();
    await t.ok(ACCEPT, { groupId, version: 1 }, member.token);
    const huge = await t.gql(CREATE_TOPIC, { input: { groupId, title: 'T', body: 'x'.repeat(1_000_000) } }, member.token);
    expect(codeOf(huge)).toBe('BAD_USER_INPUT');
    expect(huge.errors![0].extensions!.fields).toHaveProperty('body');
    const admin = await t.user(PlatformRole.ADMIN);
    const rules = Array.from({ length: 10_000 }, (_, i) => ({ key: `r${i}`, title: 't', body: 'b' }));
    const many = await t.gql(`mutation($input: GroundRulesInput!) { publishDefaultGroundRules(input: $input) { version } }`,
      { input: { title: 't', preamble: '', rules } }, admin.token);
    expect(codeOf(many)).toBe('BAD_USER_INPUT');
  });
});
