import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { databaseKinds } from '@alongside/testing';
import { PlatformRole } from '@alongside/platform';
import { insertGroup, insertMembership } from './factories.js';
import { codeOf, TestApp, type TestUser } from './test-app.js';

const ACCEPT = `mutation($groupId: ID!) { acceptGroundRules(groupId: $groupId, version: 1) { version } }`;
const CREATE_TOPIC = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { topic { id } post { id } } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { revision } }`;
const DELETE = `mutation($password: String!) { deleteMyAccount(password: $password) }`;

/** Every row of every table of the public schema, as text, to look for what must be gone. */
async function everything(t: TestApp): Promise<string> {
  const tables: { tablename: string }[] = await t.dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
  );
  const dumps = await Promise.all(
    tables.map(async ({ tablename }) => {
      const rows: { row: string }[] = await t.dataSource.query(`SELECT row_to_json(x)::text AS row FROM "${tablename}" x`);
      return rows.map((r) => r.row).join('\n');
    }),
  );
  return dumps.join('\n').toLowerCase();
}

describe.each(databaseKinds())("members' rights over their data (%s)", (kind) => {
  describe.each(['anonymize', 'remove'])('with DELETED_ACCOUNT_POSTS=%s', (policy) => {
    let t: TestApp;
    let member: TestUser;
    let groupId: string;
    let postId: string;
    const displayName = `Rosalind Quincey ${policy}`;

    beforeAll(async () => {
      t = await TestApp.start(kind, { DELETED_ACCOUNT_POSTS: policy });
      member = await t.user();
      await t.ok(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`, { input: { displayName } }, member.token);
      groupId = (await insertGroup(t, { name: 'Caregivers of people with Parkinsons' })).id;
      await insertMembership(t, groupId, member.id);
      await t.ok(ACCEPT, { groupId }, member.token);
      const { createTopic } = await t.ok(
        CREATE_TOPIC,
        { input: { groupId, title: 'My mother and the tremor', body: 'Zebrafinch story one' } },
        member.token,
      );
      postId = createTopic.post.id;
      await t.ok(EDIT_POST, { input: { postId, body: 'Zebrafinch story two' } }, member.token);
      // someone else replies in the same topic: their words must survive either policy
      const other = await t.user();
      await insertMembership(t, groupId, other.id);
      await t.ok(ACCEPT, { groupId }, other.token);
      await t.ok(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { topicId: createTopic.topic.id, body: 'Kestrel reply' } }, other.token);
    });
    afterAll(() => t.close());

    it('exports everything held about the member as JSON', async () => {
      const { exportMyData } = await t.ok(`{ exportMyData }`, {}, member.token);
      expect(exportMyData.profile).toMatchObject({ id: member.id, email: member.email, handle: member.handle, displayName });
      expect(exportMyData.memberships).toEqual([
        expect.objectContaining({ group: expect.objectContaining({ id: groupId }), status: 'ACTIVE', role: 'MEMBER' }),
      ]);
      expect(exportMyData.groundRulesAcceptances).toEqual([expect.objectContaining({ groupId, version: 1 })]);
      expect(exportMyData.posts.posts).toEqual([
        expect.objectContaining({
          id: postId,
          revisions: [
            expect.objectContaining({ revision: 1, body: 'Zebrafinch story one' }),
            expect.objectContaining({ revision: 2, body: 'Zebrafinch story two' }),
          ],
        }),
      ]);
      expect(JSON.stringify(exportMyData)).not.toContain('Kestrel');
      expect(JSON.stringify(exportMyData)).not.toMatch(/password/i);
    });

    it('deletes the account only with the password, and leaves no e-mail or name behind', async () => {
      const [{ id: alertId }] = await t.dataSource.query(
        `INSERT INTO crisis_alerts (post_id, group_id, author_id, level, level_rank, categories, matches, text,
                                    post_revision, scanned_revision, status, due_at)
         VALUES ($1, $2, $3, 'medium', 2, '["suicide"]', '[]', 'Zebrafinch story two', 2, 2, 'OPEN', now())
         RETURNING id`,
        [postId, groupId, member.id],
      );
      expect(codeOf(await t.gql(DELETE, { password: 'wrong-password' }, member.token))).toBe('BAD_USER_INPUT');
      expect((await t.ok(DELETE, { password: member.password }, member.token)).deleteMyAccount).toBe(true);

      expect(codeOf(await t.gql(`{ me { id } }`, {}, member.token))).toBe('UNAUTHENTICATED');
      // an alert about their post is a safeguarding record: it keeps ids, level and status, never text or author,
      // and under `remove` it outlives the post
      const alerts = await t.dataSource.query(`SELECT author_id, text, post_id FROM crisis_alerts WHERE id = $1`, [alertId]);
      expect(alerts).toEqual([{ author_id: null, text: '', post_id: policy === 'remove' ? null : postId }]);
      const { crisisAlert } = await t.ok<{ crisisAlert: unknown }>(
        `query($id: ID!) { crisisAlert(id: $id) { level status authorHandle post { id } } }`, { id: alertId },
        (await t.user(PlatformRole.ADMIN)).token);
      expect(crisisAlert).toEqual({ level: 'MEDIUM', status: 'OPEN', authorHandle: null, post: policy === 'remove' ? null : { id: postId } });
      const dump = await everything(t);
      for (const personal of [member.email, member.handle, displayName]) expect(dump).not.toContain(personal.toLowerCase());
      expect(dump).toContain('kestrel reply');
      if (policy === 'remove') {
        expect(dump).not.toContain('zebrafinch');
      } else {
        expect(dump).toContain('zebrafinch story two');
        const { post } = await t.ok(`query($id: ID!) { post(id: $id) { body author { handle } } }`, { id: postId },
          (await t.user()).token);
        expect(post).toEqual({ body: 'Zebrafinch story two', author: null });
      }
    });
  });
});
