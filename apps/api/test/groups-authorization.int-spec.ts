import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Admission, type Group, GroupRole, GroupVisibility, MembershipStatus } from '@alongside/groups';
import { ALL_SCOPES, ApiScope, PlatformRole } from '@alongside/platform';
import { databaseKinds } from '@alongside/testing';
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

/** ok, or the error: U(NAUTHENTICATED), F(ORBIDDEN), S (FORBIDDEN: missing API-key scope), N(OT_FOUND), C(ONFLICT). */
const OUTCOMES: Record<string, { code?: string; reason?: string }> = {
  o: {},
  U: { code: 'UNAUTHENTICATED' },
  F: { code: 'FORBIDDEN', reason: 'NOT_ALLOWED' },
  S: { code: 'FORBIDDEN', reason: 'MISSING_SCOPE' },
  N: { code: 'NOT_FOUND' },
  C: { code: 'CONFLICT' },
};

interface World {
  readonly group: Group;
  readonly pending: TestUser;
  readonly member: TestUser;
  /** Makes an invite as the group's moderator. */
  invite(): Promise<string>;
}

interface Operation {
  readonly scope: ApiScope;
  /** One outcome per actor, in the order of {@link ACTORS}, for a private group that admits by request. */
  readonly expected: string;
  run(t: TestApp, world: World, auth: string | undefined): Promise<GraphQLResponse>;
}

const group = (id: string) => ({ id });
const OPERATIONS: Record<string, Operation> = {
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

const CASES = Object.entries(OPERATIONS).flatMap(([name, op]) =>
  op.expected.split(' ').map((outcome, i) => [name, ACTORS[i], outcome] as const),
);

/** Operations on one group; outsiders of a hidden group must not learn it exists. */
const GROUP_OPERATIONS = Object.keys(OPERATIONS).filter((name) => !['groups', 'createGroup'].includes(name));

describe.each(databaseKinds())('groups and membership authorization (%s)', (kind) => {
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
    return {
      group: created,
      pending: people.pending,
      member: people.member,
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
    const expected = OUTCOMES[outcome];
    if (expected.code === undefined) {
      expect(response.errors).toBeUndefined();
    } else {
      expect(response.errors?.[0]?.extensions).toMatchObject(expected);
    }
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
