import {
  Admission,
  Facilitation,
  Group,
  GroupKind,
  GroupRole,
  GroupVisibility,
  MeetingMode,
  Membership,
  MembershipStatus,
} from '@alongside/groups';
import type { TestApp } from './test-app.js';

let groupSequence = 0;

/** A group row straight in the database, for tests that are not about creating groups. */
export async function insertGroup(t: TestApp, overrides: Partial<Group> = {}): Promise<Group> {
  const n = ++groupSequence;
  const repository = t.dataSource.getRepository(Group);
  return repository.save(
    repository.create({
      name: `Test group ${n}`,
      slug: `test-group-${n}-${Date.now()}`,
      kind: GroupKind.CONDITION_SPECIFIC,
      conditions: ['cancer'],
      facilitation: Facilitation.PEER_LED,
      meetingMode: MeetingMode.ONLINE,
      visibility: GroupVisibility.PUBLIC,
      admission: Admission.OPEN,
      ...overrides,
    }),
  );
}

export async function insertMembership(
  t: TestApp,
  groupId: string,
  userId: string,
  role: GroupRole = GroupRole.MEMBER,
  status: MembershipStatus = MembershipStatus.ACTIVE,
): Promise<Membership> {
  const repository = t.dataSource.getRepository(Membership);
  return repository.save(repository.create({ groupId, userId, role, status, joinedAt: new Date() }));
}
