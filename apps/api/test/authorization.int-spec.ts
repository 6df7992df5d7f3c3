import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Admission, type Group, GroupRole, GroupVisibility, MembershipStatus } from '@alongside/groups';
import { ALL_SCOPES, ApiScope, PlatformRole } from '@alongside/platform';
import { databaseKinds } from '@alongside/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLResponse, TestApp, type TestUser } from './test-app.js';

const ACTORS = [
  'anonymous',
  'member',
  'memberOfOther',
  'facilitator',
  'groupModerator',
  'moderatorOfOther',
  'admin',
  'keyWithScope',
  'keyWithoutScope',
] as const;
type ActorName = (typeof ACTORS)[number];

/**
 * ok, or the error: U(NAUTHENTICATED), F(ORBIDDEN), S (FORBIDDEN: missing API-key scope), N(OT_FOUND), C(ONFLICT),
 * A (FORBIDDEN: not the author), K (FORBIDDEN: API keys may not do this), B(AD_USER_INPUT),
 * X (CONFLICT: the Discourse connector is not configured).
 */
const OUTCOMES: Record<string, { code?: string; reason?: string }> = {
  o: {},
  U: { code: 'UNAUTHENTICATED' },
  F: { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' },
  S: { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' },
  N: { code: 'NOT_FOUND' },
  C: { code: 'CONFLICT' },
  A: { code: 'FORBIDDEN', reason: 'NOT_AUTHOR' },
  K: { code: 'FORBIDDEN', reason: 'SCOPE_NOT_HELD' },
  B: { code: 'BAD_USER_INPUT' },
  X: { code: 'CONFLICT', reason: 'NOT_CONFIGURED' },
};

interface World {
  readonly group: Group;
  readonly pending: TestUser;
  readonly member: TestUser;
  /** A topic opened by the member, and its first post. */
  readonly topicId: string;
  readonly postId: string;
  /** The version of the group's current ground rules. */
  readonly rulesVersion: number;
  /** Makes an invite as the group's moderator. */
  invite(): Promise<string>;
  /** Makes an API key to revoke. */
  apiKeyId(): Promise<string>;
  /** The password of the person whose token this is (a placeholder for others). */
  passwordOf(auth: string | undefined): string;
  /** A review item: the facilitator reports the member's post. */
  reviewItem(): Promise<string>;
  /** A watched term of the group, added by its moderator. */
  watchedTerm(): Promise<string>;
  /** A note about the member, written by the group's moderator. */
  memberNote(): Promise<string>;
}

interface Operation {
  readonly scope: ApiScope;
  /** One outcome per actor, in the order of {@link ACTORS}, for a private group that admits by request. */
  readonly expected: string;
  run(t: TestApp, world: World, auth: string | undefined): Promise<GraphQLResponse>;
}

const group = (id: string) => ({ id });

/** An open high alert on the world's post, straight in the database (the scan pipeline does not run here). */
async function alertOn(t: TestApp, w: World): Promise<{ id: string }> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO crisis_alerts (post_id, group_id, author_id, level, level_rank, categories, matches, text, post_revision,
       scanned_revision, status, due_at)
     VALUES ($1, $2, $3, 'high', 3, '["suicide"]', '[]', 'First words', 1, 1, 'OPEN', now() + interval '5 minutes')
     ON CONFLICT DO NOTHING RETURNING id`,
    [w.postId, w.group.id, w.member.id],
  );
  return row ?? (await t.dataSource.query<{ id: string }[]>(`SELECT id FROM crisis_alerts WHERE post_id = $1`, [w.postId]))[0];
}

const alertOperation = (field: string, expected: string, args = ''): Operation => ({
  scope: ApiScope.MODERATE,
  expected,
  run: async (t, w, auth) => t.gql(`mutation($id: ID!) { ${field}(id: $id${args}) { id } }`, await alertOn(t, w), auth),
});

const OPERATIONS: Record<string, Operation> = {
  crisisAlerts: {
    scope: ApiScope.MODERATE,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ crisisAlerts(first: 5) { edges { node { id } } } }`, {}, auth),
  },
  crisisAlert: {
    scope: ApiScope.MODERATE,
    expected: 'U N N o o N o o S',
    run: async (t, w, auth) => t.gql(`query($id: ID!) { crisisAlert(id: $id) { id text } }`, await alertOn(t, w), auth),
  },
  claimCrisisAlert: alertOperation('claimCrisisAlert', 'U N N o o N o o S'),
  releaseCrisisAlert: alertOperation('releaseCrisisAlert', 'U N N C C N C C S'),
  acknowledgeCrisisAlert: alertOperation('acknowledgeCrisisAlert', 'U N N o o N o o S'),
  escalateCrisisAlert: alertOperation('escalateCrisisAlert', 'U N N o o N o o S'),
  resolveCrisisAlert: alertOperation('resolveCrisisAlert', 'U N N C C N C C S', ', outcome: FALSE_POSITIVE, note: "lyrics"'),
  reopenCrisisAlert: alertOperation('reopenCrisisAlert', 'U N N C C N C C S'),
  crisisRuleStats: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) => t.gql(`{ crisisRuleStats { rule } }`, {}, auth),
  },
  failedJobs: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) => t.gql(`{ failedJobs(queue: SCAN) { id } }`, {}, auth),
  },
  retryFailedJob: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F N N S',
    run: (t, _w, auth) => t.gql(`mutation { retryFailedJob(queue: SCAN, id: "post-none-1") }`, {}, auth),
  },
  groups: {
    scope: ApiScope.READ,
    expected: 'o o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ groups(first: 1) { totalCount } }`, {}, auth),
  },
  group: {
    scope: ApiScope.READ,
    expected: 'o o o o o o o o S',
    run: (t, w, auth) => t.gql(`query($id: ID!) { group(id: $id) { name memberCount } }`, group(w.group.id), auth),
  },
  'group.members': {
    scope: ApiScope.READ,
    expected: 'U o F o o F o o S',
    run: (t, w, auth) => t.gql(`query($id: ID!) { group(id: $id) { members { edges { node { handle } } } } }`, group(w.group.id), auth),
  },
  createGroup: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) =>
      t.gql(
        `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
        { input: { name: 'Table group', kind: 'DEMOGRAPHIC', facilitation: 'PEER_LED', meetingMode: 'ONLINE', visibility: 'PUBLIC', admission: 'OPEN' } },
        auth,
      ),
  },
  updateGroup: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F o F o o S',
    run: (t, w, auth) =>
      t.gql(`mutation($id: ID!) { updateGroup(id: $id, input: { description: "changed" }) { id } }`, group(w.group.id), auth),
  },
  joinGroup: {
    scope: ApiScope.WRITE,
    expected: 'U C o C C o o o S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { joinGroup(groupId: $id) { status } }`, group(w.group.id), auth),
  },
  approveMembershipRequest: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) =>
      t.gql(
        `mutation($g: ID!, $u: ID!) { approveMembershipRequest(groupId: $g, userId: $u) { status } }`,
        { g: w.group.id, u: w.pending.id },
        auth,
      ),
  },
  declineMembershipRequest: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) =>
      t.gql(
        `mutation($g: ID!, $u: ID!) { declineMembershipRequest(groupId: $g, userId: $u, reason: "not now") { status } }`,
        { g: w.group.id, u: w.pending.id },
        auth,
      ),
  },
  createGroupInvite: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { createGroupInvite(groupId: $id) { token } }`, group(w.group.id), auth),
  },
  revokeGroupInvite: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: async (t, w, auth) => t.gql(`mutation($id: ID!) { revokeGroupInvite(id: $id) { revokedAt } }`, { id: await w.invite() }, auth),
  },
  setMemberRole: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F o F o o S',
    run: (t, w, auth) =>
      t.gql(
        `mutation($g: ID!, $u: ID!) { setMemberRole(groupId: $g, userId: $u, role: FACILITATOR) { role } }`,
        { g: w.group.id, u: w.member.id },
        auth,
      ),
  },
  leaveGroup: {
    scope: ApiScope.WRITE,
    expected: 'U o F o o F F F S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { leaveGroup(groupId: $id) { status } }`, group(w.group.id), auth),
  },
  takeBreak: {
    scope: ApiScope.WRITE,
    expected: 'U o F o o F F F S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { takeBreak(groupId: $id) { onBreak } }`, group(w.group.id), auth),
  },
  setListeningMode: {
    scope: ApiScope.WRITE,
    expected: 'U o F o o F F F S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { setListeningMode(groupId: $id, listening: true) { listening } }`, group(w.group.id), auth),
  },
};

const RULES = { title: 'Rules', preamble: '', rules: [{ key: 'kind', title: 'Be kind', body: 'Be kind.' }] };

/** Everything else an integrator can call, outside groups and membership. */
Object.assign(OPERATIONS, {
  topics: {
    scope: ApiScope.READ,
    expected: 'U o F o o F o o S',
    run: (t, w, auth) => t.gql(`query($id: ID!) { topics(groupId: $id) { edges { node { id } } } }`, group(w.group.id), auth),
  },
  post: {
    scope: ApiScope.READ,
    expected: 'N o N o o N o o S',
    run: (t, w, auth) => t.gql(`query($id: ID!) { post(id: $id) { body author { handle } } }`, { id: w.postId }, auth),
  },
  createTopic: {
    scope: ApiScope.WRITE,
    expected: 'U o F o o F F F S',
    run: (t, w, auth) =>
      t.gql(`mutation($id: ID!) { createTopic(input: { groupId: $id, title: "t", body: "b" }) { topic { id } } }`, group(w.group.id), auth),
  },
  createPost: {
    scope: ApiScope.WRITE,
    expected: 'U o N o o N F F S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { createPost(input: { topicId: $id, body: "b" }) { id } }`, { id: w.topicId }, auth),
  },
  editPost: {
    scope: ApiScope.WRITE,
    expected: 'U o N A A N F F S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { editPost(input: { postId: $id, body: "edited" }) { revision } }`, { id: w.postId }, auth),
  },
  topic: {
    scope: ApiScope.READ,
    expected: 'N o N o o N o o S',
    run: (t, w, auth) => t.gql(`query($id: ID!) { topic(id: $id) { title } }`, { id: w.topicId }, auth),
  },
  myMemberships: {
    scope: ApiScope.READ,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ myMemberships { status } }`, {}, auth),
  },
  endBreak: {
    scope: ApiScope.WRITE,
    expected: 'U o F o o F F F S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { endBreak(groupId: $id) { onBreak } }`, group(w.group.id), auth),
  },
  setShowDisplayName: {
    scope: ApiScope.WRITE,
    expected: 'U o F o o F F F S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { setShowDisplayName(groupId: $id, show: true) { groupId } }`, group(w.group.id), auth),
  },
  defaultGroundRules: {
    scope: ApiScope.READ,
    expected: 'o o o o o o o o o',
    run: (t, _w, auth) => t.gql(`{ defaultGroundRules { version } }`, {}, auth),
  },
  deleteMyAccount: {
    scope: ApiScope.WRITE,
    // with a wrong password, so the table deletes nobody: reaching the password check is what is tested
    expected: 'U B B B B B B K S',
    run: (t, _w, auth) => t.gql(`mutation { deleteMyAccount(password: "not-the-password") }`, {}, auth),
  },
  groundRulesHistory: {
    scope: ApiScope.READ,
    expected: 'o o o o o o o o S',
    run: (t, w, auth) => t.gql(`query($id: ID!) { groundRulesHistory(groupId: $id) { version } }`, group(w.group.id), auth),
  },
  acceptGroundRules: {
    scope: ApiScope.WRITE,
    expected: 'U o F o o F F F S',
    run: (t, w, auth) =>
      t.gql(`mutation($id: ID!, $v: Int!) { acceptGroundRules(groupId: $id, version: $v) { version } }`,
        { ...group(w.group.id), v: w.rulesVersion }, auth),
  },
  publishGroupGroundRules: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F o F o o S',
    run: (t, w, auth) =>
      t.gql(`mutation($id: ID!, $input: GroundRulesInput!) { publishGroupGroundRules(groupId: $id, input: $input) { version } }`,
        { ...group(w.group.id), input: RULES }, auth),
  },
  publishDefaultGroundRules: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) =>
      t.gql(`mutation($input: GroundRulesInput!) { publishDefaultGroundRules(input: $input) { version } }`, { input: RULES }, auth),
  },
  me: {
    scope: ApiScope.READ,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ me { id handle } }`, {}, auth),
  },
  updateProfile: {
    scope: ApiScope.WRITE,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`mutation { updateProfile(input: { locale: "en" }) { locale } }`, {}, auth),
  },
  changePassword: {
    scope: ApiScope.WRITE,
    expected: 'U o o o o o o K S',
    run: (t, w, auth) =>
      t.gql(`mutation($p: String!) { changePassword(input: { currentPassword: $p, newPassword: $p }) { accessToken } }`,
        { p: w.passwordOf(auth) }, auth),
  },
  exportMyData: {
    scope: ApiScope.READ,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ exportMyData }`, {}, auth),
  },
  supportMessages: {
    scope: ApiScope.READ,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ supportMessages { id body } }`, {}, auth),
  },
  apiKeys: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) => t.gql(`{ apiKeys { id } }`, {}, auth),
  },
  createApiKey: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) => t.gql(`mutation { createApiKey(input: { name: "k", scopes: [READ] }) { secret } }`, {}, auth),
  },
  revokeApiKey: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: async (t, w, auth) => t.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: await w.apiKeyId() }, auth),
  },
  setPlatformRole: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, w, auth) =>
      t.gql(`mutation($u: ID!) { setPlatformRole(input: { userId: $u, role: MEMBER }) { id } }`, { u: w.member.id }, auth),
  },
} satisfies Record<string, Operation>);

/** Moderation: reports, the review queue, actions on posts and members, watched terms, the audit log. */
const POST_INPUT = (w: World) => ({ input: { postId: w.postId, reason: 'Breaks the rules' } });
const MEMBER_INPUT = (w: World) => ({ input: { groupId: w.group.id, userId: w.member.id, reason: 'Please stop' } });
const SOON = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString();
Object.assign(OPERATIONS, {
  reviewQueue: {
    scope: ApiScope.MODERATE,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ reviewQueue { edges { node { id kind } } } }`, {}, auth),
  },
  claimReviewItem: {
    scope: ApiScope.MODERATE,
    expected: 'U N N o o N o o S',
    run: async (t, w, auth) => t.gql(`mutation($id: ID!) { claimReviewItem(id: $id) { status } }`, { id: await w.reviewItem() }, auth),
  },
  releaseReviewItem: {
    scope: ApiScope.MODERATE,
    expected: 'U N N C C N C C S',
    run: async (t, w, auth) => t.gql(`mutation($id: ID!) { releaseReviewItem(id: $id) { status } }`, { id: await w.reviewItem() }, auth),
  },
  dismissReport: {
    scope: ApiScope.MODERATE,
    expected: 'U N N o o N o o S',
    run: async (t, w, auth) => t.gql(`mutation($id: ID!) { dismissReport(id: $id, note: "fine") { status } }`, { id: await w.reviewItem() }, auth),
  },
  reportPost: {
    scope: ApiScope.WRITE,
    expected: 'U B N o o N o o S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { reportPost(input: { postId: $id, reason: SPAM }) { received } }`, { id: w.postId }, auth),
  },
  reportMember: {
    scope: ApiScope.WRITE,
    expected: 'U B F o o F o o S',
    run: (t, w, auth) =>
      t.gql(`mutation($g: ID!, $u: ID!) { reportMember(input: { groupId: $g, userId: $u, reason: HARASSMENT }) { received } }`,
        { g: w.group.id, u: w.member.id }, auth),
  },
  hidePost: {
    scope: ApiScope.MODERATE,
    expected: 'U F N o o N o o S',
    run: (t, w, auth) => t.gql(`mutation($input: ModeratePostInput!) { hidePost(input: $input) { status } }`, POST_INPUT(w), auth),
  },
  restorePost: {
    scope: ApiScope.MODERATE,
    // the post is published: reaching the state check is what is tested
    expected: 'U F N C C N C C S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { restorePost(postId: $id) { status } }`, { id: w.postId }, auth),
  },
  deletePostAsModerator: {
    scope: ApiScope.MODERATE,
    expected: 'U F N o o N o o S',
    run: (t, w, auth) => t.gql(`mutation($input: ModeratePostInput!) { deletePostAsModerator(input: $input) { status } }`, POST_INPUT(w), auth),
  },
  moderatorEditPost: {
    scope: ApiScope.MODERATE,
    expected: 'U F N o o N o o S',
    run: (t, w, auth) =>
      t.gql(`mutation($input: ModeratorEditPostInput!) { moderatorEditPost(input: $input) { revision } }`,
        { input: { ...POST_INPUT(w).input, body: 'Edited by a moderator' } }, auth),
  },
  approvePost: {
    scope: ApiScope.MODERATE,
    expected: 'U F N C C N C C S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { approvePost(postId: $id) { status } }`, { id: w.postId }, auth),
  },
  rejectPost: {
    scope: ApiScope.MODERATE,
    expected: 'U F N C C N C C S',
    run: (t, w, auth) => t.gql(`mutation($input: ModeratePostInput!) { rejectPost(input: $input) { status } }`, POST_INPUT(w), auth),
  },
  lockTopic: {
    scope: ApiScope.MODERATE,
    expected: 'U F N o o N o o S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { lockTopic(topicId: $id, reason: "Cooling off") { locked } }`, { id: w.topicId }, auth),
  },
  unlockTopic: {
    scope: ApiScope.MODERATE,
    expected: 'U F N o o N o o S',
    run: (t, w, auth) => t.gql(`mutation($id: ID!) { unlockTopic(topicId: $id) { locked } }`, { id: w.topicId }, auth),
  },
  warnMember: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) => t.gql(`mutation($input: WarnMemberInput!) { warnMember(input: $input) { id } }`, MEMBER_INPUT(w), auth),
  },
  muteMember: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) =>
      t.gql(`mutation($input: MuteMemberInput!) { muteMember(input: $input) { id } }`,
        { input: { ...MEMBER_INPUT(w).input, until: SOON() } }, auth),
  },
  unmuteMember: {
    scope: ApiScope.MODERATE,
    expected: 'U F F C C F C C S',
    run: (t, w, auth) =>
      t.gql(`mutation($g: ID!, $u: ID!) { unmuteMember(groupId: $g, userId: $u) { id } }`, { g: w.group.id, u: w.member.id }, auth),
  },
  removeMember: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) => t.gql(`mutation($input: MemberActionInput!) { removeMember(input: $input) }`, MEMBER_INPUT(w), auth),
  },
  banMember: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) => t.gql(`mutation($input: BanMemberInput!) { banMember(input: $input) { id } }`, MEMBER_INPUT(w), auth),
  },
  liftRemoval: {
    scope: ApiScope.MODERATE,
    // the member is not removed: reaching the state check is what is tested
    expected: 'U F F C C F C C S',
    run: (t, w, auth) => t.gql(`mutation($g: ID!, $u: ID!) { liftRemoval(groupId: $g, userId: $u) }`, { g: w.group.id, u: w.member.id }, auth),
  },
  memberNotes: {
    scope: ApiScope.MODERATE,
    // nobody reads notes about themselves: the member gets them in their export
    expected: 'U F F o o F o o S',
    run: (t, w, auth) => t.gql(`query($u: ID!) { memberNotes(userId: $u) { edges { node { id } } } }`, { u: w.member.id }, auth),
  },
  addMemberNote: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) =>
      t.gql(`mutation($u: ID!) { addMemberNote(input: { userId: $u, body: "Prefers short replies" }) { id } }`, { u: w.member.id }, auth),
  },
  editMemberNote: {
    scope: ApiScope.MODERATE,
    // its author or an admin (a MODERATE key is not an admin's ADMIN scope); those who may not read it: NOT_FOUND
    expected: 'U N N F o N o F S',
    run: async (t, w, auth) =>
      t.gql(`mutation($id: ID!) { editMemberNote(input: { id: $id, body: "Prefers long replies" }) { id } }`, { id: await w.memberNote() }, auth),
  },
  deleteMemberNote: {
    scope: ApiScope.MODERATE,
    expected: 'U N N F o N o F S',
    run: async (t, w, auth) => t.gql(`mutation($id: ID!) { deleteMemberNote(id: $id) { id } }`, { id: await w.memberNote() }, auth),
  },
  liftBan: {
    scope: ApiScope.MODERATE,
    expected: 'U F F C C F C C S',
    run: (t, w, auth) => t.gql(`mutation($g: ID!, $u: ID!) { liftBan(groupId: $g, userId: $u) { id } }`, { g: w.group.id, u: w.member.id }, auth),
  },
  setPostApproval: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) => t.gql(`mutation($g: ID!) { setPostApproval(groupId: $g, firstPosts: 2) { id } }`, { g: w.group.id }, auth),
  },
  watchedTerms: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) => t.gql(`query($g: ID!) { watchedTerms(groupId: $g) { id } }`, { g: w.group.id }, auth),
  },
  addWatchedTerm: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: (t, w, auth) =>
      t.gql(`mutation($g: ID!) { addWatchedTerm(input: { groupId: $g, term: "buy now", action: FLAG, reason: "Selling?" }) { id } }`,
        { g: w.group.id }, auth),
  },
  removeWatchedTerm: {
    scope: ApiScope.MODERATE,
    expected: 'U F F o o F o o S',
    run: async (t, w, auth) => t.gql(`mutation($id: ID!) { removeWatchedTerm(id: $id) { id } }`, { id: await w.watchedTerm() }, auth),
  },
  myWarnings: {
    scope: ApiScope.READ,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ myWarnings { id } }`, {}, auth),
  },
  myRestrictions: {
    scope: ApiScope.READ,
    expected: 'U o o o o o o o S',
    run: (t, _w, auth) => t.gql(`{ myRestrictions { id } }`, {}, auth),
  },
  auditLog: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) => t.gql(`{ auditLog(first: 1) { edges { node { action } } } }`, {}, auth),
  },
  auditLogExport: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) => t.gql(`{ auditLogExport(format: JSON_LINES, filter: { action: "post." }) }`, {}, auth),
  },
  // The suite runs without DISCOURSE_*: the connector's operations exist, and answer NOT_CONFIGURED to admins.
  discourseStatus: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F o o S',
    run: (t, _w, auth) => t.gql(`{ discourseStatus { enabled healthy categoryMappings { category } } }`, {}, auth),
  },
  setDiscourseCategoryMapping: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F X X S',
    run: (t, w, auth) =>
      t.gql(`mutation($slug: String) { setDiscourseCategoryMapping(input: { category: "12", groupSlug: $slug }) { category } }`,
        { slug: w.group.slug }, auth),
  },
  startDiscourseBackfill: {
    scope: ApiScope.ADMIN,
    expected: 'U F F F F F X X S',
    run: (t, _w, auth) => t.gql(`mutation { startDiscourseBackfill(input: { since: "2026-01-01T00:00:00Z" }) { done } }`, {}, auth),
  },
} satisfies Record<string, Operation>);

const CASES = Object.entries(OPERATIONS).flatMap(([name, op]) =>
  op.expected.split(' ').map((outcome, i) => [name, ACTORS[i], outcome] as const),
);

/** Operations on one group; outsiders of a hidden group must not learn it exists. */
const GROUP_OPERATIONS = Object.keys(OPERATIONS).filter(
  (name) =>
    ![
      'groups', 'createGroup', 'publishDefaultGroundRules', 'defaultGroundRules', 'me', 'updateProfile', 'changePassword',
      'exportMyData', 'supportMessages', 'deleteMyAccount', 'myMemberships', 'apiKeys', 'createApiKey', 'revokeApiKey', 'setPlatformRole',
      'crisisAlerts', 'crisisRuleStats', 'failedJobs', 'retryFailedJob',
      'reviewQueue', 'myWarnings', 'myRestrictions', 'auditLog', 'auditLogExport',
      // about a member, not a group: refused alike (FORBIDDEN) whichever groups they are in
      'memberNotes', 'addMemberNote', 'editMemberNote', 'deleteMemberNote',
      'discourseStatus', 'setDiscourseCategoryMapping', 'startDiscourseBackfill',
    ].includes(name),
);

describe.each(databaseKinds())('authorization of every operation (%s)', (kind) => {
  let t: TestApp;
  let people: Record<'member' | 'memberOfOther' | 'facilitator' | 'groupModerator' | 'moderatorOfOther' | 'admin' | 'pending', TestUser>;
  const keys = { with: new Map<ApiScope, string>(), without: new Map<ApiScope, string>() };

  beforeAll(async () => {
    t = await TestApp.start(kind);
    const [member, memberOfOther, facilitator, groupModerator, moderatorOfOther, pending, admin] = await Promise.all([
      ...Array.from({ length: 6 }, () => t.user()),
      t.user(PlatformRole.ADMIN),
    ]);
    people = { member, memberOfOther, facilitator, groupModerator, moderatorOfOther, pending, admin };
    const other = await t.group({ visibility: GroupVisibility.PRIVATE });
    await t.member(other, memberOfOther);
    await t.member(other, moderatorOfOther, GroupRole.MODERATOR);
    for (const scope of ALL_SCOPES) {
      keys.with.set(scope, await t.apiKey(admin, [scope]));
      keys.without.set(scope, await t.apiKey(admin, ALL_SCOPES.filter((s) => s !== scope)));
    }
  });
  afterAll(() => t.close());

  async function world(visibility: GroupVisibility): Promise<World> {
    const created = await t.group({ visibility, admission: Admission.REQUEST });
    await t.member(created, people.member);
    await t.member(created, people.facilitator, GroupRole.FACILITATOR);
    await t.member(created, people.groupModerator, GroupRole.MODERATOR);
    await t.member(created, people.pending, GroupRole.MEMBER, MembershipStatus.PENDING);
    const { group: current } = await t.ok(`query($id: ID!) { group(id: $id) { groundRules { version } } }`, group(created.id),
      people.member.token);
    const rulesVersion: number = current.groundRules.version;
    let reviewItem: Promise<string> | undefined;
    for (const person of [people.member, people.facilitator, people.groupModerator]) {
      await t.ok(`mutation($id: ID!, $v: Int!) { acceptGroundRules(groupId: $id, version: $v) { version } }`,
        { ...group(created.id), v: rulesVersion }, person.token);
    }
    const { createTopic } = await t.ok(
      `mutation($id: ID!) { createTopic(input: { groupId: $id, title: "Hello", body: "First words" }) { topic { id } post { id } } }`,
      group(created.id), people.member.token);
    return {
      group: created,
      pending: people.pending,
      member: people.member,
      topicId: createTopic.topic.id,
      postId: createTopic.post.id,
      rulesVersion,
      apiKeyId: async () => {
        const CREATE = `mutation { createApiKey(input: { name: "to revoke", scopes: [READ] }) { apiKey { id } } }`;
        const data = await t.ok<{ createApiKey: { apiKey: { id: string } } }>(CREATE, {}, people.admin.token);
        return data.createApiKey.apiKey.id;
      },
      // made once per world: the hidden-group check runs an operation several times on one world
      reviewItem: () =>
        (reviewItem ??= (async () => {
          await t.ok(`mutation($id: ID!) { reportPost(input: { postId: $id, reason: SPAM }) { received } }`, { id: createTopic.post.id },
            people.facilitator.token);
          const [item] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM review_items WHERE post_id = $1`, [createTopic.post.id]);
          return item.id;
        })()),
      memberNote: async () => {
        const ADD = `mutation($u: ID!) { addMemberNote(input: { userId: $u, body: "Finds evenings hard" }) { id } }`;
        return (await t.ok(ADD, { u: people.member.id }, people.groupModerator.token)).addMemberNote.id as string;
      },
      watchedTerm: async () => {
        const ADD = `mutation($g: ID!) { addWatchedTerm(input: { groupId: $g, term: "spam link", action: FLAG, reason: "Spam?" }) { id } }`;
        return (await t.ok(ADD, { g: created.id }, people.groupModerator.token)).addWatchedTerm.id as string;
      },
      passwordOf: (auth) => Object.values(people).find((p) => p.token === auth)?.password ?? 'not-a-real-password',
      invite: async () => {
        const CREATE = `mutation($id: ID!) { createGroupInvite(groupId: $id) { invite { id } } }`;
        const data = await t.ok<{ createGroupInvite: { invite: { id: string } } }>(CREATE, group(created.id), people.groupModerator.token);
        return data.createGroupInvite.invite.id;
      },
    };
  }

  function credentials(actor: ActorName, scope: ApiScope): string | undefined {
    if (actor === 'anonymous') return undefined;
    if (actor === 'keyWithScope') return keys.with.get(scope);
    if (actor === 'keyWithoutScope') return keys.without.get(scope);
    return people[actor].token;
  }

  it.each(CASES)('%s by %s: %s', async (name, actor, outcome) => {
    const op = OPERATIONS[name];
    const response = await op.run(t, await world(GroupVisibility.PRIVATE), credentials(actor, op.scope));
    if (name === 'changePassword' && response.data?.changePassword) {
      // the change signs out older sessions: keep using this person with the new token
      const person = Object.values(people).find((p) => p.token === credentials(actor, op.scope))!;
      person.token = response.data.changePassword.accessToken;
    }
    const expected = OUTCOMES[outcome];
    if (expected.code === undefined) {
      expect(response.errors).toBeUndefined();
    } else {
      expect(response.errors?.[0]?.extensions).toMatchObject(expected);
    }
  });

  it('covers every query and mutation of the schema', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const all = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type!.getFields()));
    // Public by nature, each tested in its own suite: signing up and in, and joining by an invite's token.
    const publicByNature = ['register', 'login', 'joinGroupWithInvite'];
    expect(all.filter((name) => !(name in OPERATIONS) && !publicByNature.includes(name))).toEqual([]);
  });

  it.each(GROUP_OPERATIONS)('%s on a hidden group is NOT_FOUND for outsiders, never FORBIDDEN', async (name) => {
    const op = OPERATIONS[name];
    const hidden = await world(GroupVisibility.HIDDEN);
    for (const actor of ['memberOfOther', 'moderatorOfOther'] as const) {
      const response = await op.run(t, hidden, credentials(actor, op.scope));
      expect([actor, response.errors?.[0]?.extensions?.code]).toEqual([actor, 'NOT_FOUND']);
    }
    // anonymous callers are asked to sign in before anything about the group is looked up
    const anonymous = await op.run(t, hidden, undefined);
    expect(['NOT_FOUND', 'UNAUTHENTICATED']).toContain(anonymous.errors?.[0]?.extensions?.code);
  });
});
