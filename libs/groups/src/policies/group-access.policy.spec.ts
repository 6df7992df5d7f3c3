import { describe, expect, it } from '@jest/globals';
import { ApiScope, PlatformRole } from '@alongside/platform';
import { GroupRole, GroupVisibility, MembershipStatus, MembersListVisibility } from '../entities/group.enums.js';
import { type GroupAccessFacts, GroupPermission, SCOPE_OF_PERMISSION, groupPermits } from './group-access.policy.js';

type Facts = Pick<GroupAccessFacts, 'platformRole' | 'membership'>;
const active = (role: GroupRole) => ({ status: MembershipStatus.ACTIVE, role });

/** Columns of the tables below. */
const SUBJECTS: [string, Facts][] = [
  ['anonymous', { platformRole: null, membership: null }],
  ['non-member', { platformRole: PlatformRole.MEMBER, membership: null }],
  ['pending', { platformRole: PlatformRole.MEMBER, membership: { status: MembershipStatus.PENDING, role: GroupRole.MEMBER } }],
  ['member', { platformRole: PlatformRole.MEMBER, membership: active(GroupRole.MEMBER) }],
  ['facilitator', { platformRole: PlatformRole.MEMBER, membership: active(GroupRole.FACILITATOR) }],
  ['group moderator', { platformRole: PlatformRole.MEMBER, membership: active(GroupRole.MODERATOR) }],
  ['platform moderator', { platformRole: PlatformRole.MODERATOR, membership: null }],
  ['admin', { platformRole: PlatformRole.ADMIN, membership: null }],
];

/** Per permission and visibility, one digit per subject (1: permitted), with members lists visible to MEMBERS. */
const TABLE: Record<GroupPermission, Record<GroupVisibility, string>> = {
  VIEW: { PUBLIC: '11111111', PRIVATE: '11111111', HIDDEN: '00111111' },
  READ_CONTENT: { PUBLIC: '01111111', PRIVATE: '00011111', HIDDEN: '00011111' },
  JOIN: { PUBLIC: '01111111', PRIVATE: '01111111', HIDDEN: '00111111' },
  POST: { PUBLIC: '00011100', PRIVATE: '00011100', HIDDEN: '00011100' },
  PARTICIPATE: { PUBLIC: '00111100', PRIVATE: '00111100', HIDDEN: '00111100' },
  VIEW_MEMBERS: { PUBLIC: '00011111', PRIVATE: '00011111', HIDDEN: '00011111' },
  REVIEW_REQUESTS: { PUBLIC: '00001111', PRIVATE: '00001111', HIDDEN: '00001111' },
  MODERATE: { PUBLIC: '00001111', PRIVATE: '00001111', HIDDEN: '00001111' },
  MANAGE: { PUBLIC: '00000101', PRIVATE: '00000101', HIDDEN: '00000101' },
  ASSIGN_ROLES: { PUBLIC: '00000101', PRIVATE: '00000101', HIDDEN: '00000101' },
};

const CASES = Object.values(GroupPermission).flatMap((permission) =>
  Object.values(GroupVisibility).flatMap((visibility) =>
    SUBJECTS.map(([subject, facts], i) => [permission, visibility, subject, TABLE[permission][visibility][i] === '1', facts] as const),
  ),
);

describe('groupPermits', () => {
  it.each(CASES)('%s in a %s group for %s: %s', (permission, visibility, _subject, permitted, facts) => {
    expect(groupPermits(permission, { ...facts, visibility, membersListVisibility: MembersListVisibility.MEMBERS })).toBe(permitted);
  });

  it.each(SUBJECTS.map(([subject, facts], i) => [subject, '00001111'[i] === '1', facts] as const))(
    'shows a facilitators-only members list to %s: %s',
    (_subject, permitted, facts) => {
      const group = { visibility: GroupVisibility.PUBLIC, membersListVisibility: MembersListVisibility.FACILITATORS };
      expect(groupPermits(GroupPermission.VIEW_MEMBERS, { ...group, ...facts })).toBe(permitted);
    },
  );

  it('denies everything to left and declined members of a hidden group', () => {
    for (const status of [MembershipStatus.LEFT, MembershipStatus.DECLINED]) {
      const facts = {
        visibility: GroupVisibility.HIDDEN,
        membersListVisibility: MembersListVisibility.MEMBERS,
        platformRole: PlatformRole.MEMBER,
        membership: { status, role: GroupRole.MODERATOR },
      };
      expect(Object.values(GroupPermission).filter((p) => groupPermits(p, facts))).toEqual([]);
    }
  });

  it('maps every permission to one API scope', () => {
    expect(Object.keys(SCOPE_OF_PERMISSION).sort()).toEqual(Object.values(GroupPermission).sort());
    expect(SCOPE_OF_PERMISSION.JOIN).toBe(ApiScope.WRITE);
    expect(SCOPE_OF_PERMISSION.ASSIGN_ROLES).toBe(ApiScope.ADMIN);
  });
});
