import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Admission, GroupInvite, GroupRole, GroupVisibility, Membership, MembershipStatus, MembersListVisibility } from '@alongside/groups';
import { User } from '@alongside/identity';
import { PlatformRole } from '@alongside/platform';
import { databaseKinds } from '@alongside/testing';
import { codeOf, TestApp, type TestUser } from './test-app.js';

const MEMBERSHIP = 'id groupId status role listening onBreak breakUntil showDisplayName requestMessage decisionReason joinedAt';
const JOIN = `mutation($groupId: ID!, $message: String) { joinGroup(groupId: $groupId, message: $message) { ${MEMBERSHIP} } }`;
const JOIN_INVITE = `mutation($token: String!) { joinGroupWithInvite(token: $token) { ${MEMBERSHIP} group { id name } } }`;
const APPROVE = `mutation($groupId: ID!, $userId: ID!) { approveMembershipRequest(groupId: $groupId, userId: $userId) { status handle } }`;
const DECLINE = `mutation($groupId: ID!, $userId: ID!, $reason: String!) {
  declineMembershipRequest(groupId: $groupId, userId: $userId, reason: $reason) { status } }`;
const INVITE = `mutation($groupId: ID!, $hours: Int, $maxUses: Int) {
  createGroupInvite(groupId: $groupId, expiresInHours: $hours, maxUses: $maxUses) { token invite { id expiresAt maxUses uses } } }`;
const REVOKE = `mutation($id: ID!) { revokeGroupInvite(id: $id) { revokedAt } }`;
const LEAVE = `mutation($groupId: ID!) { leaveGroup(groupId: $groupId) { status role } }`;
const BREAK = `mutation($groupId: ID!, $until: DateTime) { takeBreak(groupId: $groupId, until: $until) { onBreak breakUntil } }`;
const END_BREAK = `mutation($groupId: ID!) { endBreak(groupId: $groupId) { onBreak breakUntil } }`;
const LISTEN = `mutation($groupId: ID!, $on: Boolean!) { setListeningMode(groupId: $groupId, listening: $on) { listening } }`;
const SHOW_NAME = `mutation($groupId: ID!, $show: Boolean!) { setShowDisplayName(groupId: $groupId, show: $show) { showDisplayName } }`;
const SET_ROLE = `mutation($groupId: ID!, $userId: ID!, $role: GroupRole!) {
  setMemberRole(groupId: $groupId, userId: $userId, role: $role) { role handle } }`;
const MEMBERS = `query($id: ID!, $status: MembershipStatus, $first: Int, $after: String) { group(id: $id) {
  memberCount
  facilitators { handle }
  members(status: $status, first: $first, after: $after) {
    edges { node { userId handle displayName role status listening onBreak requestMessage } }
    pageInfo { hasNextPage endCursor } } } }`;
const MINE = `{ myMemberships { status decisionReason group { id name } } }`;

describe.each(databaseKinds())('membership over GraphQL (%s)', (kind) => {
  let t: TestApp;
  let users: TestUser[];
  let admin: TestUser;
  /** A different user for every test that needs fresh ones (registration hashes a password: kept to a few). */
  let next = 0;
  const fresh = () => users[next++];

  beforeAll(async () => {
    t = await TestApp.start(kind);
    [admin, ...users] = await Promise.all([t.user(PlatformRole.ADMIN), ...Array.from({ length: 36 }, () => t.user())]);
  });
  afterAll(() => t.close());

  const stored = (groupId: string, userId: string) => t.dataSource.getRepository(Membership).findOneBy({ groupId, userId });

  it('joins an open group at once, and only once', async () => {
    const group = await t.group();
    const ana = fresh();
    const { joinGroup } = await t.ok(JOIN, { groupId: group.id }, ana.token);
    expect(joinGroup).toMatchObject({ groupId: group.id, status: 'ACTIVE', role: 'MEMBER', listening: false, onBreak: false });
    expect(await stored(group.id, ana.id)).toMatchObject({ status: MembershipStatus.ACTIVE, joinedAt: expect.any(Date) });

    const again = await t.gql(JOIN, { groupId: group.id }, ana.token);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
    expect((await t.ok(MEMBERS, { id: group.id }, ana.token)).group.memberCount).toBe(1);
  });

  it('takes a request with a message; a facilitator sees it and approves or declines with a reason', async () => {
    const group = await t.group({ admission: Admission.REQUEST });
    const [facilitator, asker, other, bystander] = [fresh(), fresh(), fresh(), fresh()];
    await t.member(group, facilitator, GroupRole.FACILITATOR);
    await t.member(group, bystander);

    const { joinGroup } = await t.ok(JOIN, { groupId: group.id, message: 'Diagnosed last month, would love to listen.' }, asker.token);
    expect(joinGroup).toMatchObject({ status: 'PENDING', requestMessage: 'Diagnosed last month, would love to listen.', joinedAt: null });
    expect(codeOf(await t.gql(JOIN, { groupId: group.id }, asker.token))).toBe('CONFLICT');
    await t.ok(JOIN, { groupId: group.id }, other.token);

    const pending = await t.ok(MEMBERS, { id: group.id, status: 'PENDING' }, facilitator.token);
    expect(pending.group.members.edges.map((e: { node: { handle: string } }) => e.node.handle).sort()).toEqual([asker.handle, other.handle].sort());
    expect(pending.group.members.edges.find((e: any) => e.node.userId === asker.id).node.requestMessage).toMatch(/Diagnosed/);
    expect(codeOf(await t.gql(MEMBERS, { id: group.id, status: 'PENDING' }, bystander.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(APPROVE, { groupId: group.id, userId: asker.id }, bystander.token))).toBe('FORBIDDEN');

    expect((await t.ok(APPROVE, { groupId: group.id, userId: asker.id }, facilitator.token)).approveMembershipRequest).toEqual({
      status: 'ACTIVE',
      handle: asker.handle,
    });
    expect(await stored(group.id, asker.id)).toMatchObject({ status: MembershipStatus.ACTIVE, decidedById: facilitator.id });
    const twice = await t.gql(APPROVE, { groupId: group.id, userId: asker.id }, facilitator.token);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PENDING' });

    await t.ok(DECLINE, { groupId: group.id, userId: other.id, reason: 'This group is for people in treatment.' }, facilitator.token);
    expect(await stored(group.id, other.id)).toMatchObject({ status: MembershipStatus.DECLINED, decisionReason: 'This group is for people in treatment.' });
    const mine = (await t.ok(MINE, {}, other.token)).myMemberships;
    expect(mine).toEqual([{ status: 'DECLINED', decisionReason: 'This group is for people in treatment.', group: { id: group.id, name: group.name } }]);
    // declined is not final: one may ask again
    expect((await t.ok(JOIN, { groupId: group.id }, other.token)).joinGroup).toMatchObject({ status: 'PENDING', decisionReason: null });
  });

  it('admits to invite-only groups only with a valid invite link, hidden groups included', async () => {
    const group = await t.group({ admission: Admission.INVITE, visibility: GroupVisibility.HIDDEN });
    const [moderator, guest, second, late] = [fresh(), fresh(), fresh(), fresh()];
    await t.member(group, moderator, GroupRole.MODERATOR);

    expect(codeOf(await t.gql(JOIN, { groupId: group.id }, guest.token))).toBe('NOT_FOUND');
    const { createGroupInvite } = await t.ok(INVITE, { groupId: group.id, maxUses: 2 }, moderator.token);
    const hoursLeft = (Date.parse(createGroupInvite.invite.expiresAt) - Date.now()) / 3600_000;
    expect(hoursLeft).toBeGreaterThan(167);
    expect(hoursLeft).toBeLessThanOrEqual(168);
    const row = await t.dataSource.getRepository(GroupInvite).findOneByOrFail({ id: createGroupInvite.invite.id });
    expect(row.tokenHash).toBe(createHash('sha256').update(createGroupInvite.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(createGroupInvite.token);

    const { joinGroupWithInvite } = await t.ok(JOIN_INVITE, { token: createGroupInvite.token }, guest.token);
    expect(joinGroupWithInvite).toMatchObject({ status: 'ACTIVE', group: { id: group.id } });
    // already a member: refused, and the use is not spent
    expect(codeOf(await t.gql(JOIN_INVITE, { token: createGroupInvite.token }, guest.token))).toBe('CONFLICT');
    await t.ok(JOIN_INVITE, { token: createGroupInvite.token }, second.token);
    expect((await t.dataSource.getRepository(GroupInvite).findOneByOrFail({ id: row.id })).uses).toBe(2);
    const usedUp = await t.gql(JOIN_INVITE, { token: createGroupInvite.token }, late.token);
    expect(usedUp.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVITE_INVALID' });
    expect(await stored(group.id, late.id)).toBeNull();

    const open = await t.group({ admission: Admission.INVITE });
    await t.member(open, moderator, GroupRole.MODERATOR);
    const refused = await t.gql(JOIN, { groupId: open.id }, late.token);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITE_REQUIRED' });
    const revoked = (await t.ok(INVITE, { groupId: open.id }, moderator.token)).createGroupInvite;
    await t.ok(REVOKE, { id: revoked.invite.id }, moderator.token);
    expect(codeOf(await t.gql(JOIN_INVITE, { token: revoked.token }, late.token))).toBe('BAD_USER_INPUT');
    const expired = (await t.ok(INVITE, { groupId: open.id, hours: 1 }, moderator.token)).createGroupInvite;
    await t.dataSource.getRepository(GroupInvite).update({ id: expired.invite.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(codeOf(await t.gql(JOIN_INVITE, { token: expired.token }, late.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(JOIN_INVITE, { token: 'inv_made-up' }, late.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(INVITE, { groupId: open.id, hours: 721 }, moderator.token))).toBe('BAD_USER_INPUT');
  });

  it('never lets two last-seat joins both succeed', async () => {
    const group = await t.group({ capacity: 2 });
    const [first, a, b] = [fresh(), fresh(), fresh()];
    await t.member(group, first);
    const results = await Promise.all([a, b].map((user) => t.gql(JOIN, { groupId: group.id }, user.token)));
    expect(results.filter((r) => r.data?.joinGroup?.status === 'ACTIVE')).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'GROUP_FULL' });
    expect(await t.dataSource.getRepository(Membership).countBy({ groupId: group.id, status: MembershipStatus.ACTIVE })).toBe(2);
  });

  it('respects capacity when approving requests and joining by invite', async () => {
    const group = await t.group({ capacity: 2, admission: Admission.REQUEST });
    const [facilitator, asker, guest] = [fresh(), fresh(), fresh()];
    await t.member(group, facilitator, GroupRole.FACILITATOR);
    await t.member(group, fresh());
    await t.ok(JOIN, { groupId: group.id }, asker.token);
    const full = await t.gql(APPROVE, { groupId: group.id, userId: asker.id }, facilitator.token);
    expect(full.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'GROUP_FULL' });
    expect((await stored(group.id, asker.id))!.status).toBe(MembershipStatus.PENDING);

    const { token } = (await t.ok(INVITE, { groupId: group.id }, facilitator.token)).createGroupInvite;
    expect(codeOf(await t.gql(JOIN_INVITE, { token }, guest.token))).toBe('CONFLICT');
    expect(await stored(group.id, guest.id)).toBeNull();
  });

  it('leaves without friction, re-joins as a plain member, and keeps a group from losing its last facilitator', async () => {
    const group = await t.group();
    const [facilitator, member, asker] = [fresh(), fresh(), fresh()];
    await t.member(group, facilitator, GroupRole.FACILITATOR);
    await t.member(group, member);

    const last = await t.gql(LEAVE, { groupId: group.id }, facilitator.token);
    expect(last.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_MODERATOR' });
    const demote = await t.gql(SET_ROLE, { groupId: group.id, userId: facilitator.id, role: 'MEMBER' }, facilitator.token);
    expect(codeOf(demote)).toBe('FORBIDDEN'); // facilitators do not assign roles

    expect((await t.ok(LEAVE, { groupId: group.id }, member.token)).leaveGroup).toEqual({ status: 'LEFT', role: 'MEMBER' });
    expect(await stored(group.id, member.id)).toMatchObject({ status: MembershipStatus.LEFT, leftAt: expect.any(Date) });
    expect(codeOf(await t.gql(LEAVE, { groupId: group.id }, member.token))).toBe('FORBIDDEN');
    // alone now, the facilitator may go
    expect((await t.ok(LEAVE, { groupId: group.id }, facilitator.token)).leaveGroup.status).toBe('LEFT');
    expect((await t.ok(JOIN, { groupId: group.id }, facilitator.token)).joinGroup).toMatchObject({ status: 'ACTIVE', role: 'MEMBER' });

    const requests = await t.group({ admission: Admission.REQUEST });
    await t.ok(JOIN, { groupId: requests.id }, asker.token);
    expect((await t.ok(LEAVE, { groupId: requests.id }, asker.token)).leaveGroup.status).toBe('LEFT');
  });

  it('lets group moderators assign roles, but not demote the last facilitator or moderator', async () => {
    const group = await t.group();
    const [moderator, member] = [fresh(), fresh()];
    await t.member(group, moderator, GroupRole.MODERATOR);
    await t.member(group, member);

    expect((await t.ok(SET_ROLE, { groupId: group.id, userId: member.id, role: 'FACILITATOR' }, moderator.token)).setMemberRole).toEqual({
      role: 'FACILITATOR',
      handle: member.handle,
    });
    expect((await t.ok(MEMBERS, { id: group.id }, moderator.token)).group.facilitators).toEqual([{ handle: member.handle }]);
    await t.ok(SET_ROLE, { groupId: group.id, userId: moderator.id, role: 'MEMBER' }, moderator.token);
    expect((await stored(group.id, moderator.id))!.role).toBe(GroupRole.MEMBER);
    const lastOne = await t.gql(SET_ROLE, { groupId: group.id, userId: member.id, role: 'MEMBER' }, admin.token);
    expect(lastOne.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_MODERATOR' });
    expect(codeOf(await t.gql(SET_ROLE, { groupId: group.id, userId: fresh().id, role: 'MODERATOR' }, admin.token))).toBe('NOT_FOUND');
  });

  it('takes and ends breaks, switches listening mode, and refuses these to pending members', async () => {
    const group = await t.group({ admission: Admission.REQUEST });
    const [member, asker] = [fresh(), fresh()];
    await t.member(group, member);
    await t.ok(JOIN, { groupId: group.id }, asker.token);

    const until = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    expect((await t.ok(BREAK, { groupId: group.id, until }, member.token)).takeBreak).toEqual({ onBreak: true, breakUntil: until });
    expect(await stored(group.id, member.id)).toMatchObject({ onBreak: true, breakUntil: new Date(until) });
    expect((await t.ok(END_BREAK, { groupId: group.id }, member.token)).endBreak).toEqual({ onBreak: false, breakUntil: null });
    const past = await t.gql(BREAK, { groupId: group.id, until: new Date(Date.now() - 1000).toISOString() }, member.token);
    expect(past.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_BREAK' });
    // a break that has run out is over, even if nobody ended it
    await t.dataSource.getRepository(Membership).update({ groupId: group.id, userId: member.id }, { onBreak: true, breakUntil: new Date(Date.now() - 1000) });
    expect((await t.ok(`query($id: ID!) { group(id: $id) { viewerMembership { onBreak } } }`, { id: group.id }, member.token)).group)
      .toEqual({ viewerMembership: { onBreak: false } });

    expect((await t.ok(LISTEN, { groupId: group.id, on: true }, member.token)).setListeningMode.listening).toBe(true);
    expect((await stored(group.id, member.id))!.listening).toBe(true);
    const pending = await t.gql(LISTEN, { groupId: group.id, on: true }, asker.token);
    expect(pending.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
    expect(codeOf(await t.gql(BREAK, { groupId: group.id }, fresh().token))).toBe('FORBIDDEN');
  });

  it('shows other members a handle, a display name only by choice, never an e-mail', async () => {
    const group = await t.group();
    const [shy, open, reader] = [fresh(), fresh(), fresh()];
    for (const user of [shy, open, reader]) await t.member(group, user);
    await t.dataSource.getRepository(User).update({ id: shy.id }, { displayName: 'Shy Real Name' });
    await t.dataSource.getRepository(User).update({ id: open.id }, { displayName: 'Open Real Name' });
    await t.ok(SHOW_NAME, { groupId: group.id, show: true }, open.token);

    const response = await t.gql(MEMBERS, { id: group.id, first: 2 }, reader.token);
    const all = [...response.data!.group.members.edges];
    const more = await t.ok(MEMBERS, { id: group.id, first: 2, after: response.data!.group.members.pageInfo.endCursor }, reader.token);
    all.push(...more.group.members.edges);
    const byUser = new Map(all.map((e: any) => [e.node.userId, e.node]));
    expect(byUser.size).toBe(3);
    expect(byUser.get(shy.id)).toMatchObject({ handle: shy.handle, displayName: null });
    expect(byUser.get(open.id)).toMatchObject({ handle: open.handle, displayName: 'Open Real Name' });
    const text = JSON.stringify([response, more]);
    expect(text).not.toContain('Shy Real Name');
    for (const user of [shy, open, reader]) expect(text).not.toContain(user.email);
  });

  it('shows the members list as the group setting says', async () => {
    const group = await t.group({ membersListVisibility: MembersListVisibility.FACILITATORS });
    const [facilitator, member, outsider] = [fresh(), fresh(), fresh()];
    await t.member(group, facilitator, GroupRole.FACILITATOR);
    await t.member(group, member);
    expect((await t.ok(MEMBERS, { id: group.id }, facilitator.token)).group.members.edges).toHaveLength(2);
    expect(codeOf(await t.gql(MEMBERS, { id: group.id }, member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(MEMBERS, { id: group.id }, outsider.token))).toBe('FORBIDDEN');
    // but the count and the facilitators are public to anyone who can see the group
    expect((await t.ok(`query($id: ID!) { group(id: $id) { memberCount facilitators { handle } } }`, { id: group.id })).group).toEqual({
      memberCount: 2,
      facilitators: [{ handle: facilitator.handle }],
    });
    expect(codeOf(await t.gql(MEMBERS, { id: group.id, first: 51 }, facilitator.token))).toBe('BAD_USER_INPUT');
  });
});
